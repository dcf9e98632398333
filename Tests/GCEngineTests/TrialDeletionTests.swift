import GCEngine
import Testing

/// A toy-JVM object with `fields` reference slots, held by one local (rc 1).
private func newObject(_ heap: Heap, fields: Int = 1) -> ObjectID {
  let o = heap.makeObject(.instance, size: 16, freeList: nil)
  heap.setItems(o, Array(repeating: .none, count: fields))
  return o
}

/// `putfield`: `a.fields[slot] = b`, counting as the toy JVM does.
private func store(_ heap: Heap, _ a: ObjectID, _ slot: Int, _ b: ObjectID?) {
  if let b { heap.incref(b, .container) }
  let old = heap.replaceItem(a, at: slot, with: b.map { .object($0) } ?? .none, filling: .none)
  heap.decref(old, .container)
}

/// The source text's `Node A <-> B` cycle with both locals dropped:
/// each node is held only by the other (rc 1).
private func droppedCycle(_ heap: Heap) -> (ObjectID, ObjectID) {
  let a = newObject(heap)
  let b = newObject(heap)
  store(heap, a, 0, b)
  store(heap, b, 0, a)
  heap.decref(a, .scopeExit)
  heap.decref(b, .scopeExit)
  return (a, b)
}

private func profile(buffer capacity: Int) -> Profile {
  var p = Profile.jvmRCCycles
  p.rootBufferCapacity = capacity
  return p
}

@Suite("Trial deletion (jvm-rc+cycles)")
struct TrialDeletionTests {
  @Test("pure reference counting leaks the Node A <-> B cycle")
  func pureRCLeaks() {
    let heap = Heap(profile: .jvmRC)
    let (a, b) = droppedCycle(heap)
    #expect(heap.refcount(a) == 1 && heap.refcount(b) == 1)
    #expect(heap.rootBuffer.isEmpty)
    #expect(heap.collectCycles() == 0)
    #expect(heap.isAlive(a) && heap.isAlive(b))
  }

  @Test("the cycle's decrements buffer both as purple roots; a collection frees them")
  func cycleCollected() {
    let heap = Heap(profile: .jvmRCCycles)
    let (a, b) = droppedCycle(heap)
    #expect(heap.rootBuffer == [a, b])
    #expect(heap.trialColor(a) == .purple && heap.trialColor(b) == .purple)
    let live = heap.liveCount
    #expect(heap.collectCycles() == 2)
    #expect(!heap.isAlive(a) && !heap.isAlive(b))
    #expect(heap.liveCount == live - 2)
    #expect(heap.rootBuffer.isEmpty)
  }

  @Test("a cycle still referenced from outside survives with its counts given back")
  func referencedCycleSurvives() {
    let heap = Heap(profile: .jvmRCCycles)
    let a = newObject(heap)
    let b = newObject(heap)
    let c = newObject(heap)
    store(heap, a, 0, b)
    store(heap, b, 0, a)
    store(heap, c, 0, a)  // c (still held by its local) keeps the cycle
    heap.decref(a, .scopeExit)
    heap.decref(b, .scopeExit)
    let counts = [a, b, c].map(heap.refcount)
    #expect(heap.collectCycles() == 0)
    #expect([a, b, c].map(heap.refcount) == counts)
    #expect([a, b, c].allSatisfy { heap.trialColor($0) == .black })
    #expect(heap.rootBuffer.isEmpty)
    // Dropping c leaves the cycle unreferenced: the next collection frees it.
    heap.decref(c, .scopeExit)
    #expect(!heap.isAlive(c))
    #expect(heap.collectCycles() == 2)
  }

  @Test("the phases come in the paper's order and colour gray, then white, with trial counts")
  func phasesAndColours() {
    let heap = Heap(profile: .jvmRCCycles)
    let (a, _) = droppedCycle(heap)
    let log = EventLog()
    heap.sink = log
    let collection = heap.beginCycleCollection()
    var stages: [CycleCollection.Stage] = []
    repeat { stages.append(collection.stage) } while collection.step()
    #expect(stages == CycleCollection.Stage.allCases)
    let phases = log.events.compactMap { event -> TrialPhase? in
      if case .trialPhase(let p) = event { return p }
      return nil
    }
    #expect(phases == TrialPhase.allCases)
    let colours = log.events.compactMap { event -> String? in
      if case .colored(let id, let colour) = event { return "\(id == a ? "a" : "b"):\(colour)" }
      return nil
    }
    #expect(colours == ["a:gray", "b:gray", "a:white", "b:white", "a:black", "b:black"])
    // MarkGray took both internal references: trial counts of zero.
    let trial = log.events.compactMap { event -> Int? in
      if case .decref(_, let count, .collector) = event { return count }
      return nil
    }
    #expect(trial == [0, 0])
  }

  @Test("a root that dies leaves the buffer at once")
  func deadRootLeaves() {
    let heap = Heap(profile: .jvmRCCycles)
    let a = newObject(heap)
    heap.incref(a, .bind)  // a second local
    heap.decref(a, .unbind)
    #expect(heap.rootBuffer == [a])
    heap.decref(a, .scopeExit)
    #expect(!heap.isAlive(a))
    #expect(heap.rootBuffer.isEmpty)
    // The id comes back black for the next object made there.
    let next = newObject(heap)
    #expect(heap.trialColor(next) == .black)
  }

  @Test("a full root buffer collects by itself")
  func fullBufferCollects() {
    let heap = Heap(profile: profile(buffer: 4))
    let log = EventLog()
    heap.sink = log
    var made: [ObjectID] = []
    for _ in 0..<2 {
      let (a, b) = droppedCycle(heap)
      made += [a, b]
    }
    #expect(made.allSatisfy { !heap.isAlive($0) })
    #expect(log.events.contains(.collectionStarted(generation: 0, automatic: true)))
    #expect(heap.rootBuffer.isEmpty)
  }

  @Test("a 200,000-node ring is collected without deep recursion")
  func longRing() {
    // A buffer that never fills: one collection, at the end, sees the ring.
    let heap = Heap(profile: profile(buffer: 1_000_000))
    let n = 200_000
    let first = newObject(heap)
    var last = first
    for _ in 1..<n {
      let next = newObject(heap)
      store(heap, last, 0, next)
      heap.decref(next, .scopeExit)  // only the previous node holds it now
      last = next
    }
    store(heap, last, 0, first)
    heap.decref(first, .scopeExit)
    #expect(heap.rootBuffer.count == n)
    #expect(heap.collectCycles() == n)
    #expect(heap.liveCount == 1)  // gc.garbage's list, which every heap has
  }
}
