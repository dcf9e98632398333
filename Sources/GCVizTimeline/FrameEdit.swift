/// A change of the call stack: its new frame count and the frames that
/// differ, by index, ascending. Frames beyond the old count are all in
/// `changed`; frames below it that are not keep their views.
public struct FrameEdit: Sendable, Equatable {
  public struct Change: Sendable, Equatable {
    public var index: Int
    public var frame: FrameView
    public init(index: Int, frame: FrameView) {
      self.index = index
      self.frame = frame
    }
  }

  public var count: Int
  public var changed: [Change]

  public init(count: Int, changed: [Change]) {
    self.count = count
    self.changed = changed
  }

  /// The whole stack as one edit.
  public init(_ frames: [FrameView]) {
    self.init(count: frames.count, changed: frames.enumerated().map { Change(index: $0, frame: $1) })
  }

  public func apply(to frames: inout [FrameView]) {
    if frames.count > count { frames.removeLast(frames.count - count) }
    for change in changed where change.index < count {
      if change.index < frames.count {
        frames[change.index] = change.frame
      } else if change.index == frames.count {
        frames.append(change.frame)
      }
    }
  }
}
