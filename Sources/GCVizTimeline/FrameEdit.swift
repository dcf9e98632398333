/// A change of the call stack: its new frame count and the frames that
/// differ, by index, ascending. Frames beyond the old count are all in
/// `changed`; frames below it that are not keep their views.
public struct FrameEdit: Sendable, Equatable {
  public struct Change: Sendable, Equatable {
    public var index: Int
    public var frame: FrameView
    /// When set, `frame.variables` is empty and this edits the variables
    /// the frame had: a module whose 200,000 names grow by one a step
    /// records one name a step, not the whole module again.
    public var variablesEdit: RangeEdit<Variable>?

    public init(index: Int, frame: FrameView, variablesEdit: RangeEdit<Variable>? = nil) {
      self.index = index
      self.frame = frame
      self.variablesEdit = variablesEdit
    }

    /// Whether applying it to `old` would change nothing.
    public func changesNothing(in old: FrameView) -> Bool {
      guard let variablesEdit else { return frame == old }
      return variablesEdit.isEmpty && frame.function == old.function && frame.line == old.line
        && frame.stack == old.stack && frame.instruction == old.instruction && frame.namespace == old.namespace
        && frame.internals == old.internals && frame.strings == old.strings
    }

    /// The same change as an edit of `old`'s variables: a frame whose one
    /// variable changed carries that one, not all of them again.
    public func editingVariables(of old: FrameView) -> Change {
      guard variablesEdit == nil else { return self }
      var bare = frame
      bare.variables = []
      return Change(index: index, frame: bare, variablesEdit: RangeEdit(from: old.variables, to: frame.variables))
    }

    /// What it carries, in variables and stack slots.
    var size: Int { (variablesEdit?.replacement.count ?? frame.variables.count) + frame.stack.count }
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
        guard let edit = change.variablesEdit else {
          frames[change.index] = change.frame
          continue
        }
        // In place: the variables array is edited, never copied whole.
        frames[change.index].function = change.frame.function
        frames[change.index].line = change.frame.line
        frames[change.index].stack = change.frame.stack
        frames[change.index].instruction = change.frame.instruction
        frames[change.index].namespace = change.frame.namespace
        frames[change.index].internals = change.frame.internals
        frames[change.index].strings = change.frame.strings
        edit.apply(to: &frames[change.index].variables)
      } else if change.index == frames.count {
        var frame = change.frame
        change.variablesEdit?.apply(to: &frame.variables)
        frames.append(frame)
      }
    }
  }
}
