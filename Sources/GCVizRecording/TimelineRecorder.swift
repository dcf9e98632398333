import GCEngine
import GCVizTimeline

/// Turns a run's heap events into timeline entries: each event as it
/// happens, and at every line boundary and collector phase a sync of the
/// objects that changed (their full state, labelled edges included), the
/// frames and the gc counters. Objects the interpreter made before the
/// scenario started (startup stand-ins) are never shown.
public final class TimelineRecorder: EventSink {
  public let timeline: Timeline
  /// Set by the runner once the interpreter or machine exists (events
  /// before that come from building it and only allocate). Held until
  /// `finish`, which drops it (the heap holds the recorder as its sink).
  public private(set) var program: (any RecordedProgram)?
  /// The program's heap, held on its own: the interpreter has a weak
  /// reference to it (the heap's host), so each retain of `program` takes
  /// the runtime's slow path, and asleep every event asked for the heap.
  private var heap: Heap?
  private var serials = SerialTable()
  private var nextSerial = 1
  private var dirty: Set<ObjectID> = []
  /// Of those, the ones whose references changed, and in which slots
  /// (the others keep their recorded edges: walking a big container's
  /// items for a refcount change, or all of them for an append, made
  /// recording a growing list quadratic).
  private var referencesDirty: [ObjectID: SlotSpan] = [:]
  /// The slots of tables changed since the frames were last synced: a
  /// module's frame is edited by them, not read whole at each step.
  private var namespaceSpans: [ObjectID: SlotSpan] = [:]
  /// Where the heap says which slots a change touched.
  private let slotLog = SlotChangeLog()
  /// Objects a running collection examines: their gc_refs and marks come
  /// as events, but not their generation (merged into the collected one
  /// as the collection starts, moved up as it ends), so each is checked
  /// at the first sync after it became a candidate (`newCandidates`) and
  /// all of them as the collection ends, not all at every phase (most of
  /// recording a large heap).
  private var candidates: Set<ObjectID> = []
  private var newCandidates: [ObjectID] = []
  private var lastCounters: Counters?
  private var collectedSinceSample = false
  /// Called after each line entry (a live recording paces itself here).
  public var afterLine: (() -> Void)?
  /// Entries between restarts (nil: none), and at least
  /// `Timeline.stateSpacing` per object or frame variable of the state (a
  /// restart copies it, as a checkpoint does): the first line boundary that
  /// far after the last, outside a collection and a dealloc
  /// cascade, gets a `.restart` entry before its line entry, the objects
  /// read whole as a recorder waking at that line reads them. From there
  /// on both record the same entries, so a dropped stretch is recorded
  /// again by running asleep to its restart (`Timeline.restarts`).
  public var restartSpacing: Int?
  /// The position after the last restart's line entry (or the wake).
  private var restartedAt = 0

  /// Whether a program was attached (the run got past compiling), even
  /// if it has finished since.
  public private(set) var isAttached = false

  /// Whether changes come with their slots (see `SlotChangeLog`); off,
  /// every change is read whole (the tests compare the two).
  private let editsBySlot: Bool

  /// Until the run reaches this step the recorder sleeps: it numbers the
  /// objects and keeps what a state carries from the past (the line step,
  /// each frame's recent lines, the memory chart, the output) in `scratch`,
  /// and records nothing else. At that step it wakes: the timeline starts
  /// from the whole state there (`Timeline.start(from:)`), and every step
  /// after is recorded. `render --step N` of a long run so costs a run to
  /// step N, not a recording of it. 0: recording from the start.
  private var sleepsUntilStep: Int
  private var scratch = RunState()
  private var scratchTrails = RecentLines()
  private var collecting = false
  private var isAsleep: Bool { sleepsUntilStep > 0 }
  /// Objects made before the program was attached (building the
  /// interpreter) that no event has named since: awake, such an object is
  /// recorded only once something happens to it, so a state read at
  /// waking leaves these out too. By id.
  private var untouched: [Bool] = []
  /// The collection marks events gave objects (a state keeps them until
  /// the collection ends, and a finalizer run by a count reaching zero
  /// leaves `finalized` until the next one ends): a heap read has no marks.
  private var marksAsleep: [ObjectID: CollectionMarks] = [:]

  public init(timeline: Timeline = Timeline(), editsBySlot: Bool = true, recordingFromStep step: Int = 0) {
    self.timeline = timeline
    self.editsBySlot = editsBySlot
    sleepsUntilStep = max(0, step)
  }

  /// Starts reading `program` (the toy JVM also stops after each instruction).
  public func attach(_ program: any RecordedProgram) {
    self.program = program
    heap = program.heap
    isAttached = true
    if editsBySlot && !isAsleep { program.heap.slotLog = slotLog }
    program.observeInstructionStops { [unowned self] in
      if !isAsleep { instructionFinished() }
    }
  }

  public func record(_ event: HeapEvent) {
    adoptGarbageList(event)
    if isAsleep {
      recordAsleep(event)
      return
    }
    noteTouched(event)
    switch event {
    case .line(let line, let column, let depth):
      sync(framesToo: true)
      sample()
      let since = timeline.endPosition - restartedAt
      let due = restartSpacing.map { since >= $0 && since >= Timeline.stateSpacing * timeline.latest.size } ?? false
      // Inside a collection or a cascade a wake would wait: so does a restart.
      let restarts = due && timeline.latest.collection == nil && !(heap?.isDeallocating ?? false)
      if restarts {
        var state = timeline.latest
        state.objects = wholeObjects {
          timeline.latest.objects[$0].map { CollectionMarks(mark: $0.mark, gcRefs: $0.gcRefs) }
        }
        timeline.append(.restart(state))
      }
      timeline.append(.line(line: line, column: column, frameDepth: depth + (program?.framesBeforeCalls ?? 0)))
      if restarts { restartedAt = timeline.endPosition }
      afterLine?()
      return
    case .referencesChanged(let id):
      // The slots the heap logged just before this event; a change that
      // came without them (the collector's clears) is read again whole.
      var logged = false
      for (object, span) in slotLog.take() {
        referencesChanged(object, span)
        logged = logged || object == id
      }
      if !logged { referencesChanged(id, .all) }
      // An instance's edges include its `__dict__`'s entries.
      if let owner = program?.heap.owner(ofDict: id) { referencesChanged(owner, .all) }
      return
    case .collectionStarted, .phase, .trialPhase:
      // Mid-line (an allocation set it off), or after a finalizer
      // returned: the stacks are not the last line's, and the inspector
      // counts their references.
      sync(framesToo: true)
    case .collectionFinished:
      collectedSinceSample = true
    default:
      break
    }
    // Events about objects the screen does not show (startup stand-ins)
    // are left out: a full collection would otherwise add thousands.
    if let id = event.object, serials[id] == nil, !event.isAllocation { return }
    // A name deleted or rebound: the slot is already changed, so the stop
    // at this count shows the frame without the name, as `rc` says.
    if case .decref(_, _, .unbind) = event { syncFrames() }
    timeline.append(.event(event))
    switch event {
    case .allocated(let id, _, _):
      serials[id] = nextSerial
      nextSerial += 1
      if let object = snapshot(id) { timeline.append(.upsert(object)) }
    case .freed(let id):
      serials[id] = nil
      dirty.remove(id)
      referencesDirty[id] = nil
      // (Left in `newCandidates`: a sync skips ids without a serial, and
      // one reused meanwhile is only checked once more.)
      candidates.remove(id)
    case .incref(let id, _, _), .decref(let id, _, _), .tracked(let id, _), .untracked(let id),
      .cleared(let id), .addedToGarbage(let id), .resurrected(let id), .finalizerCalled(let id):
      dirty.insert(id)
    case .gcRefs(let id, _), .reachable(let id), .unreachable(let id):
      if serials[id] != nil, candidates.insert(id).inserted { newCandidates.append(id) }
    case .collectionFinished:
      sync(framesToo: false, allCandidates: true)
      candidates.removeAll()
    default:
      break
    }
  }

  /// The toy JVM ran an instruction and the next one continues its line:
  /// a stop of its own (a new line is a `.line` stop instead), with the
  /// frames as they are now.
  private func instructionFinished() {
    sync(framesToo: true)
    timeline.append(.instruction)
  }

  /// Ends the recording: a last sync and how the run ended (nil: it was
  /// cut short and goes on, so the timeline stays unfinished).
  public func finish(_ ending: RunEnding?) {
    // A run that ends before the step the recorder waits for: its end.
    if isAsleep, program != nil {
      sampleAsleep()
      wake(atEnd: true)
    } else {
      sync(framesToo: true)
      sample()
    }
    if let ending { timeline.append(.ended(ending)) }
    program?.heap.slotLog = nil
    program = nil
    heap = nil
  }

  // MARK: Asleep

  /// While asleep: an event's part in what a state carries from the past.
  private func recordAsleep(_ event: HeapEvent) {
    noteTouched(event)
    // The event awake would be the state's last: one about a recorded
    // object (or none), not a change of references.
    switch event {
    case .line, .referencesChanged: break
    default:
      if event.isAllocation || event.object.map({ serials[$0] != nil }) ?? true { scratch.lastEvent = event }
    }
    switch event {
    case .line(let line, let column, let depth):
      guard let program else { return }
      let frameDepth = depth + program.framesBeforeCalls
      // As awake: the chart's sample just before the line entry.
      sampleAsleep()
      scratch.apply(.line(line: line, column: column, frameDepth: frameDepth))
      scratchTrails.lineStarted(line, depth: frameDepth, function: program.recordedFunctionName(atFrame: frameDepth))
      // A line run by a finalizer inside a collection or a dealloc cascade
      // waits for its end: a state there (marks, objects half torn down)
      // is not one a read of the heap can give.
      if scratch.step >= sleepsUntilStep && !collecting && !(heap?.isDeallocating ?? false) { wake() }
      afterLine?()
    case .output:
      scratch.apply(.event(event))
    case .allocated(let id, _, _):
      serials[id] = nextSerial
      nextSerial += 1
    case .freed(let id):
      serials[id] = nil
      // Most frees are outside collections: no marks to look up.
      if !marksAsleep.isEmpty { marksAsleep[id] = nil }
    case .collectionStarted:
      collecting = true
    case .collectionFinished:
      collecting = false
      collectedSinceSample = true
      marksAsleep.removeAll(keepingCapacity: true)
    default:
      if let id = CollectionMarks.object(of: event) { marksAsleep[id, default: CollectionMarks()].apply(event) }
    }
  }

  /// The heap made its gc.garbage list before the recorder was its sink:
  /// once a collection puts something in it (the toy JVM's never does), it
  /// is recorded, so that what it holds has its referrer.
  private func adoptGarbageList(_ event: HeapEvent) {
    guard case .referencesChanged(let id) = event, let heap, id == heap.garbageList, serials[id] == nil else { return }
    // Serial 0, which no object made since has: their serials stay as
    // they were.
    serials[id] = 0
  }

  /// Objects made before the program was attached stay out of a whole
  /// read until an event names them: one rule asleep and awake, so that a
  /// restart reads the objects a wake at that line reads.
  private func noteTouched(_ event: HeapEvent) {
    if let id = event.object, id.index < untouched.count { untouched[id.index] = false }
    switch event {
    case .allocated(let id, _, _) where program == nil:
      if id.index >= untouched.count { untouched += repeatElement(false, count: id.index + 1 - untouched.count) }
      untouched[id.index] = true
    case .referencesChanged(let id):
      // The owner of a changed `__dict__` is synced too.
      if let owner = heap?.owner(ofDict: id), owner.index < untouched.count { untouched[owner.index] = false }
    default:
      break
    }
  }

  private func sampleAsleep() {
    guard let heap else { return }
    // Only the chart's two numbers: the whole counters (three arrays) took
    // a third of running asleep.
    let (live, bytes) = liveObjectsAndBytes(heap)
    scratch.apply(
      .sample(
        MemorySample(
          lineStep: scratch.lineStep, liveObjects: live, bytesInUse: bytes, collected: collectedSinceSample)))
    collectedSinceSample = false
  }

  /// The state now, read whole, becomes the timeline's start (at the end:
  /// the run's last step, with what ending it did).
  private func wake(atEnd: Bool = false) {
    guard let program else { return }
    sleepsUntilStep = 0
    if editsBySlot { program.heap.slotLog = slotLog }
    var state = scratch
    state.recentLines = scratchTrails
    state.objects = wholeObjects { marksAsleep[$0] }
    marksAsleep.removeAll()
    program.recordedFrameChanges(slot, namespaceSpan: { _ in nil }).apply(to: &state.frames)
    let counters = currentCounters(program.heap)
    lastCounters = counters
    state.counters = counters
    state.interpreterReferences = program.recordedInterpreterReferences(slot)
    timeline.start(from: state, step: atEnd ? state.lineStep : nil)
    restartedAt = timeline.endPosition
  }

  /// Every recorded object read afresh (not edited from what was
  /// recorded), with the collection marks `marks` gives: a waking
  /// recorder's objects, and a restart's.
  private func wholeObjects(marks: (ObjectID) -> CollectionMarks?) -> [ObjectID: ObjectState] {
    var objects: [ObjectID: ObjectState] = [:]
    serials.forEach { id in
      guard id.index >= untouched.count || !untouched[id.index], var object = snapshot(id, afresh: true) else { return }
      if let marks = marks(id) { (object.mark, object.gcRefs) = (marks.mark, marks.gcRefs) }
      objects[id] = object
    }
    return objects
  }

  // MARK: Syncing

  private func referencesChanged(_ id: ObjectID, _ span: SlotSpan) {
    dirty.insert(id)
    referencesDirty[id] = referencesDirty[id].map { $0.merged(with: span) } ?? span
    if program?.heap.kind(id) == .dict {
      namespaceSpans[id] = namespaceSpans[id].map { $0.merged(with: span) } ?? span
    }
  }

  private func sync(framesToo: Bool, allCandidates: Bool = false) {
    guard let program else { return }
    let touched = dirty
    dirty = []
    let examined = allCandidates ? touched.union(candidates) : touched.union(newCandidates)
    let ids = examined.filter { serials[$0] != nil }.sorted()
    newCandidates.removeAll(keepingCapacity: true)
    let edited = referencesDirty
    referencesDirty = [:]
    for id in ids {
      // A candidate's gc_refs and mark come as events; what a collection
      // changes without one (its generation when survivors move up) is
      // checked here, so a phase does not re-record every object it scans.
      // So is an object whose count alone changed: its events already set
      // it (a whole state per incref was most of recording f2).
      if edited[id] == nil, isUnchanged(id) { continue }
      if let span = edited[id], span != .all, let (state, edit) = slotSnapshot(id, span) {
        timeline.append(.refresh(state, edit))
        refreshNewlyHidden(edit.replacement)
        continue
      }
      guard let object = snapshot(id, referencesChanged: edited[id] != nil) else { continue }
      refreshNewlyHidden(append(object))
    }
    if framesToo { syncFrames() }
    let counters = currentCounters(program.heap)
    if counters != lastCounters {
      lastCounters = counters
      timeline.append(.counters(counters))
    }
    let interpreterReferences = program.recordedInterpreterReferences(slot)
    if interpreterReferences != timeline.latest.interpreterReferences {
      timeline.append(.interpreterReferences(interpreterReferences))
    }
  }

  /// Records the frames that changed since the last sync. Only those: a
  /// deep stack costs the recording its top frames per step, not its
  /// depth; a module's frame, the names it gained.
  private func syncFrames() {
    guard let program else { return }
    let frames = timeline.latest.frames
    var edit = program.recordedFrameChanges(slot, namespaceSpan: { namespaceSpans[$0] })
    namespaceSpans.removeAll(keepingCapacity: true)
    edit.changed.removeAll { $0.index < frames.count && $0.changesNothing(in: frames[$0.index]) }
    for (i, change) in edit.changed.enumerated() where change.index < frames.count {
      edit.changed[i] = change.editingVariables(of: frames[change.index])
    }
    if edit.count != frames.count || !edit.changed.isEmpty {
      timeline.append(.frames(edit))
    }
  }

  /// An object's new state; one whose references did not change (a
  /// count went up), or a container already recorded with many, gets an
  /// edit of them, not the whole list again. Returns the references that
  /// are new (an append's one, not the list's ten thousand).
  @discardableResult
  private func append(_ object: ObjectState) -> [Reference] {
    guard let previous = timeline.latest.objects[object.id], previous.serial == object.serial else {
      timeline.append(.upsert(object))
      return object.references
    }
    // The same storage means unchanged: no need to compare the items.
    let unchanged = previous.references.withUnsafeBufferPointer { old in
      object.references.withUnsafeBufferPointer { $0.baseAddress == old.baseAddress }
    }
    guard unchanged || object.references.count > 8 else {
      timeline.append(.upsert(object))
      return object.references
    }
    var state = object
    state.references = []
    let edit =
      unchanged
      ? ReferenceEdit(range: 0..<0, replacement: []) : ReferenceEdit(from: previous.references, to: object.references)
    timeline.append(.refresh(state, edit))
    return edit.replacement
  }

  /// A dict made before its owner (a 2.7 instance's `__dict__`) was not
  /// hidden when recorded, and does not change when the owner takes it: its
  /// state is refreshed once an object that newly refers to it is synced.
  private func refreshNewlyHidden(_ references: [Reference]) {
    guard let program else { return }
    for reference in references {
      guard let target = timeline.latest.objects[reference.target], !target.isHidden,
        program.recordedIsHidden(target.id), let fresh = snapshot(target.id)
      else { continue }
      append(fresh)
    }
  }

  private func sample() {
    // Taken right after a sync: the last counters are the heap's now.
    let counters = lastCounters ?? Counters()
    timeline.append(
      .sample(
        MemorySample(
          lineStep: timeline.latest.lineStep, liveObjects: counters.liveObjects, bytesInUse: counters.bytesInUse,
          collected: collectedSinceSample)))
    collectedSinceSample = false
  }

  private func slot(_ value: Value) -> SlotValue {
    if case .object(let id) = value, serials[id] != nil { return .object(id) }
    return .text(program?.recordedText(value) ?? "?")
  }

  /// The object's state now, keeping the marks the collector's events gave.
  private func snapshot(_ id: ObjectID, referencesChanged: Bool = true, afresh: Bool = false) -> ObjectState? {
    guard let program, let serial = serials[id] else { return nil }
    let heap = program.heap
    guard heap.isAlive(id) else { return nil }
    let previous = afresh ? nil : timeline.latest.objects[id]
    let references: [Reference]
    let held: [Reference]?
    let fields: (fields: [Variable], count: Int)
    if !referencesChanged, let previous, previous.serial == serial {
      references = previous.references
      held = previous.heldReferences
      fields = (previous.fields, previous.fieldCount)
    } else {
      let before = previous?.serial == serial ? previous?.references ?? [] : []
      references = program.recordedReferences(id, previous: before).filter { serials[$0.target] != nil }
      held = program.recordedHeldReferences(id)?.filter { serials[$0.target] != nil }
      fields = program.recordedFields(id, limit: ObjectState.fieldLimit, slot)
    }
    var object = state(id, of: program, serial: serial, previous: previous, references: references, fields: fields)
    object.heldReferences = held
    return object
  }

  /// The state of a list or dict whose changes since it was recorded are
  /// all in `span`: its references as an edit of those slots, its fields
  /// read again only if a box shows them. Nil: read it whole.
  private func slotSnapshot(_ id: ObjectID, _ span: SlotSpan) -> (ObjectState, ReferenceEdit)? {
    guard let program, let serial = serials[id], program.heap.isAlive(id),
      let previous = timeline.latest.objects[id], previous.serial == serial,
      let count = program.recordedSlotCount(id)
    else { return nil }
    let replacement = program.recordedReferences(id, slots: span.range(count: count)).filter {
      serials[$0.target] != nil
    }
    // The recorded references are in slot order, each with its slot.
    let old = previous.references
    let lower = old.partitionIndex { Int($0.index) >= span.lower }
    let upper = span.andAfter ? old.count : old.partitionIndex { Int($0.index) > span.upper }
    let edit = ReferenceEdit(range: lower..<max(lower, upper), replacement: replacement)
    let limit = ObjectState.fieldLimit
    let fields =
      program.recordedFieldCount(id, changedFrom: span.lower, limit: limit, shown: previous.fields.count).map {
        (previous.fields, $0)
      } ?? program.recordedFields(id, limit: limit, slot)
    return (state(id, of: program, serial: serial, previous: previous, references: [], fields: fields), edit)
  }

  /// `id`'s state with `references` and `fields` (read or kept by the caller).
  private func state(
    _ id: ObjectID, of program: any RecordedProgram, serial: Int, previous: ObjectState?, references: [Reference],
    fields: (fields: [Variable], count: Int)
  ) -> ObjectState {
    let heap = program.heap
    var state = ObjectState(
      id: id, serial: serial, kind: heap.kind(id), typeName: program.recordedTypeName(id),
      name: program.recordedName(id), address: heap.address(id), size: heap.size(id),
      refcount: heap.refcount(id), generation: heap.generation(id), references: references,
      isHidden: program.recordedIsHidden(id), inGarbage: heap.isInGarbage(id),
      gcRefs: previous?.serial == serial ? previous?.gcRefs : nil,
      mark: previous?.serial == serial ? previous?.mark : nil)
    state.trialColor = heap.trialColor(id)
    state.isBuffered = heap.isBuffered(id)
    state.isImmortal = heap.isImmortal(id)
    state.fields = fields.fields
    state.fieldCount = fields.count
    return state
  }

  /// Whether what a snapshot reads of `id` besides its references, fields
  /// and the evented gc state is as last recorded.
  private func isUnchanged(_ id: ObjectID) -> Bool {
    guard let program, let previous = timeline.latest.objects[id], previous.serial == serials[id] else { return false }
    let heap = program.heap
    guard heap.isAlive(id) else { return false }
    return previous.refcount == heap.refcount(id) && previous.generation == heap.generation(id)
      && previous.inGarbage == heap.isInGarbage(id) && previous.trialColor == heap.trialColor(id)
      && previous.isBuffered == heap.isBuffered(id) && previous.isHidden == program.recordedIsHidden(id)
  }

  private func currentCounters(_ heap: Heap) -> Counters {
    var c = Counters()
    c.counts = heap.counts
    c.thresholds = heap.thresholds
    c.collections = heap.stats.map(\.collections)
    c.collected = heap.stats.reduce(0) { $0 + $1.collected }
    c.uncollectable = heap.stats.reduce(0) { $0 + $1.uncollectable }
    c.enabled = heap.automaticCollection
    c.debugFlags = heap.debugFlags
    c.garbageCount = heap.garbageCount
    c.interpreterObjects = heap.startupIDs.count
    (c.liveObjects, c.bytesInUse) = liveObjectsAndBytes(heap)
    c.freedObjects = heap.freedCount
    return c
  }

  /// The program's live objects and their bytes (the memory chart's point).
  private func liveObjectsAndBytes(_ heap: Heap) -> (Int, Int) {
    // The toy JVM has no gc module: the engine's gc.garbage list is not
    // one of the program's objects.
    let engineList = heap.profile.family == .toyJVM ? 1 : 0
    return (
      heap.liveCount - heap.startupIDs.count - engineList,
      heap.allocator.bytesInUse - engineList * heap.size(heap.garbageList)
    )
  }
}

extension HeapEvent {
  /// The object an event is about, if any.
  var object: ObjectID? {
    switch self {
    case .allocated(let id, _, _), .incref(let id, _, _), .decref(let id, _, _), .freed(let id), .tracked(let id, _),
      .untracked(let id), .gcRefs(let id, _), .reachable(let id), .unreachable(let id), .finalizerCalled(let id),
      .resurrected(let id), .cleared(let id), .addedToGarbage(let id), .referencesChanged(let id),
      .colored(let id, _), .buffered(let id, _):
      return id
    case .collectionStarted, .phase, .trialPhase, .promoted, .collectionFinished, .output, .line:
      return nil
    }
  }

  var isAllocation: Bool {
    if case .allocated = self { return true }
    return false
  }
}
