/// What `sys.getsizeof` says of an int: the simulator keeps ints immediate,
/// so their size is computed, never allocated.
public enum IntSizeModel: Sendable {
  case unmodelled
  /// 2.7 `PyIntObject`: a header and a C long, whatever the value.
  case fixed(Int)
  /// 3.x `PyLongObject`: a header and one digit of `digitBits` bits per
  /// `digitSize` bytes; `int.__sizeof__` counts at least one (for 0 and
  /// False too).
  case digits(header: Int, digitBits: Int, digitSize: Int)

  public func size(of value: Int) -> Int? {
    switch self {
    case .unmodelled: return nil
    case .fixed(let size): return size
    case .digits(let header, let bits, let size):
      var magnitude = value.magnitude
      var count = 0
      while magnitude > 0 {
        magnitude >>= UInt(bits)
        count += 1
      }
      return header + max(count, 1) * size
    }
  }
}
