/// One step of tearing an object down. A dead object's steps run in order;
/// a release that kills another object runs that object's steps first, so
/// the order is CPython's depth-first one, but on an explicit stack: freeing
/// a million-long chain does not grow the Swift stack.
enum DeallocAction {
  case release(ObjectID)
  case freeMemory(ObjectID, FreeListKind?)
  case freeFrame(ObjectID)
}

struct DeallocFrame {
  var start: Int
  var cursor: Int
  var end: Int
}

extension Heap {
  /// Called when a refcount reaches zero.
  func deallocate(_ id: ObjectID) {
    let base = deallocFrames.count
    beginDealloc(id)
    if releasingFromLoop { return }  // the running loop continues with it
    runDeallocLoop(downTo: base)
  }

  private func runDeallocLoop(downTo base: Int) {
    let saved = releasingFromLoop
    defer { releasingFromLoop = saved }
    while deallocFrames.count > base {
      let top = deallocFrames.count - 1
      let frame = deallocFrames[top]
      if frame.cursor == frame.end {
        deallocFrames.removeLast()
        deallocActions.removeLast(deallocActions.count - frame.start)
        continue
      }
      deallocFrames[top].cursor += 1
      switch deallocActions[frame.cursor] {
      case .release(let target):
        releasingFromLoop = true
        decref(target, .release)
        releasingFromLoop = false
      case .freeMemory(let target, let freeList):
        releaseMemory(target, freeList: freeList)
      case .freeFrame(let target):
        releaseFrameMemory(target)
      }
    }
  }

  /// Runs a piece of host code (finalizer, callback) with ordinary,
  /// immediate deallocation semantics inside it.
  func runHostCode(_ body: () -> Void) {
    let saved = releasingFromLoop
    releasingFromLoop = false
    body()
    releasingFromLoop = saved
  }

  private func pushReleases(of values: [Value], reversed: Bool, then tail: DeallocAction...) {
    let start = deallocActions.count
    if reversed {
      for v in values.reversed() { if case .object(let o) = v { deallocActions.append(.release(o)) } }
    } else {
      for v in values { if case .object(let o) = v { deallocActions.append(.release(o)) } }
    }
    for action in tail { deallocActions.append(action) }
    deallocFrames.append(DeallocFrame(start: start, cursor: start, end: deallocActions.count))
  }

  private func beginDealloc(_ id: ObjectID) {
    let i = id.index
    if flags[i] & Heap.flagBuffered != 0 {
      // A dead root leaves the buffer at once (PHP does the same).
      removeFromRoots(id)
      setTrialColor(id, .black)
    }
    switch kinds[i] {
    case .instance:
      beginInstanceDealloc(id)
    case .dict:
      untrack(id)
      var values: [Value] = []
      for (k, v) in tables[i].entries {
        values.append(k)
        values.append(v)
      }
      pushReleases(of: values, reversed: false, then: .freeMemory(id, .dict))
    case .list:
      untrack(id)
      pushReleases(of: items[i], reversed: !releasesListItemsInOrder, then: .freeMemory(id, .list))
    case .tuple:
      untrack(id)
      let n = items[i].count
      pushReleases(of: items[i], reversed: true, then: .freeMemory(id, n > 0 && n < 20 ? .tuple(n) : nil))
    case .boundMethod:
      // method_dealloc: its weak references go before the function and self.
      untrack(id)
      clearWeakrefs(id)
      pushReleases(of: items[i], reversed: false, then: .freeMemory(id, .boundMethod))
    case .builtinMethod:
      untrack(id)
      pushReleases(of: items[i], reversed: false, then: .freeMemory(id, .builtinMethod))
    case .frame:
      untrack(id)
      pushReleases(of: items[i], reversed: false, then: .freeFrame(id))
    case .weakref:
      untrack(id)
      removeWeakref(id)
      pushReleases(of: items[i], reversed: false, then: .freeMemory(id, nil))
    case .str, .plainObject:
      pushReleases(of: [], reversed: false, then: .freeMemory(id, nil))
    case .exception:
      // A user subclass's __del__ first, as subtype_dealloc calls it
      // (it may revive the exception); then BaseException_clear: the
      // dict, then args, traceback, cause, context (2.7: args, message);
      // a subclass's type after the memory.
      untrack(id)
      if !finalizeBeforeDealloc(id) { return }
      var values: [Value] = dictOf[i] >= 0 ? [.object(ObjectID(dictOf[i]))] : []
      values += items[i]
      let cls = classOf[i]
      classOf[i] = -1
      if cls >= 0 {
        pushReleases(of: values, reversed: false, then: .freeMemory(id, nil), .release(ObjectID(cls)))
      } else {
        pushReleases(of: values, reversed: false, then: .freeMemory(id, nil))
      }
    case .set, .frozenset:
      // set_dealloc: the keys in slot order, then the table, the object.
      untrack(id)
      clearWeakrefs(id)
      pushReleases(of: setKeys(id), reversed: false, then: .freeMemory(id, .set))
    case .traceback, .cell, .superObject, .dictView:
      untrack(id)
      pushReleases(of: items[i], reversed: false, then: .freeMemory(id, nil))
    case .generator:
      beginGeneratorDealloc(id)
    case .function, .classObject, .module, .iterator, .descriptor:
      untrack(id)
      clearWeakrefs(id)
      var values = items[i]
      if dictOf[i] >= 0 { values.append(.object(ObjectID(dictOf[i]))) }
      pushReleases(of: values, reversed: false, then: .freeMemory(id, nil))
    }
  }

  /// gen_dealloc: weakrefs cleared, then a suspended generator is closed
  /// (3.x once, through its finalizer; 2.7 each time), revived while its
  /// frame runs the GeneratorExit; then what its frame still holds goes.
  private func beginGeneratorDealloc(_ id: ObjectID) {
    let i = id.index
    untrack(id)
    clearWeakrefs(id)
    let closes =
      generatorEnd(id) != .nothing && (profile.finalizers != .pep442 || flags[i] & Heap.flagFinalized == 0)
    if closes && runFinalizerRevived(id) { return }
    pushReleases(of: items[i], reversed: false, then: .freeMemory(id, nil))
  }

  /// Runs `id`'s finalizer with the object revived (refcount 1, tracked),
  /// once under PEP 442; returns whether it was resurrected (then its
  /// dealloc stops). Untracked again otherwise.
  private func runFinalizerRevived(_ id: ObjectID) -> Bool {
    let i = id.index
    if profile.finalizers == .pep442 { flags[i] |= Heap.flagFinalized }
    track(id)
    refcounts[i] = 1
    emit(.incref(id, count: 1, cause: .finalizer))
    emit(.finalizerCalled(id))
    runHostCode { host?.callFinalizer(id) }
    refcounts[i] -= 1
    emit(.decref(id, count: refcounts[i], cause: .finalizer))
    if refcounts[i] > 0 {
      emit(.resurrected(id))
      return true
    }
    untrack(id)
    return false
  }

  /// subtype_dealloc's finalizer step for an object whose class defines
  /// `__del__`, with the weakref clearing around it in each version's
  /// order. False when `__del__` revived the object (its dealloc stops).
  private func finalizeBeforeDealloc(_ id: ObjectID) -> Bool {
    let i = id.index
    if profile.weakrefsClearedBeforeFinalizer { clearWeakrefs(id) }
    let runsFinalizer: Bool
    switch profile.finalizers {
    case .legacyUncollectable: runsFinalizer = instanceHasFinalizer(id)
    case .pep442: runsFinalizer = instanceHasFinalizer(id) && flags[i] & Heap.flagFinalized == 0
    }
    if runsFinalizer {
      // Temporarily revive the object so __del__ can use it.
      if runFinalizerRevived(id) { return false }
      // 2.7 subtype_dealloc: weakrefs made during __del__ are cleared,
      // their callbacks not called (the object is half gone).
      if profile.weakrefsClearedBeforeFinalizer { clearWeakrefs(id, runningCallbacks: false) }
    }
    if !profile.weakrefsClearedBeforeFinalizer { clearWeakrefs(id) }
    return true
  }

  private func beginInstanceDealloc(_ id: ObjectID) {
    let i = id.index
    untrack(id)
    if !finalizeBeforeDealloc(id) { return }
    // Appended straight onto the action stack: no array per dealloc.
    let start = deallocActions.count
    let cls = classOf[i]
    let dict = dictOf[i]
    if flags[i] & Heap.flagOldStyle != 0 {
      // 2.7 instance_dealloc drops the class, then the dict, then the memory.
      if cls >= 0 { deallocActions.append(.release(ObjectID(cls))) }
      if dict >= 0 { deallocActions.append(.release(ObjectID(dict))) }
      deallocActions.append(.freeMemory(id, nil))
    } else {
      // subtype_dealloc: attributes (or dict), the memory, then the type.
      if dict >= 0 { deallocActions.append(.release(ObjectID(dict))) }
      for v in items[i] { if case .object(let o) = v { deallocActions.append(.release(o)) } }
      deallocActions.append(.freeMemory(id, nil))
      if cls >= 0 { deallocActions.append(.release(ObjectID(cls))) }
    }
    classOf[i] = -1
    deallocFrames.append(DeallocFrame(start: start, cursor: start, end: deallocActions.count))
  }

  private func releaseFrameMemory(_ id: ObjectID) {
    let code = aux[id.index]
    if code >= 0 && zombieFrames[code] == nil {
      // 2.7 keeps the frame as its code object's zombie for the next call.
      zombieFrames[code] = addresses[id.index]
      let i = id.index
      emit(.freed(id))
      alive[i] = false
      refcounts[i] = 0
      items[i] = []
      aux[i] = -1
      liveCount -= 1
      freedCount += 1
      recycleID(id)
      return
    }
    releaseMemory(id, freeList: .frame)
  }

  /// Clears every weakref to `id` and then calls their callbacks, oldest
  /// first, for weakrefs that are themselves still alive.
  /// Without `runningCallbacks` the callbacks are dropped uncalled.
  func clearWeakrefs(_ id: ObjectID, runningCallbacks: Bool = true) {
    guard flags[id.index] & Heap.flagHasWeakrefs != 0, let refs = weakrefsTo.removeValue(forKey: id.raw) else {
      return
    }
    var callbacks: [(ObjectID, Value)] = []
    // CPython keeps the newest weakref first in the object's list.
    for w in refs.reversed() {
      aux[w.index] = -1
      if let cb = items[w.index].first, cb != .none {
        items[w.index] = []
        callbacks.append((w, cb))
      }
      // The weakref no longer refers to anything (the graph drops its edge).
      emit(.referencesChanged(w))
    }
    for (w, cb) in callbacks {
      if runningCallbacks && refcounts[w.index] > 0 {
        incref(w, .other)
        runHostCode { host?.callWeakrefCallback(cb, weakref: w) }
        decref(w, .other)
      }
      decref(cb, .release)
    }
  }
}
