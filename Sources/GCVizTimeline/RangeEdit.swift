/// A change to an array as one replaced range: what a container's append,
/// store or removal does to its edges, or a module's new name to its
/// frame's variables. Recording the edit instead of the whole array keeps
/// a growing list's (or module's) history linear: a 5,000-item list built
/// one append at a time used to store every intermediate list (12.5
/// million references).
public struct RangeEdit<Element: Equatable & Sendable>: Equatable, Sendable {
  /// The range of the old elements that is replaced.
  public var range: Range<Int>
  public var replacement: [Element]

  public init(range: Range<Int>, replacement: [Element]) {
    self.range = range
    self.replacement = replacement
  }

  /// No change.
  public static var none: RangeEdit { RangeEdit(range: 0..<0, replacement: []) }

  /// The smallest single-range edit turning `old` into `new`: the common
  /// prefix and suffix stay.
  public init(from old: [Element], to new: [Element]) {
    var prefix = 0
    let shorter = min(old.count, new.count)
    while prefix < shorter && old[prefix] == new[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < shorter - prefix && old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
    range = prefix..<(old.count - suffix)
    replacement = Array(new[prefix..<(new.count - suffix)])
  }

  public var isEmpty: Bool { range.isEmpty && replacement.isEmpty }

  public func apply(to elements: inout [Element]) {
    // The recorder makes an edit against the state it applies to; clamped
    // anyway, so a mismatch could only show wrong edges, never trap.
    let upper = min(range.upperBound, elements.count)
    elements.replaceSubrange(min(range.lowerBound, upper)..<upper, with: replacement)
  }
}

/// A change to an object's references.
public typealias ReferenceEdit = RangeEdit<Reference>
