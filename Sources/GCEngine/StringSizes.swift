/// How many bytes a str made at run time asks of the allocator: what puts
/// it in a size class next to instances and lists (a 14-character `hex()`
/// result shares the 64-byte class with a 3.11 instance).
public enum StringSizeModel: Sendable {
  /// Run-time strs are not simulated (the toy JVM has none).
  case unmodelled
  /// 2.7 `PyStringObject`: a fixed header (the trailing NUL included) and
  /// one byte per byte of the text.
  case bytes(header: Int)
  /// 3.3+ compact unicode (PEP 393): an ASCII str has the short header,
  /// any other the long one, and every character (plus the NUL) takes 1, 2
  /// or 4 bytes by the widest character.
  case compactUnicode(asciiHeader: Int, header: Int)

  /// The size of an ASCII str of `length` characters (no text needed).
  public func size(ofASCII length: Int) -> Int {
    switch self {
    case .unmodelled: return 0
    case .bytes(let header): return header + length
    case .compactUnicode(let asciiHeader, _): return asciiHeader + length + 1
    }
  }

  public func size(of text: String) -> Int {
    switch self {
    case .unmodelled: return 0
    case .bytes(let header): return header + text.utf8.count
    case .compactUnicode(_, let header):
      var widest: UInt32 = 0
      var count = 0
      for scalar in text.unicodeScalars {
        widest = max(widest, scalar.value)
        count += 1
      }
      if widest < 0x80 { return size(ofASCII: count) }
      let width = widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4
      return header + (count + 1) * width
    }
  }
}

/// Where a list's item array lives and how `list_resize` grows it. The
/// array is memory of its own, apart from the list object: in 3.x it comes
/// from the same allocator as objects (PyMem_Realloc is pymalloc), so a
/// growing list takes blocks in the classes instances and strs use; in 2.7
/// PyMem is the system malloc and only the byte count sees it.
public struct ListItemsModel: Sendable {
  public enum Growth: Sendable {
    /// 2.7: newsize + newsize/8 + (3 below 9 items, else 6).
    case python27
    /// 3.x: (newsize + newsize/8 + 6) rounded down to a multiple of 4, or
    /// just newsize rounded up to 4 when one resize adds more than that.
    case python311
  }
  public var growth: Growth
  public var inObjectAllocator: Bool

  /// The capacity `list_resize` leaves for `newCount` items when the list
  /// had `count` items in `capacity` slots; nil when it keeps its array.
  public func capacity(for newCount: Int, count: Int, capacity: Int) -> Int? {
    if capacity >= newCount && newCount >= capacity >> 1 { return nil }
    if newCount == 0 { return 0 }
    switch growth {
    case .python27:
      return newCount + (newCount >> 3) + (newCount < 9 ? 3 : 6)
    case .python311:
      let grown = (newCount + (newCount >> 3) + 6) & ~3
      return newCount - count > grown - newCount ? (newCount + 3) & ~3 : grown
    }
  }
}
