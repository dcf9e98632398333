import GCEngine

extension RunState {
  /// Applies one entry: the only way a state changes.
  public mutating func apply(_ entry: Entry) {
    position += 1
    switch entry {
    case .line(let line, let column, let depth):
      lineStep += 1
      self.line = line
      self.column = column
      // The frames were synced just before the line entry: they are the
      // stack this line runs in.
      recentLines.lineStarted(line, depth: depth, function: depth < frames.count ? frames[depth].function : "")
      lastEvent = nil
      stopInStep = 0
    case .instruction:
      lastEvent = nil
      stopInStep += 1
    case .event(let event):
      applyEvent(event)
      stopInStep += 1
    case .upsert(let object):
      objects[object.id] = object
    case .refresh(var object, let edit):
      var references = objects[object.id]?.references ?? []
      // Emptied first, so `references` is the only copy and edits in place.
      objects[object.id]?.references = []
      edit.apply(to: &references)
      object.references = references
      objects[object.id] = object
    case .remove(let id):
      objects[id] = nil
    case .frames(let edit):
      edit.apply(to: &frames)
    case .counters(let counters):
      self.counters = counters
    case .interpreterReferences(let references):
      interpreterReferences = references
    case .sample(let sample):
      memory.append(sample)
      // Trimmed in batches: removing one sample per step would move the
      // whole array every step of a long run.
      if memory.count >= 2 * RunState.memoryLimit { memory.removeFirst(memory.count - RunState.memoryLimit) }
    case .restart(let state):
      let applied = position
      self = state
      position = applied
    case .ended(let ending):
      self.ending = ending
      // The end is a step of its own, with no stops (and a recording that
      // slept until the end does not count the ones before it).
      stopInStep = 0
      flushPendingOutput()
    }
  }

  /// The step the screen shows: lines completed. While running, the line
  /// marked is about to run (started, not finished); at the end all did.
  public var step: Int { ending != nil ? lineStep : max(0, lineStep - 1) }

  private mutating func applyEvent(_ event: HeapEvent) {
    lastEvent = event
    if let id = CollectionMarks.object(of: event) {
      // In place: a collection sends one of these per object it scans.
      objects[id]?.applyMarks(event)
      return
    }
    switch event {
    case .incref(let id, let count, _), .decref(let id, let count, _):
      objects[id]?.refcount = count
    case .tracked(let id, let generation):
      objects[id]?.generation = generation
    case .untracked(let id):
      objects[id]?.generation = nil
    case .collectionStarted(let generation, let automatic):
      collection = CollectionProgress(generation: generation, automatic: automatic)
    case .phase(let phase):
      collection?.phase = phase
    case .trialPhase(let phase):
      collection?.trialPhase = phase
    case .colored(let id, let color):
      objects[id]?.trialColor = color
    case .buffered(let id, let isBuffered):
      objects[id]?.isBuffered = isBuffered
    case .gcRefs, .reachable, .unreachable, .finalizerCalled, .resurrected, .cleared, .addedToGarbage:
      break  // applied above
    case .collectionFinished:
      collection = nil
      // The marked ones listed first: changing `objects` while iterating
      // its keys copied the whole dictionary at every collection.
      let marked = objects.compactMap { $0.value.gcRefs != nil || $0.value.mark != nil ? $0.key : nil }
      for id in marked {
        objects[id]?.gcRefs = nil
        objects[id]?.mark = nil
      }
    case .output(let stream, let text):
      appendOutput(stream, text)
    case .freed(let id):
      objects[id] = nil
    case .allocated, .promoted, .line, .referencesChanged:
      break
    }
  }

  /// Only the new text is split (a line printed a piece at a time must
  /// not be rescanned at each piece), and a line keeps at most
  /// `lineLengthLimit` bytes: no panel shows more of it.
  private mutating func appendOutput(_ stream: GCEngine.OutputStream, _ text: String) {
    var pending = stream == .stdout ? pendingStdout : pendingStderr
    // Taken out of the state, so that appending does not copy it.
    if stream == .stdout { pendingStdout = "" } else { pendingStderr = "" }
    // Newlines found in the UTF-8 bytes: splitting by Character walked
    // graphemes, most of recording a run that prints tracebacks.
    var start = text.startIndex
    while let newline = text.utf8[start...].firstIndex(of: UInt8(ascii: "\n")) {
      RunState.appendCapped(text[start..<newline], to: &pending)
      output.append(OutputLine(stream: stream, text: pending))
      pending = ""
      start = text.utf8.index(after: newline)
    }
    RunState.appendCapped(text[start...], to: &pending)
    if output.count >= 2 * RunState.outputLimit { output.removeFirst(output.count - RunState.outputLimit) }
    if stream == .stdout { pendingStdout = pending } else { pendingStderr = pending }
  }

  /// The most of one output line a state keeps.
  public static let lineLengthLimit = 4096

  private static func appendCapped(_ piece: Substring, to line: inout String) {
    let room = lineLengthLimit - line.utf8.count
    guard room > 0 else { return }
    if piece.utf8.count <= room {
      line += piece
    } else {
      line += String(decoding: piece.utf8.prefix(room), as: UTF8.self).dropLast() + "…"
    }
  }

  private mutating func flushPendingOutput() {
    if !pendingStdout.isEmpty { output.append(OutputLine(stream: .stdout, text: pendingStdout)) }
    if !pendingStderr.isEmpty { output.append(OutputLine(stream: .stderr, text: pendingStderr)) }
    pendingStdout = ""
    pendingStderr = ""
  }

  /// The memory chart's samples: the last `RunState.memoryLimit`.
  public var recentMemory: ArraySlice<MemorySample> { memory.suffix(RunState.memoryLimit) }

  /// Output lines including text not yet ended by a newline (what the
  /// output panel shows).
  public var visibleOutput: [OutputLine] {
    var lines = Array(output.suffix(RunState.outputLimit))
    if !pendingStdout.isEmpty { lines.append(OutputLine(stream: .stdout, text: pendingStdout)) }
    if !pendingStderr.isEmpty { lines.append(OutputLine(stream: .stderr, text: pendingStderr)) }
    return lines
  }
}
