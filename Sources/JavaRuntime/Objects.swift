// Java objects on the engine's heap. An instance is an `.instance` object
// whose items are its fields in declaration order (ints as `.int`, null
// as `.none`); an array of references is a `.list` object whose items are
// its elements. Both start with count 1: the operand stack slot `new` or
// `anewarray` pushes them to. What the heap does not know (the Java type,
// the allocation number the leak report uses) is kept here by object id.

import GCEngine

extension JavaMachine {
  func allocateInstance(_ classIndex: Int) throws(JavaRunError) -> ObjectID {
    let type = linked.types[classIndex]
    let id = try allocate(.instance, size: 16 + 8 * type.fieldIsReference.count, type: classIndex)
    heap.setItems(id, type.fieldIsReference.map { $0 ? .none : .int(0) })
    return id
  }

  func allocateArray(_ typeIndex: Int, length: Int) throws(JavaRunError) -> ObjectID {
    let id = try allocate(.list, size: 16 + 8 * length, type: typeIndex)
    heap.setItems(id, Array(repeating: .none, count: length))
    return id
  }

  private func allocate(_ kind: ObjectKind, size: Int, type: Int) throws(JavaRunError) -> ObjectID {
    if let reached = heap.limitReached { throw .limit(reached) }
    // `new Node[2147483647]` is checked before it is built.
    guard heap.memoryAllows(size) else { throw .limit(.memory(heap.memoryLimit)) }
    let id = heap.makeObject(kind, size: size, freeList: nil)
    allocations += 1
    while objectTypes.count <= id.index {
      objectTypes.append(-1)
      serials.append(0)
    }
    objectTypes[id.index] = Int32(type)
    serials[id.index] = Int32(truncatingIfNeeded: allocations)
    return id
  }

  // MARK: Inspection (the leak report, tests, the screen)

  /// The Java type of a live object the program made.
  public func type(of id: ObjectID) -> JavaObjectType? {
    guard id.index < objectTypes.count, objectTypes[id.index] >= 0, heap.isAlive(id) else { return nil }
    return linked.types[Int(objectTypes[id.index])]
  }

  /// The object's allocation number: 1 for the first object the program made.
  public func serialNumber(of id: ObjectID) -> Int {
    id.index < serials.count ? Int(serials[id.index]) : 0
  }

  /// `Node #2`, `Node[] #1`.
  public func describe(_ id: ObjectID) -> String {
    "\(type(of: id)?.name ?? "object") #\(serialNumber(of: id))"
  }

  /// The live objects the program made (not the engine's own), oldest first.
  public var programObjects: [ObjectID] {
    heap.liveObjects.filter { type(of: $0) != nil }.sorted { serialNumber(of: $0) < serialNumber(of: $1) }
  }

  /// The references an object holds, each with the name of its slot:
  /// `other` for a field, `[2]` for an array element; null slots left out.
  public func references(of id: ObjectID) -> [(slot: String, target: ObjectID)] {
    guard let type = type(of: id) else { return [] }
    var result: [(slot: String, target: ObjectID)] = []
    for (index, value) in heap.items[id.index].enumerated() {
      guard case .object(let target) = value else { continue }
      result.append((type.isArray ? "[\(index)]" : type.fieldNames[index], target))
    }
    return result
  }

  /// An object's slots as a box shows them: `int n` and its value, a
  /// reference field by its name (`other`), array elements `[i]`; at most
  /// `limit`, and how many there are.
  public func fields(of id: ObjectID, limit: Int) -> (fields: [(label: String, value: Value)], count: Int) {
    guard let type = type(of: id) else { return ([], 0) }
    let items = heap.items[id.index]
    var fields: [(label: String, value: Value)] = []
    for (index, value) in items.prefix(limit).enumerated() {
      if type.isArray {
        fields.append(("[\(index)]", value))
        continue
      }
      let descriptor = index < type.fieldDescriptors.count ? type.fieldDescriptors[index] : ""
      switch (descriptor, value) {
      case ("Z", .int(let n)): fields.append(("boolean " + type.fieldNames[index], .bool(n != 0)))
      case ("I", _): fields.append(("int " + type.fieldNames[index], value))
      default: fields.append((type.fieldNames[index], value))
      }
    }
    return (fields, items.count)
  }

  /// What may have changed since the last call, for a recorder that
  /// re-reads only that: the statics (when one was stored), and the method
  /// frames from the lowest one the stack unwound to since (it ran) up. A
  /// paused frame's locals and operand stack are its own.
  public func takeChangedFrames() -> (statics: Bool, frames: Range<Int>) {
    let statics = staticsVersion != readStaticsVersion
    readStaticsVersion = staticsVersion
    let from = max(0, min(frameLowWater, frames.count) - 1)
    frameLowWater = frames.count
    return (statics, from..<frames.count)
  }

  /// Each class's static fields and their values, in program order.
  public var staticFields: [(name: String, value: Value)] {
    var result: [(name: String, value: Value)] = []
    for linkedClass in linked.classes {
      for (index, field) in linkedClass.staticFields.enumerated() {
        let owner = LinkedProgram.sourceName(linkedClass.file.name)
        result.append((owner + "." + field.name, statics[linkedClass.staticBase + index]))
      }
    }
    return result
  }
}
