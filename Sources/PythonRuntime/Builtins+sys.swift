import GCEngine
import PythonFrontEnd

/// The simulated `sys` module: reference counts, sizes, the recursion
/// limit and the exception being handled.
extension Interpreter {
  /// `sys.name`: the simulated member, or nil (refused or an
  /// AttributeError, as `moduleAttribute` decides).
  func sysAttribute(_ name: String) -> Value? {
    if name == "getrefcount" { return Native.sysGetrefcount.value }
    if name == "getsizeof" { return Native.sysGetsizeof.value }
    if name == "getrecursionlimit" { return Native.sysGetrecursionlimit.value }
    if name == "setrecursionlimit" { return Native.sysSetrecursionlimit.value }
    if name == "exc_info" { return Native.sysExcInfo.value }
    if name == "_getframe" { return Native.sysGetframe.value }
    if name == "exc_clear" && is27 { return Native.sysExcClear.value }
    return nil
  }

  /// Calls a function of `sys`. Arguments are borrowed; the result
  /// is an owned reference.
  func callSys(_ native: Native, _ args: [Value]) throws(RunError) -> Value {
    switch native {
    case .sysGetrefcount:
      if let immortal = profile.immortalRefcount, isImmortal(args[0]) { return .int(immortal) }
      guard case .object(let o) = args[0] else {
        if isFloat(args[0]) {
          throw unsupported("sys.getrefcount of a float (float objects are not simulated)")
        }
        throw unsupported("sys.getrefcount of a \(typeName(args[0])) (its real count depends on interning)")
      }
      return .int(heap.refcount(o))
    case .sysGetsizeof:
      // Immediate values: their sizes are the profile's.
      switch plain(args[0]) {
      case .float: if let size = profile.floatSize { return .int(size) }
      case .int(let i): if let size = profile.intSizes.size(of: i) { return .int(size) }
      case .bool(let b): if let size = profile.intSizes.size(of: b ? 1 : 0) { return .int(size) }
      case .str(let s) where args[0].objectID == nil: return .int(profile.stringSizes.size(of: s))
      default: break
      }
      guard case .object(let o) = args.first ?? .none else { throw unsupported("sys.getsizeof of this value") }
      // The object's own request (GC header included, as getsizeof counts
      // it); a container's separate item storage and a frame's slots are
      // not modelled byte for byte.
      switch heap.kind(o) {
      case .list where !heap.items[o.index].isEmpty, .dict where heap.tables[o.index].count > 0, .frame:
        throw unsupported("sys.getsizeof of a \(heap.typeName(o)) with contents")
      case .set, .frozenset:
        return .int(heap.setSizeof(o))
      case .instance where profile.instanceDicts == .inlineValues && slotLayout(ofInstance: o) == nil:
        // 3.13's object.__sizeof__ is the type's basic size: the inline
        // values after it are not counted.
        return .int(profile.objectSizes.instance)
      default:
        return .int(heap.size(o))
      }
    case .sysGetrecursionlimit:
      return .int(recursionLimit)
    case .sysGetframe:
      // The frame `depth` calls out, as an object (3.x makes it now; the
      // running frame owns it until it returns).
      var depth = 0
      if let arg = args.first {
        guard let d = intValue(arg) else {
          throw is27 ? pythonError("TypeError", "an integer is required") : notAnInteger(arg)
        }
        depth = d
      }
      // A negative depth walks no frame back (CPython's loop runs while depth > 0).
      depth = max(depth, 0)
      guard depth < frames.count else { throw pythonError("ValueError", "call stack is not deep enough") }
      let frame = frames[frames.count - 1 - depth]
      if frame.code.isGenerator { throw unsupported("sys._getframe of a generator's frame") }
      let fo = materializeFrameObject(frame)
      heap.incref(fo, .stack)
      return .object(fo)
    case .sysExcInfo:
      return .object(excInfo())
    case .sysExcClear:
      clearHandled27()
      return .none
    case .sysSetrecursionlimit:
      guard let n = intValue(args[0]), n > 0 else {
        throw pythonError("ValueError", "recursion limit must be greater or equal than 1")
      }
      // No cap here: the simulator's depth limit stops a run that goes
      // deeper than it allows, with its own message.
      recursionLimit = n
      return .none
    default:
      throw unsupported("calling \(native.pythonName)")
    }
  }

  /// PEP 683 (3.12 `Include/object.h` `_Py_IsImmortal`): the objects the
  /// runtime creates immortal that a program can reach here: None, the
  /// bools, the small ints (-5...256, `_PyLong_SMALL_INTS`), the empty and
  /// one-character latin-1 strs (`_Py_STR`/`_Py_LATIN1_CHR` singletons),
  /// the empty tuple and the static builtin types. (Interned strs are
  /// immortal too, but which of the simulator's strs CPython interned is
  /// not modelled: their counts stay refused.)
  func isImmortal(_ v: Value) -> Bool {
    switch v {
    case .none, .bool: return true
    case .int(let i): return (-5...256).contains(i)
    case .native(let raw): return Native(rawValue: raw)?.isType ?? false
    case .object(let o):
      if heap.isImmortal(o) { return true }
      guard heap.kind(o) == .str else { return false }
      return isLatin1Singleton(heap.stringText(o))
    case .str(let s): return isLatin1Singleton(s)
    default: return false
    }
  }

  private func isLatin1Singleton(_ s: String) -> Bool {
    var scalars = s.unicodeScalars.makeIterator()
    guard let first = scalars.next() else { return true }
    return first.value < 256 && scalars.next() == nil
  }
}
