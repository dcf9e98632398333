/// A change to an object's references as one replaced range: what a
/// container's append, store or removal does to its edges. Recording the
/// edit instead of the whole list keeps a growing list's history linear:
/// a 5,000-item list built one append at a time used to store every
/// intermediate list (12.5 million references).
public struct ReferenceEdit: Equatable, Sendable {
  /// The range of the old references that is replaced.
  public var range: Range<Int>
  public var replacement: [Reference]

  public init(range: Range<Int>, replacement: [Reference]) {
    self.range = range
    self.replacement = replacement
  }

  /// The smallest single-range edit turning `old` into `new`: the common
  /// prefix and suffix stay.
  public init(from old: [Reference], to new: [Reference]) {
    var prefix = 0
    let shorter = min(old.count, new.count)
    while prefix < shorter && old[prefix] == new[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < shorter - prefix && old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
    range = prefix..<(old.count - suffix)
    replacement = Array(new[prefix..<(new.count - suffix)])
  }

  public var isEmpty: Bool { range.isEmpty && replacement.isEmpty }

  public func apply(to references: inout [Reference]) {
    // The recorder makes an edit against the state it applies to; clamped
    // anyway, so a mismatch could only show wrong edges, never trap.
    let upper = min(range.upperBound, references.count)
    references.replaceSubrange(min(range.lowerBound, upper)..<upper, with: replacement)
  }
}
