/// Sets and frozensets (Objects/setobject.c): the keys are the set's
/// items, one per table slot; `setTables` keeps the hashes and counters.
/// A table past the 8-slot smalltable is a separate block (PyMem: 3.x's
/// object allocator, 2.7's system malloc), made before the old one is
/// freed, as set_table_resize does.
extension Heap {
  /// Compares two keys with equal hashes (the front end's `==`).
  public typealias KeyEquality = (Value, Value) -> Bool

  var setModel: SetModel {
    guard let model = profile.sets else { preconditionFailure("sets are not simulated in \(profile.name)") }
    return model
  }

  /// A new empty set or frozenset (make_new_set), tracked; `preexisting`:
  /// one the compiler made (a constant), which no count sees.
  public func makeSet(frozen: Bool, preexisting: Bool = false) -> ObjectID {
    let kind: ObjectKind = frozen ? .frozenset : .set
    let id =
      preexisting
      ? makePreexistingObject(kind, size: setModel.objectSize)
      : makeObject(kind, size: setModel.objectSize, freeList: .set)
    items[id.index] = [Value](repeating: SetTable.empty, count: SetTable.smallSize)
    setTables[id.raw] = SetTable()
    if !preexisting { track(id) }
    return id
  }

  public func setCount(_ id: ObjectID) -> Int { setTables[id.raw]?.used ?? 0 }

  /// The live keys in slot order (iteration, repr).
  public func setKeys(_ id: ObjectID) -> [Value] { items[id.index].filter { !SetTable.isFree($0) } }

  /// The first live key at or after slot `position`, and the slot after it.
  public func setNextKey(_ id: ObjectID, from position: Int) -> (key: Value, next: Int)? {
    let keys = items[id.index]
    var p = position
    while p < keys.count {
      if !SetTable.isFree(keys[p]) { return (keys[p], p + 1) }
      p += 1
    }
    return nil
  }

  public func setContains(_ id: ObjectID, _ key: Value, hash: Int, equal: KeyEquality) -> Bool {
    guard let table = setTables[id.raw] else { return false }
    return table.find(key, hash: hash, keys: items[id.index], probing: setModel.probing, equal: equal) != nil
  }

  /// Adds `key` (set_add_entry) with a reference of its own; false when
  /// an equal key was there. The resize test: 2.7 after any insert, 3.x
  /// only when the key took a fresh slot.
  @discardableResult
  public func setAdd(_ id: ObjectID, _ key: Value, hash: Int, equal: KeyEquality) -> Bool {
    let probing = setModel.probing
    guard var table = setTables[id.raw],
      let (_, fresh) = table.insert(key, hash: hash, keys: &items[id.index], probing: probing, equal: equal)
    else { return false }
    incref(key, .container)
    setTables[id.raw] = table
    if fresh || probing == .python27, let minUsed = table.resizeWanted(probing: probing) {
      resizeSet(id, minUsed: minUsed)
    }
    referencesChanged(id, .all)
    return true
  }

  /// Removes the key equal to `key` (set_discard_entry), dropping the
  /// set's reference after the table is consistent; false if absent.
  @discardableResult
  public func setDiscard(_ id: ObjectID, _ key: Value, hash: Int, equal: KeyEquality) -> Bool {
    guard var table = setTables[id.raw],
      let slot = table.find(key, hash: hash, keys: items[id.index], probing: setModel.probing, equal: equal)
    else { return false }
    let old = items[id.index][slot]
    table.remove(at: slot, keys: &items[id.index])
    setTables[id.raw] = table
    referencesChanged(id, .all)
    decref(old, .container)
    return true
  }

  /// set.pop(): the key (its reference passes to the caller), nil if empty.
  public func setPop(_ id: ObjectID) -> Value? {
    guard var table = setTables[id.raw], table.used > 0 else { return nil }
    let probing = setModel.probing
    let slot = table.popSlot(keys: items[id.index], probing: probing)
    let key = items[id.index][slot]
    table.remove(at: slot, keys: &items[id.index])
    if probing == .python27 { table.afterPop27(slot: slot) }
    setTables[id.raw] = table
    referencesChanged(id, .all)
    return key
  }

  /// set_clear_internal (also the collector's tp_clear): the set is empty
  /// and small again first, then its keys are released in slot order,
  /// then a separate table is freed.
  public func setClear(_ id: ObjectID, _ cause: RefCause = .container) {
    let i = id.index
    let keys = items[i]
    let address = storageAddress[i]
    let size = Int(storageSize[i])
    storageAddress[i] = 0
    storageSize[i] = 0
    items[i] = [Value](repeating: SetTable.empty, count: SetTable.smallSize)
    setTables[id.raw] = SetTable()
    referencesChanged(id, .all)
    for k in keys where !SetTable.isFree(k) { decref(k, cause) }
    if address != 0 { freeSetTable(address, size: size) }
  }

  /// set_merge's first step: room for `incoming` more keys at once.
  public func setReserve(_ id: ObjectID, incoming: Int) {
    guard let table = setTables[id.raw] else { return }
    let wanted: Bool
    switch setModel.probing {
    case .python27: wanted = (table.fill + incoming) * 3 >= table.slotCount * 2
    case .python311: wanted = (table.fill + incoming) * 5 >= table.mask * 3
    }
    if wanted { resizeSet(id, minUsed: (table.used + incoming) * 2) }
  }

  /// set_merge of a set or frozenset `other` into `id`: after the
  /// reserve, 3.11 copies an equal-sized table slot for slot into an
  /// empty set and inserts clean into an empty one; otherwise (and
  /// always in 2.7) each key is added in `other`'s slot order.
  public func setMerge(_ id: ObjectID, from other: ObjectID, equal: KeyEquality) {
    guard let source = setTables[other.raw], source.used > 0 else { return }
    setReserve(id, incoming: source.used)
    let probing = setModel.probing
    let otherKeys = items[other.index]
    guard var table = setTables[id.raw] else { return }
    if probing == .python311 && table.fill == 0 {
      if table.slotCount == source.slotCount && source.fill == source.used {
        items[id.index] = otherKeys
        table.hashes = source.hashes
      } else {
        for (k, h) in zip(otherKeys, source.hashes) where !SetTable.isFree(k) {
          table.insertClean(k, hash: h, keys: &items[id.index], probing: probing)
        }
      }
      table.fill = source.used
      table.used = source.used
      setTables[id.raw] = table
      for k in otherKeys where !SetTable.isFree(k) { incref(k, .container) }
      referencesChanged(id, .all)
      return
    }
    for (k, h) in zip(otherKeys, source.hashes) where !SetTable.isFree(k) {
      if probing == .python311 {
        setAdd(id, k, hash: h, equal: equal)
      } else if table.insert(k, hash: h, keys: &items[id.index], probing: probing, equal: equal) != nil {
        // 2.7's set_insert_key: the reserve made room, no resize test.
        incref(k, .container)
        setTables[id.raw] = table
      }
    }
    referencesChanged(id, .all)
  }

  /// The keys with their cached hashes, in slot order.
  public func setEntries(_ id: ObjectID) -> [(key: Value, hash: Int)] {
    guard let table = setTables[id.raw] else { return [] }
    return zip(items[id.index], table.hashes).filter { !SetTable.isFree($0.0) }.map { ($0.0, $0.1) }
  }

  /// set_table_resize: a new table (the smalltable, or a new block made
  /// before the old block is freed).
  func resizeSet(_ id: ObjectID, minUsed: Int) {
    let i = id.index
    guard var table = setTables[id.raw] else { return }
    let oldSlots = table.slotCount
    table.resize(minUsed: minUsed, keys: &items[i], probing: setModel.probing)
    setTables[id.raw] = table
    guard table.slotCount != oldSlots || oldSlots > SetTable.smallSize else { return }
    let oldAddress = storageAddress[i]
    let oldSize = Int(storageSize[i])
    storageAddress[i] = 0
    storageSize[i] = 0
    if table.slotCount > SetTable.smallSize {
      let bytes = table.slotCount * setModel.entrySize
      storageAddress[i] = setModel.tableInObjectAllocator ? allocator.allocate(bytes) : allocator.allocateSystem(bytes)
      storageSize[i] = Int32(bytes)
    }
    if oldAddress != 0 { freeSetTable(oldAddress, size: oldSize) }
  }

  func freeSetTable(_ address: UInt64, size: Int) {
    if setModel.tableInObjectAllocator {
      allocator.free(address, size: size)
    } else {
      allocator.freeSystem(address, size: size)
    }
  }

  /// `sys.getsizeof` of a set: the object, plus a separate table.
  public func setSizeof(_ id: ObjectID) -> Int {
    let slots = setTables[id.raw]?.slotCount ?? SetTable.smallSize
    return setModel.objectSize + (slots > SetTable.smallSize ? slots * setModel.entrySize : 0)
  }
}

extension Heap {
  /// set_difference_update_internal's tail: a table left with too many
  /// dummies is rebuilt (2.7: a fifth of the slots, 3.x: a quarter).
  public func setDropDummiesIfMany(_ id: ObjectID) {
    guard let table = setTables[id.raw] else { return }
    let dummies = table.fill - table.used
    let many: Bool
    switch setModel.probing {
    case .python27: many = dummies * 5 >= table.mask
    case .python311: many = dummies > table.mask / 4
    }
    if many { resizeSet(id, minUsed: table.used > 50000 ? table.used * 2 : table.used * 4) }
  }

  /// set_swap_bodies: two sets trade tables (keys, counters, blocks).
  public func setSwapBodies(_ a: ObjectID, _ b: ObjectID) {
    let keys = items[a.index]
    items[a.index] = items[b.index]
    items[b.index] = keys
    let table = setTables[a.raw]
    setTables[a.raw] = setTables[b.raw]
    setTables[b.raw] = table
    let address = storageAddress[a.index]
    let size = storageSize[a.index]
    storageAddress[a.index] = storageAddress[b.index]
    storageSize[a.index] = storageSize[b.index]
    storageAddress[b.index] = address
    storageSize[b.index] = size
    referencesChanged(a, .all)
    referencesChanged(b, .all)
  }
}
