// The check tests run after every instruction: each live object's count
// equals the slots that hold it (frames' locals and stacks, statics,
// other objects' fields and elements), and no slot holds a dead object.

import GCEngine

extension JavaMachine {
  /// Slots outside the heap's objects that hold each object.
  public func rootReferences() -> [ObjectID: Int] {
    var roots: [ObjectID: Int] = [:]
    forEachRootSlot { if case .object(let id) = $0 { roots[id, default: 0] += 1 } }
    return roots
  }

  /// Every frame slot and static, and the engine's own list.
  private func forEachRootSlot(_ body: (Value) -> Void) {
    // gc.garbage's list, which every Heap makes: the engine holds it.
    body(.object(heap.garbageList))
    for frame in frames {
      frame.locals.forEach(body)
      frame.stack.forEach(body)
    }
    statics.forEach(body)
  }

  /// What is wrong with the counts now (empty when every count is right).
  /// Counted in flat arrays: this runs after every instruction in tests.
  public func invariantProblems() -> [String] {
    guard !heap.collecting else { return [] }
    var problems: [String] = []
    let size = max(objectTypes.count, heap.garbageList.index + 1)
    var held = [Int](repeating: 0, count: size)
    func count(_ value: Value, from holder: ObjectID?) {
      guard case .object(let id) = value else { return }
      if !heap.isAlive(id) {
        problems.append("\(holder.map(describe) ?? "a frame or static") holds dead object #\(id.raw)")
      } else if id.index < size {
        held[id.index] += 1
      }
    }
    forEachRootSlot { count($0, from: nil) }
    var live: [ObjectID] = [heap.garbageList]
    for index in 0..<objectTypes.count where objectTypes[index] >= 0 && heap.isAlive(ObjectID(index)) {
      live.append(ObjectID(index))
    }
    for id in live {
      for value in heap.items[id.index] { count(value, from: id) }
    }
    if live.count != heap.liveCount {
      problems.append("\(heap.liveCount) live objects, \(live.count) made by the program or the engine")
    }
    for id in live where heap.refcount(id) != held[id.index] {
      problems.append("\(describe(id)) rc=\(heap.refcount(id)) but \(held[id.index]) slots hold it")
    }
    return problems
  }
}
