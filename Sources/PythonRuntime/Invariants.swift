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
    // The named ones the inspector lists (`HeldReferences.swift`).
    forEachInterpreterReference { _, v in add(v) }
    for (index, f) in frames.enumerated() {
      f.locals.forEach(add)
      f.stack.forEach(add)
      forEachFrameInternal(at: index) { _, v in add(v) }
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
