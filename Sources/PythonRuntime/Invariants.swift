import GCEngine
import PythonFrontEnd

/// The checks tests run between line steps: every refcount equals the
/// references held to the object by other objects, frames, stacks and the
/// interpreter's own roots; the generation lists are consistent.
extension Interpreter {
  /// References held outside the heap's objects, by object.
  public func rootReferences() -> [ObjectID: Int] {
    var roots: [ObjectID: Int] = [:]
    func add(_ v: Value) { if case .object(let o) = v { roots[o, default: 0] += 1 } }
    add(.object(globals))  // the module object
    add(.object(heap.garbageList))  // the gc module
    for id in heap.startupIDs { add(.object(id)) }
    if let list = callbackList { add(.object(list)) }
    if let t = sharedEmptyTuple { add(.object(t)) }
    for t in arenaConstants { add(.object(t)) }
    if let list = pendingList { add(.object(list)) }
    if let first = pendingFirst { add(first) }
    for id in classInternals { add(.object(id)) }
    // Sets the compiler and startup made: constants, 2.7's empty frozenset.
    for id in constantFrozensets.values { add(.object(id)) }
    if let id = emptyFrozenset { add(.object(id)) }
    for loaded in loadedCodes {
      for slot in loaded.code.constantTuples.keys { add(loaded.constants[slot]) }
    }
    // The exception being handled (2.7: the thread state and sys.exc_*).
    add(handled3)
    for v in [handled27.type, handled27.value, handled27.traceback] {
      add(v)
      add(v)
    }
    for f in frames {
      f.locals.forEach(add)
      f.stack.forEach(add)
      // (2.7: a generator's frame object is its generator's reference.)
      if let fo = f.frameObject, !(is27 && f.code.isGenerator) { add(.object(fo)) }
      if f.code.kind == .classBody { add(.object(f.namespace)) }
      if let saved = f.savedException { [saved.type, saved.value, saved.traceback].forEach(add) }
    }
    return roots
  }

  /// Whether the exact check applies now: no collection is running and no
  /// C-level caller (instantiation, `__del__`, a callback) holds references
  /// in its own variables.
  public var invariantsApply: Bool { !heap.collecting && nativeDepth == 0 }

  public func invariantProblems() -> [String] {
    guard !heap.collecting else { return [] }
    return heap.listProblems() + (invariantsApply ? heap.refcountProblems(roots: rootReferences()) : [])
  }
}
