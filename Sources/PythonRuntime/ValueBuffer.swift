import GCEngine
import PythonFrontEnd

/// A frame's locals or evaluation stack: a growable buffer of values that
/// its frame owns alone. Unlike an `Array` in a class property, a push or a
/// pop never checks for uniqueness nor copies, and the storage stays with
/// the (pooled) frame from one call to the next.
///
/// A `ValueBuffer` does not free itself: its frame calls `release()` once,
/// in its `deinit`. Copies share the storage but not the count, so only the
/// frame's own property is mutated; a copy or a slice is for reading now.
struct ValueBuffer: RandomAccessCollection, MutableCollection {
  private var base: UnsafeMutablePointer<Value>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int = 8) {
    self.capacity = capacity
    base = UnsafeMutablePointer<Value>.allocate(capacity: capacity)
  }

  var startIndex: Int { 0 }
  var endIndex: Int { count }

  subscript(index: Int) -> Value {
    @inline(__always) _read {
      precondition(index >= 0 && index < count, "value buffer index out of range")
      yield base[index]
    }
    @inline(__always) nonmutating _modify {
      precondition(index >= 0 && index < count, "value buffer index out of range")
      yield &base[index]
    }
  }

  @inline(__always) mutating func append(_ value: Value) {
    if count == capacity { grow(to: capacity * 2) }
    (base + count).initialize(to: value)
    count += 1
  }

  mutating func append(contentsOf values: some Swift.Collection<Value>) {
    reserveCapacity(count + values.count)
    for v in values {
      (base + count).initialize(to: v)
      count += 1
    }
  }

  @inline(__always) @discardableResult mutating func removeLast() -> Value {
    precondition(count > 0, "removeLast from an empty value buffer")
    count -= 1
    return (base + count).move()
  }

  @inline(__always) mutating func popLast() -> Value? {
    count == 0 ? nil : removeLast()
  }

  /// Removes the top `n` values (their references move elsewhere).
  mutating func removeLast(_ n: Int) {
    precondition(n >= 0 && n <= count, "removeLast past the bottom of a value buffer")
    for _ in 0..<n { removeLast() }
  }

  mutating func removeAll() {
    // One value at a time: the runtime's generic array destroy costs more
    // than the handful of values a frame holds.
    while count > 0 { removeLast() }
  }

  mutating func insert(_ value: Value, at index: Int) {
    precondition(index >= 0 && index <= count, "value buffer index out of range")
    if count == capacity { grow(to: capacity * 2) }
    (base + index + 1).moveInitialize(from: base + index, count: count - index)
    (base + index).initialize(to: value)
    count += 1
  }

  @discardableResult mutating func remove(at index: Int) -> Value {
    precondition(index >= 0 && index < count, "value buffer index out of range")
    let value = (base + index).move()
    (base + index).moveInitialize(from: base + index + 1, count: count - index - 1)
    count -= 1
    return value
  }

  mutating func reserveCapacity(_ minimum: Int) {
    if minimum > capacity { grow(to: Swift.max(minimum, capacity * 2)) }
  }

  private mutating func grow(to newCapacity: Int) {
    let bigger = UnsafeMutablePointer<Value>.allocate(capacity: newCapacity)
    bigger.moveInitialize(from: base, count: count)
    base.deallocate()
    base = bigger
    capacity = newCapacity
  }

  func release() {
    base.deinitialize(count: count)
    base.deallocate()
  }
}
