/// How a set's hash table probes, grows and is copied: Objects/setobject.c
/// of each version, followed function by function (set_add_entry,
/// set_insert_clean, set_table_resize, set_merge, set_pop).
public enum SetProbing: Sendable {
  /// 2.7: pure perturbation (`i = i*5 + perturb + 1`), resize when
  /// fill*3 >= (mask+1)*2 after an insert that added a key.
  case python27
  /// 3.x: up to LINEAR_PROBES (9) neighbours before each perturbation,
  /// resize when fill*5 >= mask*3.
  case python311
}

/// What a profile's sets are made of (see docs/fidelity-notes.md, Sets).
public struct SetModel: Sendable {
  /// The set object (smalltable of 8 entries inside), GC header included.
  public var objectSize: Int
  /// A setentry (key pointer and cached hash).
  public var entrySize: Int
  public var probing: SetProbing
  /// Where a table past the smalltable lives: 3.x PyMem (pymalloc for
  /// small blocks), 2.7 system malloc.
  public var tableInObjectAllocator: Bool
  /// A set iterator (`setiterobject`).
  public var iteratorSize: Int
}

/// A set's table beside its keys: the keys are the heap's items of the set
/// (one per slot, `empty` and `dummy` marking free ones), so the collector
/// and dealloc walk them in slot order as CPython does; this keeps each
/// slot's cached hash and the counters.
public struct SetTable: Sendable {
  /// An unused slot (key NULL) and a deleted one (key `dummy`); never
  /// Python values (natives are not heap objects, so walks skip them).
  public static let empty = Value.native(Int32.min)
  public static let dummy = Value.native(Int32.min + 1)
  public static let smallSize = 8
  static let linearProbes = 9
  static let perturbShift = 5

  var hashes = [Int](repeating: 0, count: SetTable.smallSize)
  /// Active plus dummy slots, and active ones.
  public internal(set) var fill = 0
  public internal(set) var used = 0
  /// 3.x set_pop's search finger.
  var finger = 0
  var mask: Int { hashes.count - 1 }
  public var slotCount: Int { hashes.count }

  public init() {}

  static func isFree(_ v: Value) -> Bool { v == empty || v == dummy }

  /// The slot holding a key equal to `key`, if any (set_lookkey).
  func find(_ key: Value, hash: Int, keys: [Value], probing: SetProbing, equal: (Value, Value) -> Bool) -> Int? {
    var found: Int?
    probe(hash: hash, probing: probing) { i in
      let k = keys[i]
      if k == SetTable.empty { return true }
      if k != SetTable.dummy && hashes[i] == hash && (k == key || equal(k, key)) {
        found = i
        return true
      }
      return false
    }
    return found
  }

  /// Visits the slots `hash` probes, in order, until `stop` says so.
  func probe(hash: Int, probing: SetProbing, _ stop: (Int) -> Bool) {
    let mask = UInt(self.mask)
    var perturb = UInt(bitPattern: hash)
    var i = perturb & mask
    switch probing {
    case .python27:
      while true {
        if stop(Int(i & mask)) { return }
        i = i &* 5 &+ perturb &+ 1
        perturb >>= UInt(SetTable.perturbShift)
        i &= mask
      }
    case .python311:
      while true {
        let probes = i + UInt(SetTable.linearProbes) <= mask ? SetTable.linearProbes : 0
        for j in 0...probes where stop(Int(i) + j) { return }
        perturb >>= UInt(SetTable.perturbShift)
        i = (i &* 5 &+ 1 &+ perturb) & mask
      }
    }
  }

  /// Where `key` goes (set_add_entry's search, 2.7's set_lookkey): the
  /// slot of an equal key (`present`), else a dummy passed, else the
  /// empty slot that ended the search.
  func slotForInsert(
    _ key: Value, hash: Int, keys: [Value], probing: SetProbing, equal: (Value, Value) -> Bool
  ) -> (slot: Int, present: Bool) {
    var freeSlot: Int?
    var result = (slot: 0, present: false)
    probe(hash: hash, probing: probing) { i in
      let k = keys[i]
      if k == SetTable.empty {
        result = (freeSlot ?? i, false)
        return true
      }
      if k == SetTable.dummy {
        // 2.7 reuses the first dummy passed, 3.x the last.
        if freeSlot == nil || probing == .python311 { freeSlot = i }
      } else if hashes[i] == hash && (k == key || equal(k, key)) {
        result = (i, true)
        return true
      }
      return false
    }
    return result
  }

  /// Puts a key known to be absent into a table without dummies
  /// (set_insert_clean).
  mutating func insertClean(_ key: Value, hash: Int, keys: inout [Value], probing: SetProbing) {
    var slot = 0
    probe(hash: hash, probing: probing) { i in
      guard keys[i] == SetTable.empty else { return false }
      slot = i
      return true
    }
    keys[slot] = key
    hashes[slot] = hash
    fill += 1
    used += 1
  }

  /// The number of slots set_table_resize picks for `minUsed`.
  static func sizeFor(minUsed: Int) -> Int {
    var size = smallSize
    while size <= minUsed { size <<= 1 }
    return size
  }

  /// Whether an insert that just filled a fresh slot asks for a resize,
  /// and to how many keys (set_add_entry's tail).
  func resizeWanted(probing: SetProbing) -> Int? {
    let wanted: Bool
    switch probing {
    case .python27: wanted = fill * 3 >= (mask + 1) * 2
    case .python311: wanted = fill * 5 >= mask * 3
    }
    guard wanted else { return nil }
    return used > 50000 ? used * 2 : used * 4
  }

  /// Rebuilds the table with room for `minUsed` keys (set_table_resize):
  /// the live keys re-inserted clean in their old slot order. A small
  /// table without dummies stays as it is.
  mutating func resize(minUsed: Int, keys: inout [Value], probing: SetProbing) {
    let size = SetTable.sizeFor(minUsed: minUsed)
    if size == SetTable.smallSize && slotCount == size && fill == used { return }
    let oldKeys = keys
    let oldHashes = hashes
    keys = [Value](repeating: SetTable.empty, count: size)
    hashes = [Int](repeating: 0, count: size)
    fill = 0
    used = 0
    for (k, h) in zip(oldKeys, oldHashes) where !SetTable.isFree(k) {
      insertClean(k, hash: h, keys: &keys, probing: probing)
    }
  }

  /// Marks `slot` deleted (set_discard_entry).
  mutating func remove(at slot: Int, keys: inout [Value]) {
    keys[slot] = SetTable.dummy
    hashes[slot] = -1
    used -= 1
  }

  /// The slot set.pop() takes (its key is then removed by the caller).
  mutating func popSlot(keys: [Value], probing: SetProbing) -> Int {
    switch probing {
    case .python311:
      var i = finger & mask
      while SetTable.isFree(keys[i]) { i = i == mask ? 0 : i + 1 }
      finger = i + 1
      return i
    case .python27:
      // Slot 0's hash field doubles as the finger when slot 0 is free.
      var i = 0
      if SetTable.isFree(keys[0]) {
        i = hashes[0]
        if i > mask || i < 1 { i = 1 }
        while SetTable.isFree(keys[i]) {
          i += 1
          if i > mask { i = 1 }
        }
      }
      return i
    }
  }

  /// After a 2.7 pop from `slot`: slot 0's hash remembers where to go on.
  mutating func afterPop27(slot: Int) { hashes[0] = slot + 1 }

  /// The cached hash of the key in `slot`.
  public func hash(at slot: Int) -> Int { hashes[slot] }

  /// Inserts a key (set_add_entry's table part): whether it took a fresh
  /// slot (fill grew) or a dummy's, nil when an equal key was there.
  mutating func insert(
    _ key: Value, hash: Int, keys: inout [Value], probing: SetProbing, equal: (Value, Value) -> Bool
  ) -> (slot: Int, fresh: Bool)? {
    let (slot, present) = slotForInsert(key, hash: hash, keys: keys, probing: probing, equal: equal)
    if present { return nil }
    let fresh = keys[slot] == SetTable.empty
    if fresh { fill += 1 }
    keys[slot] = key
    hashes[slot] = hash
    used += 1
    return (slot, fresh)
  }
}
