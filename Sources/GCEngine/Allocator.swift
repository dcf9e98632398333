/// A model of CPython's small-object allocator (pymalloc) and of the system
/// malloc behind it, only as far as addresses are observable: blocks of one
/// size class are carved from pools in address order, and a freed block is
/// the next one handed out for its class (LIFO), which is why `f1` prints the
/// same address forever. Requests above the small threshold go to a
/// malloc-like region that also reuses per size, last freed first.
///
/// A class over raw stacks (one `Column` per size class): every object's
/// allocation and free passes here, and nested arrays cost two uniqueness
/// checks per push or pop.
public final class Allocator {
  public struct Geometry: Sendable {
    public var alignment: Int
    public var smallRequestThreshold: Int
    public var poolSize: Int
    public var arenaSize: Int
    public var poolOverhead: Int
    public var arenaBase: UInt64
    public var largeBase: UInt64
  }

  public let geometry: Geometry
  /// log2 of the alignment (a power of two): rounding and size classes
  /// are shifts, not divisions, on every allocation and free.
  private let alignmentShift: Int
  /// Freed blocks per small size class, the last freed on top.
  private let freeBlocks: UnsafeMutablePointer<Column<UInt64>>
  private let classCount: Int
  private var poolNext: [UInt64]
  private var poolEnd: [UInt64]
  private var nextPool: UInt64
  private var arenaEnd: UInt64
  private var largeFree: [Int: [UInt64]] = [:]
  private var largeNext: UInt64
  /// Bytes currently handed out (the "simulated bytes" the screen shows).
  public private(set) var bytesInUse = 0

  public init(_ geometry: Geometry) {
    self.geometry = geometry
    precondition(geometry.alignment > 0 && geometry.alignment & (geometry.alignment - 1) == 0)
    alignmentShift = geometry.alignment.trailingZeroBitCount
    let classes = geometry.smallRequestThreshold / geometry.alignment
    classCount = classes
    freeBlocks = UnsafeMutablePointer<Column<UInt64>>.allocate(capacity: classes)
    for c in 0..<classes { (freeBlocks + c).initialize(to: Column(capacity: 16)) }
    poolNext = Array(repeating: 0, count: classes)
    poolEnd = Array(repeating: 0, count: classes)
    nextPool = geometry.arenaBase
    arenaEnd = geometry.arenaBase + UInt64(geometry.arenaSize)
    largeNext = geometry.largeBase
  }

  deinit {
    for c in 0..<classCount { freeBlocks[c].release() }
    freeBlocks.deinitialize(count: classCount)
    freeBlocks.deallocate()
  }

  /// The size a request really occupies.
  public func roundedSize(_ size: Int) -> Int {
    let a = geometry.alignment
    return (max(size, 1) + a - 1) & ~(a - 1)
  }

  public func allocate(_ size: Int) -> UInt64 {
    let rounded = roundedSize(size)
    bytesInUse += rounded
    guard rounded <= geometry.smallRequestThreshold else { return allocateLarge(rounded) }
    let sizeClass = (rounded >> alignmentShift) - 1
    let stack = freeBlocks + sizeClass
    if stack.pointee.count > 0 {
      let block = stack.pointee[stack.pointee.count - 1]
      stack.pointee.removeLast()
      return block
    }
    if poolNext[sizeClass] + UInt64(rounded) > poolEnd[sizeClass] { newPool(sizeClass) }
    let block = poolNext[sizeClass]
    poolNext[sizeClass] += UInt64(rounded)
    return block
  }

  public func free(_ address: UInt64, size: Int) {
    let rounded = roundedSize(size)
    bytesInUse -= rounded
    if rounded > geometry.smallRequestThreshold {
      largeFree[rounded, default: []].append(address)
    } else {
      freeBlocks[(rounded >> alignmentShift) - 1].append(address)
    }
  }

  /// A block from the system malloc whatever its size (2.7's PyMem, which
  /// list item arrays use): it never shares pymalloc's classes.
  public func allocateSystem(_ size: Int) -> UInt64 {
    let rounded = roundedSize(size)
    bytesInUse += rounded
    return allocateLarge(rounded)
  }

  public func freeSystem(_ address: UInt64, size: Int) {
    let rounded = roundedSize(size)
    bytesInUse -= rounded
    largeFree[rounded, default: []].append(address)
  }

  /// pymalloc's realloc: a block that shrinks by at most a quarter, or
  /// stays within its class, keeps its address; otherwise a new block is
  /// taken first and the old one freed after the copy, so the old block is
  /// the next one its class hands out. Returns the block and the size it
  /// now stands for (the old one when kept, to free it in its class).
  public func reallocate(_ address: UInt64, from oldSize: Int, to newSize: Int) -> (address: UInt64, size: Int) {
    let old = roundedSize(oldSize)
    if old <= geometry.smallRequestThreshold {
      if newSize <= old && 4 * newSize > 3 * old { return (address, oldSize) }
    } else if newSize > geometry.smallRequestThreshold && roundedSize(newSize) <= old {
      // glibc shrinks a large chunk in place.
      bytesInUse += roundedSize(newSize) - old
      return (address, newSize)
    }
    let moved = allocate(newSize)
    free(address, size: oldSize)
    return (moved, newSize)
  }

  /// The system realloc for blocks from `allocateSystem`.
  public func reallocateSystem(_ address: UInt64, from oldSize: Int, to newSize: Int) -> (address: UInt64, size: Int) {
    if roundedSize(newSize) <= roundedSize(oldSize) { return (address, oldSize) }
    let moved = allocateSystem(newSize)
    freeSystem(address, size: oldSize)
    return (moved, newSize)
  }

  private func newPool(_ sizeClass: Int) {
    let poolSize = UInt64(geometry.poolSize)
    if nextPool + poolSize > arenaEnd {
      // A new arena: leave a gap the way separate mmap calls would.
      nextPool = arenaEnd + UInt64(geometry.arenaSize) * 3
      arenaEnd = nextPool + UInt64(geometry.arenaSize)
    }
    poolNext[sizeClass] = nextPool + UInt64(geometry.poolOverhead)
    poolEnd[sizeClass] = nextPool + poolSize
    nextPool += poolSize
  }

  private func allocateLarge(_ rounded: Int) -> UInt64 {
    if let block = largeFree[rounded]?.popLast() { return block }
    // glibc puts a 16-byte chunk header before each block.
    let block = largeNext + 16
    largeNext += UInt64(rounded + 16)
    return block
  }
}
