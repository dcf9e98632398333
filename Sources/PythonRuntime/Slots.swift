import GCEngine
import PythonFrontEnd

/// What `__slots__` gives a new-style class (typeobject.c's type_new): no
/// instance dict, one member per name in sorted order (type_new sorts the
/// names, so that is the instances' layout, their traverse order and the
/// order their values are dropped in), and a weakref list only when
/// `__weakref__` is among them.
struct SlotLayout {
  /// The members, sorted; an instance keeps their values in its items.
  var names: [String]
  var weakrefable: Bool
}

extension Interpreter {
  /// The layout `__slots__` asks for, nil when the class has none or is a
  /// 2.7 classic class (which ignores it: only a class attribute). What
  /// the simulator does not lay out is refused before the class is made.
  func slotLayout(_ namespace: ObjectID, bases: [Value], oldStyle: Bool, exception: Bool) throws(RunError)
    -> SlotLayout?
  {
    // Its instances would add a dict (or more members) to the base's.
    if bases.contains(where: { $0.objectID.flatMap(slotLayout(ofClass:)) != nil }) {
      throw unsupported("a subclass of a class with __slots__")
    }
    let subclassing = !bases.isEmpty
    guard !oldStyle, let value = heap.lookup(namespace, name: "__slots__") else { return nil }
    if subclassing { throw unsupported("__slots__ in a subclass of a user class") }
    if exception { throw unsupported("__slots__ in an exception class") }
    var given: [String] = []
    switch plain(value) {
    case .str(let s): given = [s]
    case .object(let o) where heap.kind(o) == .tuple || heap.kind(o) == .list:
      for item in heap.items[o.index] {
        guard case .str(let s) = plain(item) else { throw unsupported("__slots__ holding a \(typeName(item))") }
        given.append(s)
      }
    default: throw unsupported("__slots__ as a \(typeName(value))")
    }
    var names: [String] = []
    var weakrefable = false
    for name in given {
      guard let first = name.unicodeScalars.first, first == "_" || first.properties.isXIDStart,
        name.unicodeScalars.allSatisfy({ $0 == "_" || $0.properties.isXIDContinue })
      else { throw unsupported("a __slots__ name that is not an identifier") }
      if name == "__weakref__" && !weakrefable {
        weakrefable = true
        continue
      }
      if name == "__dict__" { throw unsupported("'__dict__' in __slots__") }
      if name.hasPrefix("__") && !name.hasSuffix("__") { throw unsupported("a private (mangled) name in __slots__") }
      if names.contains(name) || name == "__weakref__" { throw unsupported("a name twice in __slots__") }
      if heap.lookup(namespace, name: name) != nil {
        throw unsupported("a __slots__ name that is also a class variable (CPython's ValueError)")
      }
      names.append(name)
    }
    // 2.7 makes such a class's instances bare objects, not GC ones.
    if is27 && names.isEmpty && !weakrefable { throw unsupported("an empty __slots__ in 2.7") }
    return SlotLayout(names: names.sorted(), weakrefable: weakrefable)
  }

  /// The class's slot layout when it has one.
  func slotLayout(ofClass cls: ObjectID) -> SlotLayout? {
    slotLayouts.isEmpty ? nil : slotLayouts[cls]
  }

  /// The slot layout of instance `o`'s class.
  func slotLayout(ofInstance o: ObjectID) -> SlotLayout? {
    slotLayouts.isEmpty ? nil : heap.classOf(o).flatMap { slotLayouts[$0] }
  }

  /// The block a slotted instance asks for: the bare object, a pointer per
  /// member, the weakref list's.
  func slottedInstanceSize(_ layout: SlotLayout) -> Int {
    let sizes = profile.objectSizes
    return sizes.slottedInstance + 8 * layout.names.count + (layout.weakrefable ? sizes.slottedWeakrefList : 0)
  }

  /// type_new's copy of the names (a list, sorted, then the heap type's
  /// `ht_slots` tuple, which the class keeps): counted allocations.
  func makeSlotNameTuple(_ layout: SlotLayout) -> ObjectID? {
    let list = heap.makeObject(.list, size: profile.objectSizes.list, freeList: .list)
    heap.track(list)
    heap.decref(list, .stack)
    guard !layout.names.isEmpty else { return nil }
    // Only strs: the next collection untracks it before it counts anything.
    let names = makeTuple(layout.names.map { Value.str($0) }, freeList: true)
    heap.untrack(names)
    return names
  }

  /// The AttributeError for a member that holds nothing (member_get and
  /// member_set's delete): 2.7 names only the member.
  func unsetSlotError(_ o: ObjectID, _ name: String, deleting: Bool) -> RunError {
    is27 || deleting ? pythonError("AttributeError", name) : missingAttribute(o, name, deleting: false)
  }
}
