import GCEngine
import PythonFrontEnd

/// Builtin types called to make a value (`str`, `list`, `dict`, `int`,
/// `range`, `set`, ...) and the descriptor types (`property`, `staticmethod`,
/// `classmethod`, `super`). Arguments are borrowed; the result is owned.
extension Interpreter {
  func callTypeBuiltin(_ native: Native, _ args: [Value]) throws(RunError) -> Value {
    switch native {
    case .str:
      if args.isEmpty { return .str("") }
      // unicode_new's PyObject_Str checks signals first, even for a str.
      checkSignals()
      // str() of a str is that str itself.
      if case .str = plain(args[0]) { return keep(args[0]) }
      return makeString(try str(args[0], builtin: true))
    case .range:
      var bounds: [Int] = []
      for a in args {
        guard let i = intValue(a) else {
          throw is27
            ? pythonError("TypeError", "range() integer end argument expected, got \(typeName(a)).") : notAnInteger(a)
        }
        bounds.append(i)
      }
      let (start, stop, step) =
        bounds.count == 1 ? (0, bounds[0], 1) : (bounds[0], bounds[1], bounds.count == 3 ? bounds[2] : 1)
      guard step != 0 else {
        throw pythonError(
          "ValueError", is27 ? "range() step argument must not be zero" : "range() arg 3 must not be zero")
      }
      if is27 {
        // 2.7's range() builds a real list of ints.
        let range = IntRange(start: start, stop: stop, step: step)
        guard range.length <= UInt(Int.max) else {
          throw pythonError("OverflowError", "range() result has too many items")
        }
        let count = Int(range.length)
        try reserveList(count: count)
        return .object(try makeList((0..<count).map { .int(range.value(at: $0)) }))
      }
      let id = nextNativeID()
      ranges[id] = (start, stop, step)
      return .native(id)
    case .set, .frozenset:
      return try callSetType(frozen: native == .frozenset, args)
    case .list:
      if args.isEmpty { return .object(try makeList([])) }
      let items = try iterate(args[0])
      return .object(try makeList(items))
    case .tuple:
      if args.isEmpty { return .object(makeTuple([], freeList: true)) }
      if case .object(let o) = args[0], heap.kind(o) == .tuple {
        heap.incref(o, .stack)
        return args[0]
      }
      return .object(makeTuple(try iterate(args[0]), freeList: true))
    case .dict:
      // dict() is type->tp_alloc, a fresh block that counts as an
      // allocation; only the literal `{}` (PyDict_New) takes the free list.
      if args.isEmpty { return .object(heap.makeObject(.dict, size: profile.objectSizes.dict, freeList: nil)) }
      guard case .object(let o) = args[0], heap.kind(o) == .dict else { throw unsupported("dict() from this argument") }
      var pairs: [Value] = []
      for (k, v) in heap.tables[o.index].entries {
        heap.incref(k, .container)
        heap.incref(v, .container)
        pairs += [k, v]
      }
      return .object(try makeDict(pairs: pairs))
    case .type:
      let type = typeOf(args[0])
      // Kinds whose own type the simulator has no object for (an iterator,
      // a frame) would come out as `object`: refused instead.
      if type == Native.object.value, case .object(let o) = args[0], heap.kind(o) != .plainObject {
        throw unsupported("type() of a \(heap.typeName(o))")
      }
      return type
    case .int:
      if args.isEmpty { return .int(0) }
      if let i = intValue(args[0]) { return .int(i) }
      if case .float(let x) = args[0] { return try truncatedInt(x) }
      if case .str(let s) = plain(args[0]), let i = Int(s.trimmingCharacters(in: " \t\n")) { return .int(i) }
      throw pythonError("ValueError", "invalid literal for int() with base 10: \(try repr(args[0]))")
    case .bool:
      return .bool(try args.first.map { (v) throws(RunError) in try truthy(v) } ?? false)
    case .float:
      return try makeFloat(args)
    case .object:
      // object_new: arguments are an error for `object` itself; the block
      // is a bare header (the type has no GC flag, so nothing is tracked).
      guard args.isEmpty else {
        throw pythonError("TypeError", is27 ? "object() takes no parameters" : "object() takes no arguments")
      }
      return .object(heap.makeUntrackedObject(.plainObject, size: profile.objectSizes.plainObject))
    case .staticmethod, .classmethod:
      guard args.count == 1 else {
        throw pythonError(
          "TypeError",
          "\(native.pythonName) expected 1 argument\(is27 ? "s" : ""), got \(args.count)")
      }
      return .object(try makeMethodWrapper(native, args[0]))
    case .property:
      guard args.count <= 4 else {
        throw pythonError(
          "TypeError",
          "property() takes at most 4 arguments (\(args.count) given)")
      }
      return .object(makeProperty(args))
    case .superType:
      return .object(try makeSuper(args))
    default:
      throw unsupported("calling \(native.pythonName)")
    }
  }
}
