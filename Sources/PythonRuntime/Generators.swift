import GCEngine
import PythonFrontEnd

/// A generator's frame between runs, and where it stands. The heap object
/// holds the references: while the generator is suspended, what its frame
/// holds moves into the object, so the collector sees them as the
/// generator's (gen_traverse); while it runs they are the frame's again.
final class GeneratorState {
  let frame: FrameState
  /// 3.x: the function, which the generator's frame holds (f_func).
  let function: ObjectID
  var started = false
  var running = false

  init(frame: FrameState, function: ObjectID) {
    self.frame = frame
    self.function = function
  }
}

/// Generators (Objects/genobject.c): a call of a function with `yield`
/// makes one; `next`, `send`, a `for` loop run its frame to the next
/// `yield`; `close` (and the end of a suspended generator) throws
/// GeneratorExit into it. 3.x embeds the frame and holds the function;
/// 2.7 points at a frame object, which holds the variables.
extension Interpreter {
  /// RETURN_GENERATOR (3.x) / PyGen_New (2.7): the frame just set up for
  /// the call becomes the generator's, suspended before its first line.
  func makeGenerator(_ function: ObjectID, _ frame: FrameState) -> ObjectID {
    frames.removeLast()
    let sizes = profile.objectSizes
    // 3.x: the frame's variables and stack inline (stack depth estimated
    // as frames' is).
    let size = sizes.generatorBase + sizes.generatorPerSlot * (frame.locals.count + 4)
    let gen = heap.makeObject(.generator, size: size, freeList: nil)
    // Its code, above the two bits of its end (gi_code outlives the frame).
    heap.setAux(gen, frame.code.index << 2)
    if is27 {
      // The frame object's reference (made at the call) is the generator's.
      heap.setItems(gen, [.object(frame.frameObject!)])
    } else {
      heap.incref(function, .container)
      heap.setItems(gen, [.object(function)])
    }
    heap.track(gen)
    generatorStates[gen.raw] = GeneratorState(frame: frame, function: function)
    suspendGenerator(gen)
    return gen
  }

  /// The frame stops: its variables and stack move into the generator
  /// (2.7: into its frame object), and the heap learns what its end needs.
  private func suspendGenerator(_ gen: ObjectID) {
    let state = generatorStates[gen.raw]!
    let f = state.frame
    var held = Array(f.locals)
    held.append(contentsOf: Array(f.stack))
    f.locals.removeAll()
    f.stack.removeAll()
    if is27 {
      let fo = f.frameObject!
      heap.withItems(fo) { $0 = held }
      heap.setOwnsSlots(fo)
      outlivingFrameNames[fo] = f.code.localNames
    } else {
      // _PyFrame_Traverse: a frame object made for the frame (a
      // traceback's) is the frame's reference too.
      let frameObject = f.frameObject.map { [Value.object($0)] } ?? []
      heap.withItems(gen) { $0 = held + frameObject + [.object(state.function)] }
    }
    // Unstarted ones too: 2.7's frame has a stack to close, 3.x's
    // finalizer marks it done.
    heap.setGeneratorEnd(gen, is27 && !f.blocks.isEmpty ? .closeUncollectable : .close)
  }

  /// The frame runs again: what it holds comes back from the object.
  private func restoreGenerator(_ gen: ObjectID) {
    let state = generatorStates[gen.raw]!
    let f = state.frame
    let slots = f.code.localNames.count
    let held: [Value]
    if is27 {
      let fo = f.frameObject!
      held = heap.withItems(fo) { items -> [Value] in
        defer { items = [] }
        return items
      }
      heap.setOwnsSlots(fo, false)
    } else {
      let trailing = f.frameObject == nil ? 1 : 2
      held = heap.withItems(gen) { items -> [Value] in
        defer { items = [.object(state.function)] }
        return Array(items.dropLast(trailing))
      }
    }
    f.locals.append(contentsOf: held.prefix(slots))
    f.stack.append(contentsOf: held.dropFirst(slots))
    heap.setGeneratorEnd(gen, .nothing)
  }

  /// gen_send_ex: runs the generator to its next `yield` and returns what
  /// it yields (owned), or nil once it has returned. `thrown` is raised
  /// at the `yield` it stopped at instead of sending. `fromC`: a builtin
  /// runs it, holding references in its own variables meanwhile (FOR_ITER
  /// holds none but the stack's).
  func resumeGenerator(
    _ gen: ObjectID, sending sent: Value = .none, throwing thrown: PythonException? = nil, fromC: Bool = true
  ) throws(RunError) -> Value? {
    guard let state = generatorStates[gen.raw] else {
      if let thrown { throw .python(thrown) }
      return nil
    }
    if state.running { throw pythonError("ValueError", "generator already executing") }
    if !state.started && thrown == nil && sent != .none {
      throw pythonError(
        "TypeError",
        "can't send non-None value to a just-started generator")
    }
    if frames.count >= recursionLimit {
      throw pythonError(is27 ? "RuntimeError" : "RecursionError", "maximum recursion depth exceeded")
    }
    if frames.count >= frameBound { throw .limit(.reached(.depth(frameBound))) }
    // 3.x gives a generator an exception state of its own (gi_exc_state),
    // which the simulator does not keep apart from its caller's.
    if !is27 && handled3 != .none {
      throw unsupported("running a generator while an exception is being handled")
    }
    let f = state.frame
    restoreGenerator(gen)
    if state.started {
      pushCopy(f, sent)
    } else {
      f.line = Int32(f.code.firstLine)
    }
    state.started = true
    state.running = true
    frames.append(f)
    f.throwOnResume = thrown.map { RunError.python($0) }
    if fromC { nativeDepth += 1 }
    defer { if fromC { nativeDepth -= 1 } }
    let result: Value
    do {
      result = try execute(f)
    } catch {
      state.running = false
      finishGenerator(gen)
      throw error
    }
    state.running = false
    if f.suspended {
      f.suspended = false
      // 2.7: a frame that caught an exception gives the caller back its
      // own exception state when it yields, as when it returns.
      if is27 { restoreHandled27(f) }
      frames.removeLast()
      suspendGenerator(gen)
      return result
    }
    heap.decref(result, .stack)
    finishGenerator(gen)
    return nil
  }

  /// The frame returned or raised: the generator lets go of it (its
  /// variables, then 3.x's function, 2.7's frame object) for good.
  private func finishGenerator(_ gen: ObjectID) {
    guard let state = generatorStates.removeValue(forKey: gen.raw) else { return }
    heap.setGeneratorEnd(gen, .nothing)
    // The reference the generator held moves to the frame being torn down.
    heap.withItems(gen) { $0 = [] }
    tearDown(state.frame)
    if !is27 { heap.decref(state.function, .release) }
  }

  /// `close()`: GeneratorExit thrown in at the `yield`; a generator that
  /// yields again is an error, one that ends (or raises GeneratorExit or
  /// StopIteration) is closed. 3.x closes an unstarted one without
  /// running it.
  func closeGenerator(_ gen: ObjectID) throws(RunError) {
    guard let state = generatorStates[gen.raw] else { return }
    if let fo = state.frame.frameObject, !heap.ownsSlots(fo) {
      // 2.7: the collector cleared its frame (f_stacktop NULL): nothing
      // left to run; the frame object goes with the generator.
      generatorStates[gen.raw] = nil
      heap.setGeneratorEnd(gen, .nothing)
      return
    }
    if !is27 && !state.started {
      // Marked done; its frame's references stay until it is freed.
      generatorStates[gen.raw] = nil
      heap.setGeneratorEnd(gen, .nothing)
      return
    }
    do throws(RunError) {
      if let yielded = try resumeGenerator(gen, throwing: PythonException("GeneratorExit", "")) {
        heap.decref(yielded, .stack)
        throw pythonError("RuntimeError", "generator ignored GeneratorExit")
      }
    } catch {
      guard case .python(let e) = error else { throw error }
      // gen_close asks PyErr_ExceptionMatches(StopIteration), then
      // (GeneratorExit); 2.7 asks each class's __subclasscheck__.
      let raised = Native.exceptionClasses[e.type]?.value ?? .none
      askSubclassCheck27(raised, Native.stopIteration.value)
      guard e.type == "StopIteration" || e.type == "GeneratorExit" else { throw error }
      if e.type != "StopIteration" { askSubclassCheck27(raised, Native.generatorExit.value) }
      discardUncaught(e)
    }
  }

  /// The finalizer of a suspended generator (its dealloc, or 3.x's
  /// collector): close it; what that raises is reported and ignored.
  func finalizeGenerator(_ gen: ObjectID) {
    let floor = handlerFloor
    handlerFloor = frames.count
    defer { handlerFloor = floor }
    do {
      try closeGenerator(gen)
    } catch {
      reportUnraisable(error, in: .object(gen))
    }
  }

  /// `<generator object f at 0x...>` (3.x names it by qualified name).
  func generatorRepr(_ gen: ObjectID) -> String {
    let code = generatorCode(gen)
    return "<generator object \(is27 ? code.name : code.qualifiedName) at \(hexAddress(gen))>"
  }

  /// The code a generator runs (kept after it finished, as gi_code is).
  func generatorCode(_ gen: ObjectID) -> CodeObject {
    program.codes[Int(heap.aux(gen) >> 2)]
  }

  /// What a generator's slots are, as the inspector labels them: 2.7's
  /// frame object; 3.x's variables, stack entries, then the function.
  func generatorSlotLabels(_ gen: ObjectID) -> [String] {
    if is27 { return ["gi_frame"] }
    let count = heap.items[gen.index].count
    // (Read as it is being made, before it has a code.)
    guard count > 0 else { return [] }
    let names = generatorCode(gen).localNames
    let framed = generatorStates[gen.raw]?.frame.frameObject != nil && count > 1
    return (0..<count).map { n in
      if n == count - 1 { return "gi_func" }
      if framed && n == count - 2 { return "gi_frame" }
      return n < names.count ? names[n] : "(stack)"
    }
  }

  /// The methods a generator has that the simulator runs.
  func generatorMethod(_ name: String) -> Native? {
    switch name {
    case "send": return .generatorSend
    case "close": return .generatorClose
    case "next" where is27: return .generatorNext
    case "__next__" where !is27: return .generatorNext
    default: return nil
    }
  }

  /// `g.send(v)`, `g.next()` / `g.__next__()`, `g.close()`.
  func callGeneratorMethod(_ native: Native, _ gen: ObjectID, _ args: [Value]) throws(RunError) -> Value {
    switch native {
    case .generatorClose:
      try closeGenerator(gen)
      return .none
    default:
      let sent = native == .generatorSend ? args[0] : .none
      if let value = try resumeGenerator(gen, sending: sent) { return value }
      throw pythonError("StopIteration", "")
    }
  }
}
