import ArgumentParser

/// A size on the command line: `1048576`, `64K`, `256M`, `1G` (powers of
/// 1024; `KiB`, `MB` and lower case are read the same).
struct ByteSize: ExpressibleByArgument, CustomStringConvertible {
  var bytes: Int

  init(bytes: Int) { self.bytes = bytes }

  init?(argument: String) {
    var text = argument.uppercased()
    for unit in ["IB", "B"] where text.hasSuffix(unit) && text.count > unit.count {
      text.removeLast(unit.count)
      break
    }
    let shifts: [Character: Int] = ["K": 10, "M": 20, "G": 30, "T": 40]
    var shift = 0
    if let last = text.last, let s = shifts[last] {
      shift = s
      text.removeLast()
    }
    guard let n = Int(text), n >= 0, n <= Int.max >> shift else { return nil }
    bytes = n << shift
  }

  /// The largest unit that divides it: `256 MiB`, `1500 bytes`.
  var description: String {
    for (unit, shift) in [("TiB", 40), ("GiB", 30), ("MiB", 20), ("KiB", 10)]
    where bytes > 0 && bytes % (1 << shift) == 0 {
      return "\(bytes >> shift) \(unit)"
    }
    return bytes == 1 ? "1 byte" : "\(bytes) bytes"
  }
}
