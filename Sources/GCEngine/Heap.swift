/// What the heap needs from the interpreter above it: running Python code
/// for `__del__` and weakref callbacks, and writing collector messages.
public protocol HeapHost: AnyObject {
  /// Calls `__del__` on `object` (its refcount is held at 1 meanwhile).
  func callFinalizer(_ object: ObjectID)
  /// Calls a weakref's callback with the (now dead) weakref as argument.
  func callWeakrefCallback(_ callback: Value, weakref: ObjectID)
  /// Collector output (DEBUG_* lines) for stderr.
  func writeCollectorMessage(_ text: String)
  /// Whether an exception is pending (automatic collections wait then).
  var exceptionPending: Bool { get }
}

/// The simulated heap: every object is an index into parallel arrays
/// (struct of arrays), so increfs, decrefs and collections touch plain
/// integers and allocate nothing on the hot paths.
public final class Heap {
  public let profile: Profile
  public weak var host: HeapHost?
  public weak var collectionHooks: CollectionHooks?
  public var sink: EventSink?
  /// Set by a recorder that edits what it recorded of an object's
  /// references: the slots each change touched (see `SlotChangeLog`).
  public var slotLog: SlotChangeLog?

  // MARK: Per-object storage (index = ObjectID.raw)

  var refcounts = Column<Int>()
  public internal(set) var kinds = Column<ObjectKind>()
  var alive = Column<Bool>()
  /// Instance → its class; class → its metaclass (unused); -1 otherwise.
  var classOf = Column<Int32>()
  /// List/tuple items; function [globals, defaults]; bound method [function,
  /// self]; frame locals and stack; weakref [callback]; class bases.
  public internal(set) var items = Column<[Value]>()
  /// Dict contents, and 3.11 instance attributes kept without a dict object.
  public internal(set) var tables = Column<DictStorage>()
  /// The dict object of an instance, class, module or function; -1 if none.
  var dictOf = Column<Int32>()
  /// Dict → the object whose dict it is (the last `setDict`); -1 if none.
  var dictOwner = Column<Int32>()
  /// Function/frame → code index of the front end; weakref → referent id.
  var aux = Column<Int32>()
  public internal(set) var addresses = Column<UInt64>()
  var sizes = Column<Int>()
  /// 3.x: `__del__` already ran (PEP 442). 2.7: an old-style class/instance.
  var flags = Column<UInt8>()
  /// Generation (0, 1, 2; 3 = permanent), or -1 when untracked.
  public internal(set) var generations = Column<Int8>()
  var gcNext = Column<Int32>()
  var gcPrev = Column<Int32>()
  var gcRefs = Column<Int>()
  /// In a collection's tentatively-unreachable list.
  var unreachableMark = Column<Bool>()
  /// Names of classes, functions and modules.
  public internal(set) var labels: [Int32: String] = [:]
  /// Set → its table's hashes and counters (its keys are its items).
  var setTables: [Int32: SetTable] = [:]
  /// Referent → weakrefs to it, oldest first.
  var weakrefsTo: [Int32: [ObjectID]] = [:]
  /// Ids of dead objects, the last freed reused first.
  private var freeIDs = Column<Int32>()
  /// The startup stand-ins (see makeStartupPopulation).
  public private(set) var startupIDs: [ObjectID] = []

  static let flagInternal: UInt8 = 64
  /// A frame object whose frame has returned while something (a
  /// traceback) still held it: its slots are references it owns now.
  static let flagOwnsSlots: UInt8 = 128
  static let flagFinalized: UInt8 = 1
  static let flagOldStyle: UInt8 = 2
  static let flagCollecting: UInt8 = 4
  static let flagHasDel: UInt8 = 8
  /// Some weakref points here (saves a dictionary lookup per dealloc).
  static let flagHasWeakrefs: UInt8 = 32
  /// In the trial-deletion root buffer (see TrialDeletion.swift).
  static let flagBuffered: UInt8 = 16

  // MARK: Trial deletion (the pure reference-counting profiles)

  /// Whether a decrement that leaves an object alive buffers it.
  let buffersPossibleRoots: Bool
  /// Whether a dying list releases its items first to last (the profile's,
  /// read once: a dealloc does not look into the profile).
  let releasesListItemsInOrder: Bool
  /// 3.12+: an allocation over threshold 0 only schedules the collection;
  /// the interpreter runs it at its next eval-breaker check
  /// (`runScheduledCollection`). Read once per allocation, so a stored Bool.
  let schedulesCollections: Bool
  let scheduledCollectionRunsWhenDisabled: Bool
  /// `_Py_ScheduleGC` has asked for a collection the eval breaker has not run yet.
  public internal(set) var collectionScheduled = false
  var trialColors = Column<TrialColor>()
  /// Memory an object keeps apart from its own block, freed just before it:
  /// a list's item array, a 3.11 instance's values array. The block and
  /// the bytes it stands for (0: none).
  var storageAddress = Column<UInt64>()
  var storageSize = Column<Int32>()
  var listCapacity = Column<Int32>()
  /// The root buffer in arrival order; -1 marks a root taken out.
  var possibleRoots: [Int32] = []
  var rootPositions: [Int32: Int] = [:]
  var bufferedRootCount = 0

  // MARK: Generations (CPython's gc state)

  /// List heads live in the same index space: 0-2 generations, 3 permanent,
  /// 4-7 scratch lists of a collection.
  static let permanentHead: Int32 = 3
  static let unreachableHead: Int32 = 4
  static let finalizersHead: Int32 = 5
  static let scratchHead: Int32 = 6
  static let firstObject: Int32 = 8

  public var counts = [0, 0, 0]
  public var thresholds: [Int]
  public var automaticCollection = true
  public internal(set) var collecting = false
  public var debugFlags = 0
  public internal(set) var longLivedTotal = 0
  public internal(set) var longLivedPending = 0
  /// `gc.garbage`: a real list object the gc module holds.
  public internal(set) var garbageList: ObjectID = ObjectID(0)
  public internal(set) var stats = [CollectionStats](repeating: CollectionStats(), count: 3)
  /// Objects freed so far and collections per generation, for the screen.
  public internal(set) var freedCount = 0
  public internal(set) var liveCount = 0

  public struct CollectionStats: Sendable, Equatable {
    public var collections = 0
    public var collected = 0
    public var uncollectable = 0
  }

  // MARK: Memory

  public let allocator: Allocator
  /// Spare addresses per free list (indexed by `FreeListKind.slot`), and
  /// each list's capacity (-1: the profile has no such list).
  var spareAddresses: [[UInt64]] = Array(repeating: [], count: FreeListKind.slotCount)
  var spareCapacity: [Int] = Array(repeating: -1, count: FreeListKind.slotCount)
  /// 2.7: each code object keeps its last frame for the next call.
  var zombieFrames: [Int32: UInt64] = [:]
  /// The most objects that may be alive at once (an object bomb stops here).
  public private(set) var objectLimit = 5_000_000
  /// The object limit as given (`objectLimit` adds the objects that were
  /// alive when it was set).
  var objectLimitSetting = 5_000_000
  /// The most simulated bytes in use at once (`memoryInUse`).
  public var memoryLimit = 1 << 30
  /// Dict entries across the heap. Dict tables live beside the allocator's
  /// blocks (their addresses are not modelled), but they are memory a
  /// scenario can fill, so they count toward the memory limit.
  public internal(set) var dictEntries = 0
  /// What CPython spends on an entry: its PyDictKeyEntry (hash, key,
  /// value: 24 bytes), its index, and the int object a key or value like
  /// `d[i] = i` is (the simulator keeps ints as plain values).
  static let bytesPerDictEntry = 64

  // Reused scratch space for dealloc cascades (released in deinit).
  var deallocActions = Column<DeallocAction>()
  var deallocFrames = Column<DeallocFrame>()
  /// Whether a dealloc cascade is under way (a finalizer it called may be
  /// running lines): objects in it are half torn down.
  public var isDeallocating: Bool { deallocFrames.count > 0 }
  /// True while the dealloc loop itself releases a referent: a death found
  /// then is queued on the loop instead of starting a nested one.
  var releasingFromLoop = false

  deinit {
    refcounts.release(); kinds.release(); alive.release(); classOf.release()
    items.release(); tables.release(); dictOf.release(); dictOwner.release(); aux.release()
    addresses.release(); sizes.release(); flags.release(); generations.release()
    gcNext.release(); gcPrev.release(); gcRefs.release(); unreachableMark.release()
    deallocActions.release(); deallocFrames.release(); freeIDs.release(); trialColors.release()
    storageAddress.release(); storageSize.release(); listCapacity.release()
  }

  public init(profile: Profile) {
    self.profile = profile
    self.buffersPossibleRoots = profile.rootBufferCapacity > 0
    self.releasesListItemsInOrder = profile.releasesListItemsInOrder
    if case .evalBreaker(let runsWhenDisabled) = profile.collectionTrigger {
      schedulesCollections = true
      scheduledCollectionRunsWhenDisabled = runsWhenDisabled
    } else {
      schedulesCollections = false
      scheduledCollectionRunsWhenDisabled = false
    }
    self.thresholds = [profile.defaultThresholds.0, profile.defaultThresholds.1, profile.defaultThresholds.2]
    self.allocator = Allocator(profile.allocator)
    for _ in 0..<Int(Heap.firstObject) { appendSlot() }
    for head in 0..<Heap.firstObject { gcNext[Int(head)] = head; gcPrev[Int(head)] = head }
    prefillFreeLists()
    garbageList = makeObject(.list, size: profile.objectSizes.list, freeList: nil)
    track(garbageList)
    makeStartupPopulation()
  }

  /// Stand-ins for what the real interpreter allocated at startup: they
  /// weigh in gen-2 sizes, `gc.get_objects()`, `gc.freeze()` and the
  /// long-lived rule, and are kept alive by the interpreter itself.
  private func makeStartupPopulation() {
    let saved = automaticCollection
    automaticCollection = false
    defer { automaticCollection = saved }
    for _ in 0..<profile.startupObjects {
      let o = makeObject(.list, size: profile.objectSizes.list, freeList: nil)
      listAppend(o.raw, to: 2)
      generations[o.index] = 2
      startupIDs.append(o)
    }
    // What startup froze (3.12.1: `gc.get_freeze_count()` is 375 at once).
    for _ in 0..<profile.permanentObjectsAtStartup {
      let o = makeObject(.list, size: profile.objectSizes.list, freeList: nil)
      listAppend(o.raw, to: Heap.permanentHead)
      generations[o.index] = 3
      startupIDs.append(o)
    }
    // No full collection has run yet when the script starts: total is 0.
    longLivedTotal = 0
    counts = profile.countsAtStartup
    freedCount = 0
  }

  /// Hashes 2.7 dict keys that CPython hashes by address (unowned: the
  /// heap owns every table that holds it).
  private lazy var dictHasher = DictHasher { [unowned self] in self.addresses[$0.index] }

  /// An empty table iterating as this profile's dicts do.
  public func newTable() -> DictStorage {
    profile.dictOrder == .python27Slots ? DictStorage(order: .python27Slots, hasher: dictHasher) : DictStorage()
  }

  private func appendSlot() {
    refcounts.append(0)
    kinds.append(.instance)
    alive.append(false)
    classOf.append(-1)
    items.append([])
    tables.append(newTable())
    dictOf.append(-1)
    dictOwner.append(-1)
    aux.append(-1)
    addresses.append(0)
    sizes.append(0)
    flags.append(0)
    generations.append(-1)
    gcNext.append(-1)
    gcPrev.append(-1)
    gcRefs.append(0)
    unreachableMark.append(false)
    trialColors.append(.black)
    storageAddress.append(0)
    storageSize.append(0)
    listCapacity.append(0)
  }

  /// Puts up to `count` spares (fresh blocks) on a free list: what the
  /// interpreter left there before the script's first line.
  public func addSpares(_ kind: FreeListKind, count: Int) {
    let size = sizeForFreeList(kind)
    for _ in 0..<count where spareAddresses[kind.slot].count < spareCapacity[kind.slot] {
      spareAddresses[kind.slot].append(allocator.allocate(size))
    }
  }

  /// Startup leaves spares on some free lists (see Profile.FreeListPolicy).
  private func prefillFreeLists() {
    for (kind, policy) in profile.freeLists.sorted(by: { $0.key.slot < $1.key.slot }) {
      spareCapacity[kind.slot] = policy.capacity
      addSpares(kind, count: policy.sparesAtStartup)
    }
  }

  func sizeForFreeList(_ kind: FreeListKind) -> Int {
    let s = profile.objectSizes
    switch kind {
    case .dict: return s.dict
    case .list: return s.list
    case .tuple(let n): return s.tupleBase + s.tuplePerItem * n
    case .boundMethod: return s.boundMethod
    case .builtinMethod: return s.builtinMethod
    case .frame: return s.frameBase
    case .set: return profile.sets?.objectSize ?? 0
    }
  }

  // MARK: Queries

  public func refcount(_ id: ObjectID) -> Int { refcounts[id.index] }
  public func kind(_ id: ObjectID) -> ObjectKind { kinds[id.index] }
  public func isAlive(_ id: ObjectID) -> Bool {
    id.index < alive.count && id.raw >= Heap.firstObject && alive[id.index]
  }
  public func address(_ id: ObjectID) -> UInt64 { addresses[id.index] }
  /// Bytes requested for the object (GC header included).
  public func size(_ id: ObjectID) -> Int { sizes[id.index] }
  public func classOf(_ id: ObjectID) -> ObjectID? {
    let c = classOf[id.index]
    return c < 0 ? nil : ObjectID(c)
  }
  public func dictOf(_ id: ObjectID) -> ObjectID? {
    let d = dictOf[id.index]
    return d < 0 ? nil : ObjectID(d)
  }
  public func aux(_ id: ObjectID) -> Int32 { aux[id.index] }
  /// The live object whose `__dict__` this dict is, if any.
  public func owner(ofDict id: ObjectID) -> ObjectID? {
    let o = dictOwner[id.index]
    guard o >= 0, alive[Int(o)], dictOf[Int(o)] == id.raw else { return nil }
    return ObjectID(o)
  }
  public func label(_ id: ObjectID) -> String { labels[id.raw] ?? "" }

  // Table reads in place (reading `tables[i]` from another module copies
  // the whole table first).
  public func lookup(_ id: ObjectID, name: String) -> Value? { tables.pointer(id.index).pointee.get(name: name) }
  public func lookup(_ id: ObjectID, key: Value) -> Value? { tables.pointer(id.index).pointee.get(key) }
  public func tableCount(_ id: ObjectID) -> Int { tables[id.index].count }
  public func tableVersion(_ id: ObjectID) -> Int { tables[id.index].version }
  public func tableKeysVersion(_ id: ObjectID) -> Int { tables.pointer(id.index).pointee.keysVersion }
  public func tableEntry(_ id: ObjectID, name: String) -> Int? { tables.pointer(id.index).pointee.entry(name: name) }
  @inline(__always) public func tableValue(_ id: ObjectID, atEntry i: Int) -> Value? {
    tables.pointer(id.index).pointee.value(atEntry: i)
  }
  public func isTracked(_ id: ObjectID) -> Bool { generations[id.index] >= 0 }
  public func generation(_ id: ObjectID) -> Int? {
    let g = generations[id.index]
    return g < 0 ? nil : Int(g)
  }
  public func isFinalized(_ id: ObjectID) -> Bool { flags[id.index] & Heap.flagFinalized != 0 }
  public func isOldStyle(_ id: ObjectID) -> Bool { flags[id.index] & Heap.flagOldStyle != 0 }

  /// Every live object, in id order.
  public var liveObjects: [ObjectID] {
    var result: [ObjectID] = []
    for i in Int(Heap.firstObject)..<alive.count where alive[i] {
      result.append(ObjectID(i))
    }
    return result
  }

  /// Objects of a generation list in list order.
  public func objects(inGeneration g: Int) -> [ObjectID] {
    var result: [ObjectID] = []
    forEachInList(Int32(g)) { result.append($0) }
    return result
  }

  public var generationSizes: [Int] { (0..<3).map { listCount(Int32($0)) } }
  public var permanentCount: Int { listCount(Heap.permanentHead) }

  public func weakrefs(to id: ObjectID) -> [ObjectID] { weakrefsTo[id.raw] ?? [] }

  /// PEP 683 (3.12+): the heap objects the runtime made immortal (the
  /// shared empty tuple). They never die, so their counts go on being kept
  /// (the invariant checker still matches each reference), but what the
  /// program (`sys.getrefcount`) and the screen see is the immortal count.
  public private(set) var immortalIDs: Set<Int32> = []
  public func makeImmortal(_ id: ObjectID) { immortalIDs.insert(id.raw) }
  public func isImmortal(_ id: ObjectID) -> Bool { !immortalIDs.isEmpty && immortalIDs.contains(id.raw) }

  /// `len(gc.garbage)`.
  public var garbageCount: Int { items[garbageList.index].count }
  /// Whether `gc.garbage` holds the object.
  public func isInGarbage(_ id: ObjectID) -> Bool {
    items[garbageList.index].contains(.object(id))
  }

  // MARK: Events

  @inline(__always) func emit(_ event: @autoclosure () -> HeapEvent) {
    if let sink { sink.record(event()) }
  }

  /// Records a front-end event (output, line) in the same stream.
  public func record(_ event: HeapEvent) { sink?.record(event) }

  // MARK: Allocation

  /// Allocates an object with refcount 1, untracked. A GC allocation that
  /// does not come from a type free list bumps count0 and may start an
  /// automatic collection before the object exists, as in CPython ≤3.11
  /// (3.12+ schedule it instead).
  public func makeObject(
    _ kind: ObjectKind, size: Int, freeList: FreeListKind?, classObject: ObjectID? = nil
  ) -> ObjectID {
    var address: UInt64
    if let freeList, let spare = spareAddresses[freeList.slot].popLast() {
      address = spare
    } else {
      address = allocator.allocate(size)
      counts[0] += 1
      maybeCollectAutomatically()
    }
    return install(kind, address: address, size: size, classObject: classObject)
  }

  /// An object the real interpreter made before the scenario's first line
  /// (2.7's module frame) that the simulator makes only when it shows:
  /// its block is new, but no count moves and no collection can start.
  public func makePreexistingObject(_ kind: ObjectKind, size: Int) -> ObjectID {
    install(kind, address: allocator.allocate(size), size: size)
  }

  /// An object of a type without the GC flag (`object()`): a block of its
  /// own, refcount 1, never tracked, no generation count moved.
  public func makeUntrackedObject(_ kind: ObjectKind, size: Int) -> ObjectID {
    install(kind, address: allocator.allocate(size), size: size)
  }

  /// Gives a block its object: an id (a dead one's first), refcount 1.
  func install(_ kind: ObjectKind, address: UInt64, size: Int, classObject: ObjectID? = nil) -> ObjectID {
    var address = address
    let id: Int32
    if freeIDs.count > 0 {
      id = freeIDs[freeIDs.count - 1]
      freeIDs.removeLast()
    } else {
      id = Int32(refcounts.count)
      appendSlot()
    }
    let i = Int(id)
    refcounts[i] = 1
    kinds[i] = kind
    alive[i] = true
    flags[i] = 0
    address = address == 0 ? 1 : address
    addresses[i] = address
    sizes[i] = size
    generations[i] = -1
    liveCount += 1
    if let classObject {
      classOf[i] = classObject.raw
      incref(classObject, .create)
    }
    emit(.allocated(ObjectID(id), kind, address: address))
    return ObjectID(id)
  }

  /// Simulated bytes in use: the allocator's blocks and the dict tables.
  public var memoryInUse: Int { allocator.bytesInUse + dictEntries * Heap.bytesPerDictEntry }

  /// Whether an object or memory limit is passed (one test per line step).
  @inline(__always) public var overLimit: Bool { liveCount >= objectLimit || memoryInUse > memoryLimit }

  /// The limit passed, if any.
  public var limitReached: LimitReached? {
    if liveCount >= objectLimit { return .objects(objectLimitSetting) }
    if memoryInUse > memoryLimit { return .memory(memoryLimit) }
    return nil
  }

  /// Whether `bytes` more fit under the memory limit: an operation whose
  /// size is known before it runs (a repeat, a range list) checks first,
  /// instead of building what the limit would stop afterwards.
  public func memoryAllows(_ bytes: Int) -> Bool {
    bytes >= 0 && bytes <= memoryLimit - memoryInUse
  }

  /// Takes the run's object and memory bounds (0: none). The objects
  /// alive before the scenario runs (the interpreter's own) do not count.
  public func setLimits(objects: Int, memory: Int) {
    objectLimitSetting = objects
    objectLimit = objects == 0 ? .max : objects + liveCount
    memoryLimit = memory == 0 ? .max : memory
  }

  /// Gives an object's memory back: to its type's free list when that has
  /// room (count0 unchanged), else to the allocator (count0 - 1 if > 0).
  func releaseMemory(_ id: ObjectID, freeList: FreeListKind?) {
    let i = id.index
    let address = addresses[i]
    // A list's item array or an instance's values array goes first, also
    // before a list goes on its free list (list_dealloc, subtype_dealloc).
    releaseStorage(i)
    if let freeList, spareAddresses[freeList.slot].count < spareCapacity[freeList.slot] {
      spareAddresses[freeList.slot].append(address)
      retire(id)
      return
    }
    allocator.free(address, size: sizes[i])
    // Only GC objects count in generation 0 (strs are no GC objects).
    if counts[0] > 0 && kinds[i] != .str { counts[0] -= 1 }
    retire(id)
  }

  private func retire(_ id: ObjectID) {
    let i = id.index
    emit(.freed(id))
    alive[i] = false
    refcounts[i] = 0
    emptyItemsKeepingSmallStorage(i)
    if tables[i].count > 0 || !tables[i].keys.isEmpty {
      dictEntries -= tables[i].count
      tables[i] = newTable()
    }
    if kinds[i] == .set || kinds[i] == .frozenset { setTables[id.raw] = nil }
    dictOf[i] = -1
    dictOwner[i] = -1
    classOf[i] = -1
    aux[i] = -1
    // The kinds that carry a label (a name, a type name, a proxy's type):
    // the next object made at this id must not inherit it.
    switch kinds[i] {
    case .function, .classObject, .module, .iterator, .exception, .descriptor, .weakref, .dictView:
      labels[id.raw] = nil
    default: break
    }
    liveCount -= 1
    freedCount += 1
    recycleID(id)
  }

  func recycleID(_ id: ObjectID) { freeIDs.append(id.raw) }

  /// The largest item storage a dead object's id keeps for the next object
  /// made at that id (most instances hold a few attributes).
  static let keptItemCapacity = 8

  /// Empties an object's items; small storage stays with the id, so the
  /// next object there does not allocate for its first attributes.
  func emptyItemsKeepingSmallStorage(_ i: Int) {
    if items[i].capacity > Heap.keptItemCapacity {
      items[i] = []
    } else {
      // One at a time: removeAll(keepingCapacity:) goes through the
      // generic replaceSubrange, which costs more for so few items.
      while !items[i].isEmpty { items[i].removeLast() }
    }
  }

  /// A full collection empties the free lists that CPython clears then.
  func clearFreeLists() {
    // In the version's order, not the dictionary's (which varies per process).
    for kind in profile.freeListClearOrder {
      guard let policy = profile.freeLists[kind], policy.clearedByFullCollection else { continue }
      let spares = spareAddresses[kind.slot]
      guard !spares.isEmpty else { continue }
      let size = sizeForFreeList(kind)
      for address in spares {
        allocator.free(address, size: size)
        if counts[0] > 0 { counts[0] -= 1 }
      }
      spareAddresses[kind.slot] = []
    }
  }

  // MARK: 2.7 frames

  /// A frame for a call of `code`: the code's zombie frame, else one from
  /// the frame free list, else a new allocation (count0 + 1).
  public func makeFrame(code: Int32, slotCount: Int) -> ObjectID {
    let size = profile.objectSizes.frameBase + profile.objectSizes.framePerSlot * slotCount
    let id: ObjectID
    if let zombie = zombieFrames.removeValue(forKey: code) {
      id = makeObjectAt(zombie, kind: .frame, size: size)
    } else {
      id = makeObject(.frame, size: size, freeList: .frame)
    }
    aux[id.index] = code
    return id
  }

  private func makeObjectAt(_ address: UInt64, kind: ObjectKind, size: Int) -> ObjectID {
    spareAddresses[FreeListKind.frame.slot].append(address)
    return makeObject(kind, size: size, freeList: .frame)
  }

  // MARK: Reference counting

  public func incref(_ id: ObjectID, _ cause: RefCause) {
    refcounts[id.index] &+= 1
    if let sink { sink.record(.incref(id, count: refcounts[id.index], cause: cause)) }
  }

  // Inlinable: a value that is not an object (None, an int) costs the
  // caller one test instead of a call into this module.
  @inlinable public func incref(_ value: Value, _ cause: RefCause) {
    if case .object(let id) = value { incref(id, cause) }
  }

  @inlinable public func decref(_ value: Value, _ cause: RefCause) {
    if case .object(let id) = value { decref(id, cause) }
  }

  public func decref(_ id: ObjectID, _ cause: RefCause) {
    let rc = refcounts[id.index] &- 1
    refcounts[id.index] = rc
    if let sink { sink.record(.decref(id, count: rc, cause: cause)) }
    if rc == 0 {
      deallocate(id)
    } else if buffersPossibleRoots {
      possibleRoot(id)
    }
  }

  // MARK: Tracking

  /// `gc.freeze()`: every tracked object moves to the permanent generation.
  /// Each object moved says so (a sink shows its generation).
  public func freeze() {
    for g in 0..<3 {
      forEachInList(Int32(g)) { id in
        generations[id.index] = 3
        emit(.tracked(id, generation: 3))
      }
      listMerge(from: Int32(g), to: Heap.permanentHead)
    }
    counts[0] = 0
  }

  /// `gc.unfreeze()`: the permanent generation joins generation 2.
  public func unfreeze() {
    forEachInList(Heap.permanentHead) { id in
      generations[id.index] = 2
      emit(.tracked(id, generation: 2))
    }
    listMerge(from: Heap.permanentHead, to: 2)
  }

  public func track(_ id: ObjectID) {
    guard generations[id.index] < 0 else { return }
    listAppend(id.raw, to: 0)
    generations[id.index] = 0
    emit(.tracked(id, generation: 0))
  }

  public func untrack(_ id: ObjectID) {
    guard generations[id.index] >= 0 else { return }
    listRemove(id.raw)
    generations[id.index] = -1
    emit(.untracked(id))
  }

  // MARK: Object setup helpers for the front end

  public func setLabel(_ id: ObjectID, _ text: String) { labels[id.raw] = text }
  public func setAux(_ id: ObjectID, _ value: Int32) { aux[id.index] = value }
  /// A frame object outlives its frame: its slots are its own references.
  public func setOwnsSlots(_ id: ObjectID, _ owns: Bool = true) {
    if owns { flags[id.index] |= Heap.flagOwnsSlots } else { flags[id.index] &= ~Heap.flagOwnsSlots }
  }
  public func ownsSlots(_ id: ObjectID) -> Bool { flags[id.index] & Heap.flagOwnsSlots != 0 }
  public func setOldStyle(_ id: ObjectID) { flags[id.index] |= Heap.flagOldStyle }
  /// Marks an object the runtime made for itself (a class's mro tuple,
  /// what print keeps): the screen hides it. A new object at the same id
  /// starts unmarked.
  public func setInternal(_ id: ObjectID) { flags[id.index] |= Heap.flagInternal }
  public func isInternal(_ id: ObjectID) -> Bool { flags[id.index] & Heap.flagInternal != 0 }
  public func setHasFinalizer(_ id: ObjectID, _ value: Bool) {
    if value { flags[id.index] |= Heap.flagHasDel } else { flags[id.index] &= ~Heap.flagHasDel }
  }
  /// Whether the class object `cls` (or a base) defines `__del__`.
  public func classHasFinalizer(_ cls: ObjectID) -> Bool { flags[cls.index] & Heap.flagHasDel != 0 }

  /// What a generator's end needs: nothing (finished, or 3.x not
  /// started), closing (a GeneratorExit into its frame), or closing and,
  /// for 2.7's collector, being uncollectable (suspended inside a `try`).
  public enum GeneratorEnd: Int32, Sendable {
    case nothing = 0, close, closeUncollectable
  }

  /// (In a generator's aux's two low bits; the front end keeps the rest.)
  public func generatorEnd(_ id: ObjectID) -> GeneratorEnd {
    guard kinds[id.index] == .generator else { return .nothing }
    return GeneratorEnd(rawValue: aux[id.index] & 3) ?? .nothing
  }

  public func setGeneratorEnd(_ id: ObjectID, _ end: GeneratorEnd) {
    aux[id.index] = (aux[id.index] & ~3) | end.rawValue
  }

  public func instanceHasFinalizer(_ id: ObjectID) -> Bool {
    guard kinds[id.index] == .instance || kinds[id.index] == .exception, let cls = classOf(id) else { return false }
    return classHasFinalizer(cls)
  }

  /// What `id` references changed at `span`: logged for a recorder that
  /// watches slots, then the event every sink gets.
  @inline(__always) func referencesChanged(_ id: ObjectID, _ span: SlotSpan) {
    slotLog?.record(id, span)
    emit(.referencesChanged(id))
  }

  /// Replaces the item storage of a fresh object (no refcount changes).
  public func setItems(_ id: ObjectID, _ values: [Value]) {
    items[id.index] = values
    if kinds[id.index] == .list { listItemsChanged(id.index, previousCount: 0, fresh: true) }
    referencesChanged(id, .all)
  }
  public func setDict(_ id: ObjectID, _ dict: ObjectID?) {
    dictOf[id.index] = dict?.raw ?? -1
    if let dict { dictOwner[dict.index] = id.raw }
    referencesChanged(id, .all)
  }
  /// Changes the items in `body`, which changes only `span` of them
  /// (default: any, so all are read again): an append says it touches the
  /// slots from the old count on, a store its index.
  public func withItems<R>(_ id: ObjectID, changing span: SlotSpan = .all, _ body: (inout [Value]) -> R) -> R {
    let count = items[id.index].count
    defer {
      if kinds[id.index] == .list { listItemsChanged(id.index, previousCount: count) }
      referencesChanged(id, span)
    }
    return body(&items[id.index])
  }
  /// Appends `value` to the items (no refcount changes).
  public func appendItem(_ id: ObjectID, _ value: Value) {
    let count = items[id.index].count
    withItems(id, changing: SlotSpan(count, andAfter: true)) { $0.append(value) }
  }
  /// Puts `value` at item `index` (the items grow with `filler` up to it)
  /// and returns what was there; no refcount changes.
  public func replaceItem(_ id: ObjectID, at index: Int, with value: Value, filling filler: Value) -> Value {
    let slot = items.pointer(id.index)
    let old: Value
    let count = slot.pointee.count
    if index < count {
      old = slot.pointee[index]
      slot.pointee[index] = value
    } else {
      // A new attribute (the common case: objects are filled once): one
      // append instead of appending a filler and overwriting it.
      while slot.pointee.count < index { slot.pointee.append(filler) }
      slot.pointee.append(value)
      old = filler
    }
    referencesChanged(id, SlotSpan(min(index, count), andAfter: index >= count))
    return old
  }
  /// Changes a dict's (or namespace's) table; while a recorder watches
  /// slots, the table logs the positions it changes.
  public func withTable<R>(_ id: ObjectID, _ body: (inout DictStorage) -> R) -> R {
    let before = tables[id.index].count
    if let slotLog {
      slotLog.table = id
      tables.pointer(id.index).pointee.changeLog = slotLog
    }
    defer {
      if slotLog != nil { tables.pointer(id.index).pointee.changeLog = nil }
      dictEntries += tables[id.index].count - before
      emit(.referencesChanged(id))
    }
    return body(&tables[id.index])
  }

  /// The position just after the first `n` live entries of `id`'s table
  /// (its position count if it has fewer).
  public func tablePosition(_ id: ObjectID, afterLiveEntries n: Int) -> Int {
    let table = tables.pointer(id.index)
    var position = 0
    for _ in 0..<n {
      guard let (_, next) = table.pointee.nextKey(from: position) else { return table.pointee.positionCount }
      position = next
    }
    return position
  }

  /// How many positions `id`'s table iterates (see `DictStorage.positionCount`).
  public func tablePositionCount(_ id: ObjectID) -> Int { tables.pointer(id.index).pointee.positionCount }

  /// The live entries of `id`'s table at `positions`, with their positions.
  public func forEachTableEntry(_ id: ObjectID, in positions: Range<Int>, _ body: (Int, Value, Value) -> Void) {
    tables.pointer(id.index).pointee.forEachEntry(in: positions, body)
  }

  public func addWeakref(_ weakref: ObjectID, to referent: ObjectID) {
    aux[weakref.index] = referent.raw
    weakrefsTo[referent.raw, default: []].append(weakref)
    flags[referent.index] |= Heap.flagHasWeakrefs
  }

  /// The referent of a weakref, if it is still alive.
  public func weakrefTarget(_ weakref: ObjectID) -> ObjectID? {
    let r = aux[weakref.index]
    return r < 0 ? nil : ObjectID(r)
  }

  func removeWeakref(_ weakref: ObjectID) {
    let r = aux[weakref.index]
    guard r >= 0 else { return }
    weakrefsTo[r]?.removeAll { $0 == weakref }
    if weakrefsTo[r]?.isEmpty == true { weakrefsTo[r] = nil }
    aux[weakref.index] = -1
  }

  // MARK: Linked generation lists (like PyGC_Head's links)

  @inline(__always) func listAppend(_ x: Int32, to head: Int32) {
    let last = gcPrev[Int(head)]
    gcNext[Int(last)] = x
    gcPrev[Int(x)] = last
    gcNext[Int(x)] = head
    gcPrev[Int(head)] = x
  }

  @inline(__always) func listRemove(_ x: Int32) {
    let p = gcPrev[Int(x)]
    let n = gcNext[Int(x)]
    gcNext[Int(p)] = n
    gcPrev[Int(n)] = p
    gcNext[Int(x)] = -1
    gcPrev[Int(x)] = -1
  }

  @inline(__always) func listMove(_ x: Int32, to head: Int32) {
    listRemove(x)
    listAppend(x, to: head)
  }

  /// Appends all of `from` to the end of `to`, leaving `from` empty.
  func listMerge(from: Int32, to: Int32) {
    guard !listIsEmpty(from) else { return }
    let first = gcNext[Int(from)]
    let last = gcPrev[Int(from)]
    let toLast = gcPrev[Int(to)]
    gcNext[Int(toLast)] = first
    gcPrev[Int(first)] = toLast
    gcNext[Int(last)] = to
    gcPrev[Int(to)] = last
    gcNext[Int(from)] = from
    gcPrev[Int(from)] = from
  }

  @inline(__always) func listIsEmpty(_ head: Int32) -> Bool { gcNext[Int(head)] == head }

  func listCount(_ head: Int32) -> Int {
    var n = 0
    var x = gcNext[Int(head)]
    while x != head {
      n += 1
      x = gcNext[Int(x)]
    }
    return n
  }

  func forEachInList(_ head: Int32, _ body: (ObjectID) -> Void) {
    var x = gcNext[Int(head)]
    while x != head {
      let next = gcNext[Int(x)]
      body(ObjectID(x))
      x = next
    }
  }
}
