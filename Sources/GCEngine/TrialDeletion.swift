/// Synchronous cycle collection by trial deletion, for the pure
/// reference-counting profiles: Bacon and Rajan, "Concurrent Cycle
/// Collection in Reference Counted Systems" (ECOOP 2001), section 3, the
/// algorithm PHP's collector uses.
///
/// A decrement that leaves an object alive makes it a possible root of a
/// garbage cycle: it turns purple and goes into the root buffer. A
/// collection then trial-deletes the references inside the candidates'
/// subgraphs (gray), gives back the counts of whatever is still referenced
/// from outside (black), and frees the rest (white).
public enum TrialColor: UInt8, Sendable, CaseIterable {
  /// In use, or not looked at.
  case black
  /// In a candidate's subgraph, its internal references trial-deleted.
  case gray
  /// Garbage: nothing outside the subgraph refers to it.
  case white
  /// A possible root, waiting in the buffer.
  case purple
}

/// The three phases of one trial-deletion collection, in the paper's order.
public enum TrialPhase: String, Sendable, CaseIterable {
  /// MarkRoots: gray each purple root's subgraph, decrementing every
  /// reference inside it; roots no longer purple leave the buffer.
  case markRoots = "mark_roots"
  /// ScanRoots: a gray object whose count stayed above zero is referenced
  /// from outside: it and all it reaches turn black, counts restored.
  /// What is left at zero turns white.
  case scanRoots = "scan_roots"
  /// CollectRoots: the buffer empties and the white objects are freed.
  case collectRoots = "collect_roots"
}

/// One collection, a phase per `step()` (like `Collection` for CPython).
public final class CycleCollection {
  public enum Stage: Int, Sendable, CaseIterable { case start, markRoots, scanRoots, collectRoots, finish }

  public let automatic: Bool
  public private(set) var stage: Stage = .start
  /// Objects freed as garbage.
  public private(set) var collected = 0
  public private(set) var isFinished = false
  unowned let heap: Heap
  /// The roots this collection works on (copied from the buffer at MarkRoots).
  var roots: [ObjectID] = []

  init(heap: Heap, automatic: Bool) {
    self.heap = heap
    self.automatic = automatic
  }

  /// Runs the next phase; returns false once the collection is over.
  @discardableResult
  public func step() -> Bool {
    guard !isFinished else { return false }
    switch stage {
    case .start:
      heap.collecting = true
      heap.emit(.collectionStarted(generation: 0, automatic: automatic))
    case .markRoots: roots = heap.markRoots()
    case .scanRoots: heap.scanRoots(roots)
    case .collectRoots: collected = heap.collectRoots(roots)
    case .finish:
      heap.collecting = false
      heap.stats[0].collections += 1
      heap.stats[0].collected += collected
      heap.emit(.collectionFinished(generation: 0, collected: collected, uncollectable: 0))
      isFinished = true
      return false
    }
    stage = Stage(rawValue: stage.rawValue + 1)!
    return true
  }
}

extension Heap {
  /// `System.gc()`: a whole collection; returns how many objects it freed.
  @discardableResult
  public func collectCycles() -> Int {
    guard !collecting else { return 0 }
    let collection = CycleCollection(heap: self, automatic: false)
    while collection.step() {}
    return collection.collected
  }

  /// Starts a collection that the caller steps through (tests).
  public func beginCycleCollection() -> CycleCollection {
    CycleCollection(heap: self, automatic: false)
  }

  /// The possible roots in the buffer, oldest first.
  public var rootBuffer: [ObjectID] { possibleRoots.filter { $0 >= 0 }.map(ObjectID.init) }

  public func trialColor(_ id: ObjectID) -> TrialColor { trialColors[id.index] }

  func setTrialColor(_ id: ObjectID, _ color: TrialColor) {
    guard trialColors[id.index] != color else { return }
    trialColors[id.index] = color
    emit(.colored(id, color))
  }

  public func isBuffered(_ id: ObjectID) -> Bool { flags[id.index] & Heap.flagBuffered != 0 }

  /// PossibleRoot: called when a decrement leaves `id` alive.
  func possibleRoot(_ id: ObjectID) {
    guard trialColors[id.index] != .purple else { return }
    setTrialColor(id, .purple)
    guard !isBuffered(id) else { return }
    flags[id.index] |= Heap.flagBuffered
    rootPositions[id.raw] = possibleRoots.count
    possibleRoots.append(id.raw)
    bufferedRootCount += 1
    emit(.buffered(id, true))
    // A full buffer collects at once (PHP: gc_possible_root).
    if bufferedRootCount >= profile.rootBufferCapacity && !collecting {
      let collection = CycleCollection(heap: self, automatic: true)
      while collection.step() {}
    }
  }

  /// Takes `id` out of the buffer (it died, or a collection looked at it).
  func removeFromRoots(_ id: ObjectID) {
    guard isBuffered(id) else { return }
    flags[id.index] &= ~Heap.flagBuffered
    if let position = rootPositions.removeValue(forKey: id.raw) { possibleRoots[position] = -1 }
    bufferedRootCount -= 1
    if bufferedRootCount == 0 { possibleRoots.removeAll(keepingCapacity: true) }
    emit(.buffered(id, false))
  }

  /// MarkRoots: purple roots gray their subgraphs; the others leave the
  /// buffer (black now, or dead). Returns the roots still to scan.
  func markRoots() -> [ObjectID] {
    emit(.trialPhase(.markRoots))
    var kept: [ObjectID] = []
    for raw in possibleRoots where raw >= 0 {
      let s = ObjectID(raw)
      if trialColors[s.index] == .purple {
        markGray(s)
        kept.append(s)
      } else {
        removeFromRoots(s)
      }
    }
    return kept
  }

  /// MarkGray, on an explicit stack (a million-long chain must not
  /// overflow the Swift stack): gray `s`, decrement each reference from a
  /// newly gray object, and gray what it references.
  private func markGray(_ s: ObjectID) {
    guard trialColors[s.index] != .gray else { return }
    setTrialColor(s, .gray)
    var pending = [s]
    while let x = pending.popLast() {
      forEachReferent(x) { t in
        refcounts[t.index] -= 1
        emit(.decref(t, count: refcounts[t.index], cause: .collector))
        if trialColors[t.index] != .gray {
          setTrialColor(t, .gray)
          pending.append(t)
        }
      }
    }
  }

  /// ScanRoots: Scan each remaining root.
  func scanRoots(_ roots: [ObjectID]) {
    emit(.trialPhase(.scanRoots))
    for s in roots { scan(s) }
  }

  /// Scan: a gray object with a count above zero is referenced from
  /// outside (ScanBlack); at zero it turns white and its referents are
  /// scanned in turn.
  private func scan(_ s: ObjectID) {
    var pending = [s]
    while let x = pending.popLast() {
      guard trialColors[x.index] == .gray else { continue }
      if refcounts[x.index] > 0 {
        scanBlack(x)
      } else {
        setTrialColor(x, .white)
        forEachReferent(x) { pending.append($0) }
      }
    }
  }

  /// ScanBlack: `s` and all it reaches turn black and get back the
  /// references MarkGray took from them.
  private func scanBlack(_ s: ObjectID) {
    setTrialColor(s, .black)
    var pending = [s]
    while let x = pending.popLast() {
      forEachReferent(x) { t in
        refcounts[t.index] += 1
        emit(.incref(t, count: refcounts[t.index], cause: .collector))
        if trialColors[t.index] != .black {
          setTrialColor(t, .black)
          pending.append(t)
        }
      }
    }
  }

  /// CollectRoots: the buffer empties; each root's white subgraph is freed.
  /// A white object's references to black ones were already taken away by
  /// MarkGray and never given back, so freeing releases nothing more.
  func collectRoots(_ roots: [ObjectID]) -> Int {
    emit(.trialPhase(.collectRoots))
    for s in roots { removeFromRoots(s) }
    var white: [ObjectID] = []
    for s in roots {
      var pending = [s]
      while let x = pending.popLast() {
        guard trialColors[x.index] == .white, !isBuffered(x) else { continue }
        setTrialColor(x, .black)
        white.append(x)
        forEachReferent(x) { pending.append($0) }
      }
    }
    for x in white { releaseMemory(x, freeList: nil) }
    return white.count
  }
}
