import GCEngine
import PropertyBased
import Testing

/// A list object the test holds one reference to (its "root").
private func makeList(_ heap: Heap) -> ObjectID {
  let l = heap.makeObject(.list, size: heap.profile.objectSizes.list, freeList: .list)
  heap.track(l)
  return l
}

/// `a.append(b)` with the reference counting a list append does.
private func append(_ heap: Heap, _ a: ObjectID, _ b: ObjectID) {
  heap.incref(b, .container)
  heap.withItems(a) { $0.append(.object(b)) }
}

@Suite("Heap and collector")
struct HeapTests {
  @Test("a two-list cycle survives refcounting and is collected", arguments: Profile.cpythonProfiles.map(\.name))
  func cycleCollected(profileName: String) {
    let heap = Heap(profile: Profile.named(profileName)!)
    let a = makeList(heap)
    let b = makeList(heap)
    append(heap, a, b)
    append(heap, b, a)
    heap.decref(a, .unbind)
    heap.decref(b, .unbind)
    #expect(heap.isAlive(a) && heap.isAlive(b))
    #expect(heap.refcount(a) == 1)
    #expect(heap.collect(generation: 2) == 2)
    #expect(!heap.isAlive(a) && !heap.isAlive(b))
    #expect(heap.listProblems().isEmpty)
  }

  @Test("a collection steps through CPython's phases in order, one report each")
  func steppableCollection() {
    let heap = Heap(profile: .cpython311)
    let log = EventLog()
    heap.sink = log
    let a = makeList(heap)
    append(heap, a, a)
    heap.decref(a, .unbind)
    let collection = heap.beginCollection(generation: 2)
    var stages: [Collection.Stage] = []
    repeat { stages.append(collection.stage) } while collection.step()
    #expect(stages == Collection.Stage.allCases)
    #expect(collection.isFinished)
    #expect(collection.collected == 1)
    #expect(!heap.isAlive(a))
    let phases = log.events.compactMap { event -> CollectionPhase? in
      if case .phase(let p) = event { return p }
      return nil
    }
    #expect(
      phases == [
        .updateRefs, .subtractRefs, .moveUnreachable, .promote, .legacyFinalizers, .weakrefs, .finalize,
        .resurrection, .deleteGarbage, .uncollectable,
      ])
    // Per object: its gc_refs copy (1), then 0 once its self-reference is
    // subtracted, then unreachable, cleared and freed.
    #expect(log.events.contains(.gcRefs(a, 1)))
    #expect(log.events.contains(.gcRefs(a, 0)))
    #expect(log.events.contains(.unreachable(a)))
    #expect(log.events.contains(.cleared(a)))
    #expect(log.events.contains(.freed(a)))
  }

  @Test("a full collection empties every free list it clears, in a fixed order", arguments: Profile.all.map(\.name))
  func freeListClearOrderIsComplete(name: String) {
    guard let profile = Profile.named(name) else {
      Issue.record("no profile \(name)")
      return
    }
    let cleared = Set(profile.freeLists.filter { $0.value.clearedByFullCollection }.map(\.key))
    #expect(Set(profile.freeListClearOrder) == cleared)
    #expect(profile.freeListClearOrder.count == cleared.count)
  }

  @Test("a freed block is the next one handed out (LIFO)")
  func allocatorReusesLastFreed() {
    let allocator = Allocator(Profile.cpython311.allocator)
    let first = allocator.allocate(56)
    let second = allocator.allocate(56)
    #expect(second == first + 64)
    allocator.free(first, size: 56)
    allocator.free(second, size: 56)
    #expect(allocator.allocate(56) == second)
    #expect(allocator.allocate(56) == first)
    #expect(allocator.allocate(200) != first)
  }

  @Test("count0 passing threshold0 starts a generation-0 collection")
  func automaticTrigger() {
    let heap = Heap(profile: .cpython311)
    heap.thresholds[0] = 3
    heap.counts = [0, 0, 0]  // the heap's own gc.garbage list counted at creation
    var kept: [ObjectID] = []
    // Instances bypass free lists, so each allocation counts.
    for _ in 0..<3 { kept.append(heap.makeObject(.instance, size: 56, freeList: nil)) }
    #expect(heap.counts[0] == 3)
    #expect(heap.stats[0].collections == 0)
    kept.append(heap.makeObject(.instance, size: 56, freeList: nil))
    #expect(heap.stats[0].collections == 1)
    #expect(heap.counts == [0, 1, 0])
  }

  @Test("freeing a chain of a million lists does not overflow the stack")
  func longChain() {
    let heap = Heap(profile: .cpython311)
    let head = makeList(heap)
    var tail = head
    for _ in 0..<1_000_000 {
      let next = makeList(heap)
      heap.withItems(tail) { $0.append(.object(next)) }  // takes our reference
      tail = next
    }
    heap.decref(head, .unbind)
    // Only gc.garbage and the interpreter's startup objects are left.
    #expect(heap.liveObjects.count == 1 + heap.profile.startupObjects)
  }

  @Test("after a full collection the survivors are exactly what the roots reach")
  func survivorsAreReachable() async {
    let operations = Gen.int(in: 0...99).array(of: 1...120)
    await propertyCheck(input: operations) { ops in
      let heap = Heap(profile: ops.count % 2 == 0 ? .cpython27 : .cpython311)
      var roots: [ObjectID] = []
      var all: [ObjectID] = []
      for op in ops {
        switch op % 4 {
        case 0, 1:
          let l = makeList(heap)
          roots.append(l)
          all.append(l)
        case 2 where !roots.isEmpty && !all.isEmpty:
          let a = roots[op % roots.count]
          let b = all[(op / 4) % all.count]
          if heap.isAlive(b) { append(heap, a, b) }
        case 3 where !roots.isEmpty:
          let r = roots.remove(at: op % roots.count)
          heap.decref(r, .unbind)
        default:
          _ = heap.collect(generation: op % 3)
        }
      }
      _ = heap.collect(generation: 2)
      var reachable = Set(roots)
      var pending = roots
      while let x = pending.popLast() {
        heap.forEachReferent(x) { if reachable.insert($0).inserted { pending.append($0) } }
      }
      let live = Set(all.filter { heap.isAlive($0) })
      #expect(live == reachable)
      #expect(heap.listProblems().isEmpty)
      for r in roots { #expect(heap.refcount(r) >= 1) }
    }
  }
}
