/// One column of the heap's struct-of-arrays storage: a growable buffer
/// whose elements are written in place. Unlike `Array` in a class property,
/// a write never checks for uniqueness or copies (the heap is its only
/// owner), which is most of what an incref costs otherwise.
///
/// A `Column` does not free itself: its owner calls `release()` once, in
/// its `deinit`, and no copy may be used after that.
public struct Column<Element> {
  @usableFromInline var base: UnsafeMutablePointer<Element>
  public private(set) var count = 0
  @usableFromInline var capacity: Int

  init(capacity: Int = 64) {
    self.capacity = capacity
    base = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
  }

  // Addressors: reads and writes go straight to the element, so a table
  // or an item array is never copied (nor retained) to be read.
  public subscript(index: Int) -> Element {
    @inlinable @inline(__always) _read {
      precondition(index >= 0 && index < count, "column index out of range")
      yield base[index]
    }
    @inlinable @inline(__always) nonmutating _modify {
      precondition(index >= 0 && index < count, "column index out of range")
      yield &base[index]
    }
  }

  public var indices: Range<Int> { 0..<count }

  /// The element's address, for reading a large element in place (calling
  /// a method through the subscript may copy it first).
  @inline(__always) func pointer(_ index: Int) -> UnsafeMutablePointer<Element> {
    precondition(index >= 0 && index < count, "column index out of range")
    return base + index
  }

  mutating func append(_ element: Element) {
    if count == capacity { grow() }
    (base + count).initialize(to: element)
    count += 1
  }

  /// Drops the last `n` elements, keeping the storage (scratch stacks).
  mutating func removeLast(_ n: Int = 1) {
    precondition(n >= 0 && n <= count, "column has fewer elements")
    count -= n
    (base + count).deinitialize(count: n)
  }

  private mutating func grow() {
    let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
    bigger.moveInitialize(from: base, count: count)
    base.deallocate()
    base = bigger
    capacity *= 2
  }

  func release() {
    base.deinitialize(count: count)
    base.deallocate()
  }
}
