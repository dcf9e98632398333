import GCEngine
import PythonFrontEnd

/// `weakref.proxy` (Objects/weakrefobject.c): a weakref object that stands
/// for its referent. Attribute reads, stores and deletes, calls, `str`,
/// truth and (3.x) comparisons go to the referent, each holding a
/// reference to it while it runs (UNWRAP); once the referent is gone they
/// raise ReferenceError. A proxy is a `.weakref` object whose heap label
/// is its type's name.
extension Interpreter {
  /// `weakref.proxy(obj[, callback])`: a callback-less proxy is shared, as
  /// a callback-less ref is; the type is the callable one when the
  /// referent can be called (PyCallable_Check when the proxy is made).
  func makeProxy(_ target: Value, callback: Value?) throws(RunError) -> ObjectID {
    let o = try weaklyReferenceable(target)
    let cb = callback ?? .none
    if cb == .none, let existing = heap.weakrefs(to: o).first(where: { isProxy($0) && weakrefCallback($0) == .none }) {
      heap.incref(existing, .stack)
      return existing
    }
    let p = makeWeakReference(to: o, callback: cb)
    let callable = isCallable(target)
    heap.setLabel(p, proxyTypeName(callable: callable))
    return p
  }

  /// The proxy type's tp_name, as messages and `gc` print it.
  func proxyTypeName(callable: Bool) -> String {
    switch (is27, callable) {
    case (true, false): return "weakproxy"
    case (true, true): return "weakcallableproxy"
    case (false, false): return "weakref.ProxyType"
    case (false, true): return "weakref.CallableProxyType"
    }
  }

  func isProxy(_ w: ObjectID) -> Bool {
    heap.kind(w) == .weakref && !heap.label(w).isEmpty
  }

  func isProxy(_ v: Value) -> Bool {
    if case .object(let o) = v { return isProxy(o) }
    return false
  }

  func isCallableProxy(_ w: ObjectID) -> Bool {
    heap.label(w).hasSuffix(is27 ? "callableproxy" : "CallableProxyType")
  }

  /// A weakref's callback (None when it has none or it was cleared).
  func weakrefCallback(_ w: ObjectID) -> Value {
    heap.items[w.index].first ?? .none
  }

  /// The referent of proxy `p` with a reference held for the operation
  /// (the caller drops it), or ReferenceError once it is gone.
  func proxyReferent(_ p: ObjectID) throws(RunError) -> Value {
    guard let o = heap.weakrefTarget(p) else {
      throw pythonError("ReferenceError", "weakly-referenced object no longer exists")
    }
    heap.incref(o, .stack)
    return .object(o)
  }

  /// Runs `body` on the referent of proxy `p`, holding it meanwhile.
  func withProxyReferent<R>(_ p: ObjectID, _ body: (Value) throws(RunError) -> R) throws(RunError) -> R {
    let referent = try proxyReferent(p)
    defer { heap.decref(referent, .stack) }
    return try body(referent)
  }

  /// `<weakproxy at P to C at O>`: both versions print the referent's
  /// tp_name, and None's when it is gone.
  func proxyRepr(_ p: ObjectID) -> String {
    let referent = heap.weakrefTarget(p).map { Value.object($0) } ?? .none
    let at = String(identity(referent), radix: 16)
    return "<weakproxy at \(hexAddress(p)) to \(typeName(referent)) at 0x\(at)>"
  }

  /// `==` or `!=` with a proxy on either side. 3.x's proxy_richcompare
  /// unwraps both sides; 2.7's proxy has only tp_compare, which the
  /// comparison reaches when both sides are proxies: a proxy and anything
  /// else are unequal there, dead or not.
  func proxyEquality(_ a: Value, _ b: Value, level: Int) throws(RunError) -> Bool {
    if is27 && !(isProxy(a) && isProxy(b)) { return isSame(a, b) }
    let left = try unwrapped(a)
    defer { heap.decref(left, .stack) }
    let right = try unwrapped(b)
    defer { heap.decref(right, .stack) }
    return try equal(left, right, level: level)
  }

  /// `v` itself, or a proxy's referent; either with a reference held.
  private func unwrapped(_ v: Value) throws(RunError) -> Value {
    if case .object(let p) = v, isProxy(p) { return try proxyReferent(p) }
    heap.incref(v, .stack)
    return v
  }
}
