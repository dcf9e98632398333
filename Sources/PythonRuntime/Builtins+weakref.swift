import GCEngine
import PythonFrontEnd

/// The simulated `weakref` module: `ref`, `proxy`, `getweakrefcount`, and
/// the weak reference objects they make.
extension Interpreter {
  /// `weakref.name`: the simulated member, or nil (refused or an
  /// AttributeError, as `moduleAttribute` decides).
  func weakrefAttribute(_ name: String) -> Value? {
    if name == "ref" { return Native.weakrefRef.value }
    if name == "getweakrefcount" { return Native.weakrefGetweakrefcount.value }
    if name == "getweakrefs" { return Native.weakrefGetweakrefs.value }
    if name == "proxy" { return Native.weakrefProxy.value }
    return nil
  }

  /// Calls a function of `weakref`. Arguments are borrowed; the result
  /// is an owned reference.
  func callWeakref(_ native: Native, _ args: [Value]) throws(RunError) -> Value {
    switch native {
    case .weakrefGetweakrefcount:
      // The weak references (and, not modelled, proxies) to the object.
      guard case .object(let o) = args[0] else { return .int(0) }
      return .int(heap.weakrefs(to: o).count)
    case .weakrefGetweakrefs:
      // A new list in the order of the object's weakref list.
      guard case .object(let o) = args[0] else { return .object(try makeList([])) }
      let refs = weakrefListOrder(o).map(Value.object)
      for r in refs { heap.incref(r, .container) }
      return .object(try makeList(refs))
    case .weakrefRef:
      return .object(try makeWeakref(args[0], callback: args.count == 2 ? args[1] : nil))
    case .weakrefProxy:
      return .object(try makeProxy(args[0], callback: args.count == 2 ? args[1] : nil))
    default:
      throw unsupported("calling \(native.pythonName)")
    }
  }

  /// The object's weakref list as CPython keeps it: the ref without a
  /// callback first (insert_head), the proxies without one after it, then
  /// those with callbacks, each inserted right after those basic ones, so
  /// the newest first.
  func weakrefListOrder(_ o: ObjectID) -> [ObjectID] {
    let refs = heap.weakrefs(to: o)
    let basic = refs.filter { weakrefCallback($0) == .none }
    let basicRefs = basic.filter { !isProxy($0) }
    let basicProxies = basic.filter { isProxy($0) }
    let withCallbacks = refs.filter { weakrefCallback($0) != .none }
    return basicRefs + basicProxies.reversed() + withCallbacks.reversed()
  }

  func makeWeakref(_ target: Value, callback: Value?) throws(RunError) -> ObjectID {
    let o = try weaklyReferenceable(target)
    let cb = callback ?? .none
    if cb == .none, let existing = heap.weakrefs(to: o).first(where: { !isProxy($0) && weakrefCallback($0) == .none }) {
      // A plain ref without callback is shared, as CPython does.
      heap.incref(existing, .stack)
      return existing
    }
    return makeWeakReference(to: o, callback: cb)
  }

  /// The referent of a new weak reference or proxy, or CPython's error
  /// for a type without a weakref list (the simulator refuses the types
  /// that have one but that it does not weakly reference).
  func weaklyReferenceable(_ target: Value) throws(RunError) -> ObjectID {
    guard case .object(let o) = target,
      [.instance, .function, .classObject, .generator, .boundMethod].contains(heap.kind(o))
    else {
      // The types without a weakref list raise as CPython does; the others
      // (bound methods, modules, builtin functions and types, weakrefs)
      // are weakly referenceable there but not in the simulator.
      switch target {
      case .none, .bool, .int, .str:
        break
      case .object(let o) where [.list, .dict, .tuple, .str, .plainObject].contains(heap.kind(o)):
        break
      default:
        throw unsupported("a weak reference to a \(typeName(target)) object")
      }
      throw pythonError("TypeError", "cannot create weak reference to '\(typeName(target))' object")
    }
    if heap.kind(o) == .instance, let slots = slotLayout(ofInstance: o), !slots.weakrefable {
      throw pythonError("TypeError", "cannot create weak reference to '\(typeName(target))' object")
    }
    return o
  }

  /// A new weakref object (a ref, or a proxy once labelled) to `o`,
  /// holding `callback`.
  func makeWeakReference(to o: ObjectID, callback cb: Value) -> ObjectID {
    let w = heap.makeObject(.weakref, size: profile.objectSizes.weakref, freeList: nil)
    heap.incref(cb, .container)
    heap.setItems(w, [cb])
    heap.addWeakref(w, to: o)
    heap.track(w)
    return w
  }
}
