/// Ascending timeline positions (the line starts): the recent ones as plain
/// integers, older ones moved to a compact form (`compact(below:)`): a
/// run whose history is rebuildable keeps every line start, and eight bytes
/// a step were 80 MB over a 10,000,000-step play; as deltas, one or two.
struct PositionList {
  /// LEB128 deltas from the previous position; every `blockLength`-th
  /// position is whole in `blocks` with its offset in `bytes` instead.
  private var bytes: [UInt8] = []
  private var blocks: [(value: Int, offset: Int)] = []
  private var compactCount = 0
  private var lastCompact = 0
  private var recent: [Int] = []
  static let blockLength = 128

  var count: Int { compactCount + recent.count }
  var isEmpty: Bool { count == 0 }

  subscript(index: Int) -> Int {
    if index >= compactCount { return recent[index - compactCount] }
    let block = blocks[index / Self.blockLength]
    var value = block.value
    var offset = block.offset
    for _ in 0..<index % Self.blockLength { value += Self.delta(in: bytes, at: &offset) }
    return value
  }

  mutating func append(_ position: Int) { recent.append(position) }

  /// How many positions are below `bound`.
  func countBelow(_ bound: Int) -> Int {
    if compactCount == 0 || bound > lastCompact { return compactCount + recent.partitionIndex { $0 >= bound } }
    // The last block starting below `bound`, then its positions in order.
    let b = blocks.partitionIndex { $0.value >= bound } - 1
    guard b >= 0 else { return 0 }
    var index = b * Self.blockLength
    var value = blocks[b].value
    var offset = blocks[b].offset
    while value < bound {
      index += 1
      guard index < compactCount, index % Self.blockLength != 0 else { break }
      value += Self.delta(in: bytes, at: &offset)
    }
    return index
  }

  /// Moves the recent positions below `bound` to the compact form.
  mutating func compact(below bound: Int) {
    let n = recent.partitionIndex { $0 >= bound }
    for position in recent[..<n] {
      if compactCount % Self.blockLength == 0 {
        blocks.append((position, bytes.count))
      } else {
        var delta = UInt(position - lastCompact)
        while delta >= 0x80 {
          bytes.append(UInt8(delta & 0x7F) | 0x80)
          delta >>= 7
        }
        bytes.append(UInt8(delta))
      }
      lastCompact = position
      compactCount += 1
    }
    recent.removeFirst(n)
  }

  /// Drops the positions below `bound` (a history that is not rebuilt);
  /// returns how many. Only the recent ones can be: nothing was compacted.
  mutating func removeBelow(_ bound: Int) -> Int {
    precondition(compactCount == 0, "compacted positions are kept")
    let n = recent.partitionIndex { $0 >= bound }
    recent.removeFirst(n)
    return n
  }

  private static func delta(in bytes: [UInt8], at offset: inout Int) -> Int {
    var delta = 0
    var shift = 0
    while true {
      let byte = bytes[offset]
      offset += 1
      delta |= Int(byte & 0x7F) << shift
      if byte < 0x80 { return delta }
      shift += 7
    }
  }
}
