/// CPython's cycle collector (Modules/gcmodule.c) on the simulated heap, as a
/// sequence of phases. `Collection.step()` runs one phase and reports it, so
/// a caller can stop between phases; `Heap.collect` runs them all.
public final class Collection {
  public enum Stage: Int, Sendable, CaseIterable {
    case start, updateRefs, subtractRefs, moveUnreachable, promote, legacyFinalizers
    case debugCollectable, weakrefs, finalize, resurrection, deleteGarbage, uncollectable, finish
  }

  public let generation: Int
  public let automatic: Bool
  public private(set) var stage: Stage = .start
  /// m: objects found unreachable and collected; n: uncollectable.
  public private(set) var collected = 0
  public private(set) var uncollectable = 0
  public private(set) var isFinished = false
  /// How many `__del__` ran in the finalize phase (none: nobody can have
  /// been resurrected, and the recount would find what it started with).
  public private(set) var finalizersRun = 0
  unowned let heap: Heap
  let young: Int32
  let old: Int32

  init(heap: Heap, generation: Int, automatic: Bool) {
    self.heap = heap
    self.generation = generation
    self.automatic = automatic
    self.young = Int32(generation)
    self.old = generation < 2 ? Int32(generation + 1) : Int32(generation)
  }

  /// Runs the next phase; returns false once the collection is over.
  @discardableResult
  public func step() -> Bool {
    guard !isFinished else { return false }
    switch stage {
    case .start: heap.startCollection(self)
    case .updateRefs: heap.updateRefs(young)
    case .subtractRefs: heap.subtractRefs(young)
    case .moveUnreachable: heap.moveUnreachable(young, to: Heap.unreachableHead)
    case .promote: heap.promoteSurvivors(self)
    case .legacyFinalizers: heap.moveLegacyFinalizers()
    case .debugCollectable: collected += heap.reportCollectable()
    case .weakrefs: collected += heap.handleWeakrefs(old: old)
    case .finalize: finalizersRun = heap.finalizeGarbage()
    case .resurrection: collected += heap.handleResurrected(old: old, finalizersRan: finalizersRun > 0)
    case .deleteGarbage: heap.deleteGarbage(old: old)
    case .uncollectable: uncollectable = heap.handleUncollectable(old: old)
    case .finish:
      heap.finishCollection(self)
      isFinished = true
      return false
    }
    stage = Stage(rawValue: stage.rawValue + 1)!
    return true
  }
}

extension Heap {
  /// `gc.collect(generation)`: 0 when a collection is already running.
  public func collect(generation: Int) -> Int {
    guard !collecting else { return 0 }
    collecting = true
    defer { collecting = false }
    return runCollection(generation: generation, automatic: false)
  }

  /// Starts a collection that the caller steps through (tests, the timeline).
  public func beginCollection(generation: Int) -> Collection {
    Collection(heap: self, generation: generation, automatic: false)
  }

  func runCollection(generation: Int, automatic: Bool) -> Int {
    let collection = Collection(heap: self, generation: generation, automatic: automatic)
    while collection.step() {}
    return collection.collected + collection.uncollectable
  }

  /// `_PyObject_GC_Link`'s test after count0 grew: collect now (≤3.11), or
  /// schedule the collection for the eval breaker (3.12 `_Py_ScheduleGC`).
  func maybeCollectAutomatically() {
    guard counts[0] > thresholds[0], automaticCollection, thresholds[0] != 0, !collecting,
      !(host?.exceptionPending ?? false)
    else { return }
    if schedulesCollections {
      collectionScheduled = true
      return
    }
    collecting = true
    defer { collecting = false }
    collectGenerations()
  }

  /// 3.12 `_Py_RunGC`, from the interpreter's eval-breaker check: the
  /// generation is chosen from the counts now, so nothing may be collected
  /// at all (objects died since, or `gc.set_threshold` raised the bar).
  public func runScheduledCollection() {
    collectionScheduled = false
    // 3.12.1 does not look at `enabled` here; a collection under way
    // cannot nest (its reset counts leave nothing over threshold anyway).
    guard automaticCollection || scheduledCollectionRunsWhenDisabled, !collecting else { return }
    collecting = true
    defer { collecting = false }
    collectGenerations()
  }

  /// collect_generations: the oldest generation over its threshold, but
  /// generation 2 only once enough long-lived objects are pending.
  func collectGenerations() {
    for g in stride(from: 2, through: 0, by: -1) where counts[g] > thresholds[g] {
      if g == 2 && longLivedPending < longLivedTotal / 4 { continue }
      _ = runCollection(generation: g, automatic: true)
      break
    }
  }

  // MARK: Phases

  func startCollection(_ c: Collection) {
    let g = c.generation
    collectionHooks?.collectionWillStart(generation: g)
    if debugFlags & GCDebug.stats != 0 {
      var text = "gc: collecting generation \(g)...\n"
      text += "gc: objects in each generation: \(generationSizes.map(String.init).joined(separator: " "))\n"
      if profile.hasPermanentGeneration {
        text += "gc: objects in permanent generation: \(permanentCount)\n"
      }
      host?.writeCollectorMessage(text)
    }
    emit(.collectionStarted(generation: g, automatic: c.automatic))
    if g + 1 < 3 { counts[g + 1] += 1 }
    for i in 0...g { counts[i] = 0 }
    // Younger generations join the one collected (gen 0 first, then gen 1).
    for i in 0..<g { listMerge(from: Int32(i), to: Int32(g)) }
    forEachInList(Int32(g)) { generations[$0.index] = Int8(g) }
  }

  /// gc_refs := refcount for every candidate.
  func updateRefs(_ young: Int32) {
    emit(.phase(.updateRefs))
    forEachInList(young) { id in
      let i = id.index
      gcRefs[i] = refcounts[i]
      flags[i] |= Heap.flagCollecting
      emit(.gcRefs(id, gcRefs[i]))
    }
  }

  /// Subtract the references candidates hold to each other: what is left
  /// counts references from outside the generation.
  func subtractRefs(_ young: Int32) {
    emit(.phase(.subtractRefs))
    forEachInList(young) { id in
      forEachReferent(id) { target in
        let t = target.index
        if flags[t] & Heap.flagCollecting != 0 && generations[t] >= 0 {
          gcRefs[t] -= 1
          emit(.gcRefs(target, gcRefs[t]))
        }
      }
    }
  }

  /// Walk the candidates in order: one referenced from outside is reachable
  /// and so is all it reaches; gc_refs 0 is tentatively unreachable and may
  /// be moved back when something reachable later refers to it.
  func moveUnreachable(_ young: Int32, to unreachable: Int32) {
    emit(.phase(.moveUnreachable))
    var x = gcNext[Int(young)]
    while x != young {
      let i = Int(x)
      let next: Int32
      if gcRefs[i] > 0 {
        emit(.reachable(ObjectID(x)))
        forEachReferent(ObjectID(x)) { target in
          let t = target.index
          guard flags[t] & Heap.flagCollecting != 0, generations[t] >= 0 else { return }
          if gcRefs[t] == 0 {
            gcRefs[t] = 1
            if unreachableMark[t] {
              unreachableMark[t] = false
              listMove(target.raw, to: young)
            }
          }
        }
        flags[i] &= ~Heap.flagCollecting
        next = gcNext[i]
      } else {
        next = gcNext[i]
        listMove(x, to: unreachable)
        unreachableMark[i] = true
        emit(.unreachable(ObjectID(x)))
      }
      x = next
    }
    // Tuples whose items need no tracking leave the collector's view.
    forEachInList(young) { id in
      if kinds[id.index] == .tuple { maybeUntrackTuple(id) }
    }
  }

  func clearUnreachableMarks(_ list: Int32) {
    forEachInList(list) { unreachableMark[$0.index] = false }
  }

  func promoteSurvivors(_ c: Collection) {
    emit(.phase(.promote))
    let survivors = listCount(c.young)
    if c.young != c.old {
      if c.generation == 1 { longLivedPending += survivors }
      forEachInList(c.young) { generations[$0.index] = Int8(c.old) }
      listMerge(from: c.young, to: c.old)
    } else {
      forEachInList(c.young) { id in
        if kinds[id.index] == .dict { maybeUntrackDict(id) }
      }
      longLivedPending = 0
      longLivedTotal = listCount(c.young)
    }
    emit(.promoted(count: survivors, toGeneration: Int(c.old)))
  }

  /// 2.7: unreachable objects with `__del__`, and all they reach, cannot be
  /// collected (in what order would the finalizers run?).
  func moveLegacyFinalizers() {
    emit(.phase(.legacyFinalizers))
    defer { clearUnreachableMarks(Heap.unreachableHead) }
    guard profile.finalizers == .legacyUncollectable else { return }
    forEachInList(Heap.unreachableHead) { id in
      if hasLegacyFinalizer(id) {
        unreachableMark[id.index] = false
        listMove(id.raw, to: Heap.finalizersHead)
      }
    }
    // Everything reachable from them is appended in traversal order, and
    // what is appended is traversed in turn (move_finalizer_reachable walks
    // the list as it grows): a finalizer keeps its whole cycle.
    var x = gcNext[Int(Heap.finalizersHead)]
    while x != Heap.finalizersHead {
      forEachReferent(ObjectID(x)) { target in
        let t = target.index
        if unreachableMark[t] {
          unreachableMark[t] = false
          listMove(target.raw, to: Heap.finalizersHead)
        }
      }
      x = gcNext[Int(x)]
    }
    forEachInList(Heap.finalizersHead) { flags[$0.index] &= ~Heap.flagCollecting }
  }

  /// 2.7's has_finalizer: an instance whose class has `__del__`, or a
  /// generator suspended inside a `try` (PyGen_NeedsFinalizing).
  func hasLegacyFinalizer(_ id: ObjectID) -> Bool {
    guard profile.finalizers == .legacyUncollectable else { return false }
    if kinds[id.index] == .generator { return generatorEnd(id) == .closeUncollectable }
    return instanceHasFinalizer(id)
  }

  /// DEBUG_COLLECTABLE lines; returns how many objects are unreachable.
  func reportCollectable() -> Int {
    var m = 0
    forEachInList(Heap.unreachableHead) { id in
      m += 1
      if debugFlags & GCDebug.collectable != 0 { debugLine("collectable", id) }
    }
    return profile.finalizers == .legacyUncollectable ? m : 0
  }

  func debugLine(_ message: String, _ id: ObjectID) {
    let address = "0x" + String(addresses[id.index], radix: 16)
    switch profile.debugLines {
    case .everyObject:
      host?.writeCollectorMessage("gc: \(message) <\(typeName(id)) \(address)>\n")
    case .gatedByInstancesOrObjects:
      if debugFlags & GCDebug.instances != 0 && kinds[id.index] == .instance && isOldStyle(id) {
        let cname = classOf(id).map { label($0) } ?? "?"
        host?.writeCollectorMessage("gc: \(message) <\(cname) instance at \(address)>\n")
      } else if debugFlags & GCDebug.objects != 0 {
        host?.writeCollectorMessage("gc: \(message) <\(typeName(id)) \(address)>\n")
      }
    }
  }

  /// The C type name CPython prints (`tp_name`).
  public func typeName(_ id: ObjectID) -> String {
    switch kinds[id.index] {
    case .instance:
      if isOldStyle(id) { return "instance" }
      return classOf(id).map { label($0) } ?? "object"
    case .dict: return "dict"
    case .list: return "list"
    case .tuple: return "tuple"
    case .function: return "function"
    case .classObject: return isOldStyle(id) ? "classobj" : "type"
    case .module: return "module"
    case .boundMethod: return profile.pythonMajorVersion == 2 ? "instancemethod" : "method"
    case .frame: return "frame"
    case .weakref:
      // A proxy carries its type's name as its label.
      if let name = labels[id.raw] { return name }
      return profile.pythonMajorVersion == 2 ? "weakref" : "weakref.ReferenceType"
    case .iterator:
      if let name = labels[id.raw] { return name }
      return profile.pythonMajorVersion == 2 ? "listiterator" : "list_iterator"
    case .builtinMethod: return "builtin_function_or_method"
    case .str: return "str"
    case .exception: return labels[id.raw] ?? "Exception"
    case .traceback: return "traceback"
    case .cell: return "cell"
    case .descriptor: return labels[id.raw] ?? "staticmethod"
    case .generator: return "generator"
    case .superObject: return "super"
    case .dictView: return labels[id.raw] ?? "dict_keys"
    case .set: return "set"
    case .frozenset: return "frozenset"
    case .plainObject: return "object"
    }
  }

  /// Clear weakrefs to unreachable objects; call the callbacks of weakrefs
  /// that are not garbage themselves. Returns weakrefs freed by doing so.
  func handleWeakrefs(old: Int32) -> Int {
    emit(.phase(.weakrefs))
    var toCall: [(ObjectID, Value)] = []
    forEachInList(Heap.unreachableHead) { id in
      guard flags[id.index] & Heap.flagHasWeakrefs != 0, let refs = weakrefsTo.removeValue(forKey: id.raw) else {
        return
      }
      for w in refs {
        aux[w.index] = -1
        emit(.referencesChanged(w))
        let inUnreachable = generations[w.index] >= 0 && flags[w.index] & Heap.flagCollecting != 0
        if inUnreachable { continue }
        if let cb = items[w.index].first, cb != .none {
          incref(w, .collector)
          toCall.append((w, cb))
        }
      }
    }
    var freed = 0
    for (w, cb) in toCall {
      runHostCode { host?.callWeakrefCallback(cb, weakref: w) }
      if refcounts[w.index] == 1 { freed += 1 }
      decref(w, .collector)
    }
    return freed
  }

  /// 3.x (PEP 442): call `__del__` once on each unreachable object.
  @discardableResult
  func finalizeGarbage() -> Int {
    emit(.phase(.finalize))
    guard profile.finalizers == .pep442 else { return 0 }
    // Most collections have no `__del__` to run: then no snapshot of the
    // list is needed (nothing changes before the first finalizer runs).
    var anyToFinalize = false
    forEachInList(Heap.unreachableHead) { id in
      if !anyToFinalize && needsFinalizer(id) { anyToFinalize = true }
    }
    guard anyToFinalize else { return 0 }
    var ran = 0
    var pending: [ObjectID] = []
    forEachInList(Heap.unreachableHead) { pending.append($0) }
    for id in pending {
      guard needsFinalizer(id) else { continue }
      let i = id.index
      flags[i] |= Heap.flagFinalized
      incref(id, .collector)
      emit(.finalizerCalled(id))
      runHostCode { host?.callFinalizer(id) }
      decref(id, .collector)
      ran += 1
    }
    return ran
  }

  /// Whether the finalize phase calls `__del__` on `id` now.
  private func needsFinalizer(_ id: ObjectID) -> Bool {
    let i = id.index
    return alive[i] && generations[i] >= 0 && flags[i] & Heap.flagFinalized == 0
      && (instanceHasFinalizer(id) || generatorEnd(id) != .nothing)
  }

  /// 3.x: finalizers may have made objects reachable again; those (and what
  /// they reach) survive. Returns the size of what stays unreachable.
  func handleResurrected(old: Int32, finalizersRan: Bool) -> Int {
    emit(.phase(.resurrection))
    guard profile.finalizers == .pep442 else { return 0 }
    let list = Heap.unreachableHead
    guard finalizersRan else { return listCount(list) }
    forEachInList(list) { flags[$0.index] |= Heap.flagCollecting }
    updateRefs(list)
    subtractRefs(list)
    moveUnreachable(list, to: Heap.scratchHead)
    clearUnreachableMarks(Heap.scratchHead)
    forEachInList(list) { id in
      emit(.resurrected(id))
      generations[id.index] = Int8(old)
    }
    listMerge(from: list, to: old)
    listMerge(from: Heap.scratchHead, to: list)
    return listCount(list)
  }

  /// Break the cycles: clear each object (or, with DEBUG_SAVEALL, keep it
  /// in gc.garbage); refcounting then frees them.
  func deleteGarbage(old: Int32) {
    emit(.phase(.deleteGarbage))
    let list = Heap.unreachableHead
    while !listIsEmpty(list) {
      let x = gcNext[Int(list)]
      let id = ObjectID(x)
      if debugFlags & GCDebug.saveAll != 0 {
        appendToGarbage(id)
      } else {
        incref(id, .collector)
        emit(.cleared(id))
        clearReferences(id)
        decref(id, .collector)
      }
      if gcNext[Int(list)] == x {
        // Still alive after its clear: it may die later.
        flags[Int(x)] &= ~Heap.flagCollecting
        listMove(x, to: old)
        generations[Int(x)] = Int8(old)
      }
    }
  }

  /// n = what the legacy finalizers kept; DEBUG_UNCOLLECTABLE lines, then
  /// the objects with `__del__` (all with DEBUG_SAVEALL) join gc.garbage.
  func handleUncollectable(old: Int32) -> Int {
    emit(.phase(.uncollectable))
    var n = 0
    forEachInList(Heap.finalizersHead) { id in
      n += 1
      if debugFlags & GCDebug.uncollectable != 0 { debugLine("uncollectable", id) }
    }
    forEachInList(Heap.finalizersHead) { id in
      if debugFlags & GCDebug.saveAll != 0 || hasLegacyFinalizer(id) { appendToGarbage(id) }
    }
    forEachInList(Heap.finalizersHead) { generations[$0.index] = Int8(old) }
    listMerge(from: Heap.finalizersHead, to: old)
    return n
  }

  func finishCollection(_ c: Collection) {
    let m = c.collected
    let n = c.uncollectable
    if debugFlags & GCDebug.stats != 0 {
      if profile.pythonMajorVersion == 2 {
        if m == 0 && n == 0 {
          host?.writeCollectorMessage("gc: done, 0.0000s elapsed.\n")
        } else {
          host?.writeCollectorMessage("gc: done, \(m + n) unreachable, \(n) uncollectable, 0.0000s elapsed.\n")
        }
      } else {
        host?.writeCollectorMessage("gc: done, \(m + n) unreachable, \(n) uncollectable, 0.0000s elapsed\n")
      }
    }
    if c.generation == 2 { clearFreeLists() }
    stats[c.generation].collections += 1
    stats[c.generation].collected += m
    stats[c.generation].uncollectable += n
    emit(.collectionFinished(generation: c.generation, collected: m, uncollectable: n))
    collectionHooks?.collectionDidFinish(generation: c.generation, collected: m, uncollectable: n)
  }

  func appendToGarbage(_ id: ObjectID) {
    incref(id, .container)
    items[garbageList.index].append(.object(id))
    emit(.referencesChanged(garbageList))
    emit(.addedToGarbage(id))
  }

  // MARK: Traversal and clearing (tp_traverse / tp_clear)

  /// The objects `id` references, in the order its type's traverse visits them.
  @inline(__always) public func forEachReferent(_ id: ObjectID, _ body: (ObjectID) -> Void) {
    let i = id.index
    switch kinds[i] {
    case .instance:
      if flags[i] & Heap.flagOldStyle != 0 {
        if classOf[i] >= 0 { body(ObjectID(classOf[i])) }
        if dictOf[i] >= 0 { body(ObjectID(dictOf[i])) }
      } else {
        for v in items[i] { if case .object(let o) = v { body(o) } }
        if dictOf[i] >= 0 { body(ObjectID(dictOf[i])) }
        if classOf[i] >= 0 { body(ObjectID(classOf[i])) }
      }
    case .dict:
      let visitsKeys = profile.dictTraverseVisitsKeys
      for (k, v) in tables[i].entries {
        if visitsKeys, case .object(let o) = k { body(o) }
        if case .object(let o) = v { body(o) }
      }
    case .weakref:
      if let cb = items[i].first, case .object(let o) = cb { body(o) }
    case .list, .tuple:
      // list_traverse and tupletraverse visit the items last to first.
      for v in items[i].reversed() { if case .object(let o) = v { body(o) } }
    case .exception:
      if dictOf[i] >= 0 { body(ObjectID(dictOf[i])) }
      for v in items[i] { if case .object(let o) = v { body(o) } }
      if classOf[i] >= 0 { body(ObjectID(classOf[i])) }
    default:
      for v in items[i] { if case .object(let o) = v { body(o) } }
      if dictOf[i] >= 0 { body(ObjectID(dictOf[i])) }
    }
  }

  /// Everything `id`'s traverse visits, ints and strings included
  /// (`gc.get_referents` reports those too).
  public func referentValues(_ id: ObjectID) -> [Value] {
    let i = id.index
    switch kinds[i] {
    case .str: return []
    case .list, .tuple: return items[i].reversed()
    case .instance where flags[i] & Heap.flagOldStyle == 0:
      // 3.11's inline values are visited whatever they hold (strs and ints
      // too), skipping empty slots (the front end's marker values), then
      // the dict and the class.
      var values = items[i].filter { if case .native(let raw) = $0 { raw > 0 } else { true } }
      if dictOf[i] >= 0 { values.append(.object(ObjectID(dictOf[i]))) }
      if classOf[i] >= 0 { values.append(.object(ObjectID(classOf[i]))) }
      return values
    case .set, .frozenset: return setKeys(id)
    case .dict:
      var values: [Value] = []
      for (k, v) in tables[i].entries {
        if profile.dictTraverseVisitsKeys { values.append(k) }
        values.append(v)
      }
      return values
    default:
      var values: [Value] = []
      forEachReferent(id) { values.append(.object($0)) }
      return values
    }
  }

  /// tp_clear: drop the references that can form cycles.
  func clearReferences(_ id: ObjectID) {
    let i = id.index
    emit(.referencesChanged(id))
    switch kinds[i] {
    case .instance:
      if flags[i] & Heap.flagOldStyle != 0 { return }  // 2.7 instances rely on their dict's clear
      if dictOf[i] >= 0 {
        let d = ObjectID(dictOf[i])
        dictOf[i] = -1
        decref(d, .collector)
      }
      var values: [Value] = []
      swap(&values, &items[i])
      for v in values { decref(v, .collector) }
      // Give the storage back unless something stored meanwhile.
      if items[i].isEmpty && items[i].capacity == 0 && values.capacity <= Heap.keptItemCapacity {
        while !values.isEmpty { values.removeLast() }
        swap(&values, &items[i])
      }
    case .dict:
      let entries = tables[i].entries
      dictEntries -= tables[i].count
      tables[i] = newTable()
      for (k, v) in entries {
        decref(k, .collector)
        decref(v, .collector)
      }
    case .list:
      let values = items[i]
      items[i] = []
      for v in values.reversed() { decref(v, .collector) }
      releaseStorage(i)
    case .weakref:
      removeWeakref(id)
      let values = items[i]
      items[i] = []
      for v in values { decref(v, .collector) }
    case .function, .frame, .classObject, .module, .descriptor:
      // A cleared frame owns nothing (2.7: its generator is no longer
      // suspended, f_stacktop NULL).
      if kinds[i] == .frame { flags[i] &= ~Heap.flagOwnsSlots }
      let values = items[i]
      items[i] = []
      for v in values { decref(v, .collector) }
      if dictOf[i] >= 0 {
        let d = ObjectID(dictOf[i])
        dictOf[i] = -1
        decref(d, .collector)
      }
    case .exception:
      // BaseException_clear: the dict first, then the slots.
      if dictOf[i] >= 0 {
        let d = ObjectID(dictOf[i])
        dictOf[i] = -1
        decref(d, .collector)
      }
      let values = items[i]
      items[i] = []
      for v in values { decref(v, .collector) }
    case .set, .frozenset:
      setClear(id, .collector)
    case .traceback, .cell:
      let values = items[i]
      items[i] = []
      for v in values { decref(v, .collector) }
    case .tuple, .boundMethod, .iterator, .builtinMethod, .str, .generator, .superObject, .dictView, .plainObject:
      // (A generator has no tp_clear: its frame's references stay.)
      return
    }
  }

  // MARK: Untracking containers that cannot be part of a cycle

  /// Whether an object could be part of a cycle (tuples only once examined).
  func mayBeTracked(_ value: Value) -> Bool {
    guard case .object(let o) = value else { return false }
    return kinds[o.index] != .tuple || generations[o.index] >= 0
  }

  func maybeUntrackTuple(_ id: ObjectID) {
    for v in items[id.index] where mayBeTracked(v) { return }
    untrack(id)
  }

  func maybeUntrackDict(_ id: ObjectID) {
    for (k, v) in tables[id.index].entries where mayBeTracked(k) || mayBeTracked(v) { return }
    untrack(id)
  }

  /// A dict starts untracked and is tracked when it first holds something
  /// that may be tracked (MAINTAIN_TRACKING in dictobject.c).
  public func dictDidStore(_ dict: ObjectID, key: Value, value: Value) {
    if generations[dict.index] < 0 && (mayBeTracked(key) || mayBeTracked(value)) { track(dict) }
  }
}

/// `gc.DEBUG_*` flag values.
public enum GCDebug {
  public static let stats = 1
  public static let collectable = 2
  public static let uncollectable = 4
  public static let instances = 8
  public static let objects = 16
  public static let saveAll = 32
}

/// 3.x `gc.callbacks`: told when a collection starts and stops.
public protocol CollectionHooks: AnyObject {
  func collectionWillStart(generation: Int)
  func collectionDidFinish(generation: Int, collected: Int, uncollectable: Int)
}
