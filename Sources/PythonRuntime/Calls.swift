import GCEngine
import PythonFrontEnd

/// Calls, as CPython makes them. Where the argument references live during
/// a call is what `sys.getrefcount` observes: 2.7 leaves them on the
/// caller's stack and the callee takes its own (+2 inside); 3.11 moves them
/// into the callee's frame (+1).
extension Interpreter {
  // MARK: Call instructions

  /// `call argc`: the callee sits at `base`, its arguments above it.
  func callInstruction(_ f: FrameState, argc: Int, base: Int) throws(RunError) {
    let callee = f.stack[base]
    switch callee {
    case .object(let o) where heap.kind(o) == .function:
      try callFunctionOnStack(f, function: o, base: base, argc: argc)
    case .native(let raw) where raw < 0:
      let result = try runInlinedComprehension(program.codes[Int(-raw - 1)], iterator: pop(f))
      drop(f)
      push(f, result)
    case .object(let m) where heap.kind(m) == .boundMethod:
      // Unpack the method: `self` takes the method's place on the stack.
      let items = heap.items[m.index]
      let function = items[0]
      let selfValue = items[1]
      if selfValue == .none, case .object(let fn) = function {
        // 2.7 unbound method: do_call moves the arguments into a tuple.
        let args = Array(f.stack.suffix(argc))
        f.dropStackTop(argc)
        let tuple = makeTuple(args, freeList: true, takeReferences: true)
        let result: Value
        do {
          try checkUnboundSelf27(m, args)
          result = try invokeFunction(fn, args, owned: false)
        } catch {
          heap.decref(tuple, .stack)
          throw error
        }
        heap.decref(tuple, .stack)
        drop(f)
        push(f, result)
        return
      }
      heap.incref(selfValue, .stack)
      heap.incref(function, .other)
      f.stack[base] = selfValue
      heap.decref(callee, .stack)
      nativeDepth += 1
      defer {
        nativeDepth -= 1
        heap.decref(function, .other)
      }
      guard case .object(let fo) = function else { return }
      if profile.calleeTakesStackReferences {
        try callFunctionOnStack(f, function: fo, base: base - 1, argc: argc + 1, calleeOnStack: false)
      } else {
        let args = Array(f.stack[base...])
        let result = try invokeFunction(fo, args, owned: false)
        for _ in 0...argc { drop(f) }
        push(f, result)
      }
    case .object(let m) where heap.kind(m) == .builtinMethod:
      let native = Native(rawValue: heap.aux(m))!
      try callNativeOnStack(f, native, receiver: heap.items[m.index][0], argc: argc, below: 1)
    case .object(let p) where heap.kind(p) == .weakref && isProxy(p):
      try callProxy(f, p, argc: argc)
    case .object(let w) where heap.kind(w) == .weakref:
      guard argc == 0 else {
        throw pythonError("TypeError", "weakly-referenced object takes no arguments (\(argc) given)")
      }
      let target = heap.weakrefTarget(w).map { Value.object($0) } ?? .none
      heap.incref(target, .stack)
      drop(f)
      push(f, target)
    case .object(let c) where heap.kind(c) == .classObject:
      try instantiateOnStack(f, cls: c, base: base, argc: argc)
    case .native(let raw):
      guard let native = Native(rawValue: raw) else {
        throw pythonError("TypeError", "'\(typeName(callee))' object is not callable")
      }
      try callNativeOnStack(f, native, receiver: nil, argc: argc, below: 1)
    case .object(let o) where heap.kind(o) == .instance:
      try callInstance(f, o, argc: argc)
    default:
      throw pythonError("TypeError", "'\(typeName(callee))' object is not callable")
    }
  }

  /// An instance called: its class's `__call__` (slot_tp_call). The call
  /// packs its arguments in a tuple (tp_call); 2.7 then binds `__call__`
  /// to the instance and the method call prepends it in a second tuple.
  /// proxy_call: the referent called with the arguments (the proxy stays
  /// the callee on the stack). Only instances with `__call__` are called
  /// through a proxy in the simulator.
  private func callProxy(_ f: FrameState, _ p: ObjectID, argc: Int) throws(RunError) {
    guard isCallableProxy(p) else {
      throw pythonError("TypeError", "'\(heap.typeName(p))' object is not callable")
    }
    let referent = try proxyReferent(p)
    defer { heap.decref(referent, .stack) }
    guard case .object(let o) = referent, heap.kind(o) == .instance else {
      throw unsupported("calling a weakref.proxy to a \(typeName(referent))")
    }
    try callInstance(f, o, argc: argc)
  }

  func callInstance(_ f: FrameState, _ o: ObjectID, argc: Int) throws(RunError) {
    guard let cls = heap.classOf(o), case .object(let function)? = lookupClassAttribute(cls, "__call__"),
      heap.kind(function) == .function
    else {
      throw pythonError(
        "TypeError",
        is27 && heap.isOldStyle(o)
          ? "\(heap.label(heap.classOf(o)!)) instance has no __call__ method"
          : "'\(typeName(.object(o)))' object is not callable")
    }
    let args = Array(f.stack.suffix(argc))
    // 2.7's do_call moves the arguments off the stack into the tuple.
    if is27 { f.dropStackTop(argc) }
    let tuple = makeTuple(args, freeList: true, takeReferences: is27)
    var method: ObjectID?
    var withSelf: ObjectID?
    if is27 {
      method = makeBoundMethod(function, .object(o))
      withSelf = makeTuple([.object(o)] + args, freeList: true, takeReferences: false)
    }
    defer {
      if let withSelf { heap.decref(withSelf, .stack) }
      if let method { heap.decref(method, .stack) }
      heap.decref(tuple, .stack)
    }
    let result = try invokeFunction(function, [.object(o)] + args, owned: false)
    for _ in 0...(is27 ? 0 : argc) { drop(f) }
    push(f, result)
  }

  /// Calls a builtin with the top `argc` stack entries as (borrowed)
  /// arguments, then pops them and the `below` slots under them (callee,
  /// receiver; natives carry no refcount) and pushes the result.
  private func callNativeOnStack(
    _ f: FrameState, _ native: Native, receiver: Value?, argc: Int, below: Int
  ) throws(RunError) {
    let args = Array(f.stack.suffix(argc))
    // 2.7's call_function hands a METH_VARARGS builtin or a type its
    // arguments through load_args, which pops them into the tuple.
    let moves = is27 && !args.isEmpty && argumentTupleNatives.contains(native)
    if moves {
      f.dropStackTop(argc)
      argumentsMovedToTuple = true
    }
    let result: Value
    do {
      result = try callNative(native, receiver: receiver, args: args)
    } catch {
      // Refused or failed before the tuple took them: they are dropped here.
      if argumentsMovedToTuple {
        argumentsMovedToTuple = false
        for a in args { heap.decref(a, .stack) }
      }
      throw error
    }
    if argumentsMovedToTuple {
      // The builtin made no tuple after all: the moved arguments go now.
      argumentsMovedToTuple = false
      for a in args { heap.decref(a, .stack) }
    }
    for _ in 0..<((moves ? 0 : argc) + below) { drop(f) }
    push(f, result)
  }

  /// Calls a Python function whose arguments are on the stack above `base`.
  func callFunctionOnStack(
    _ f: FrameState, function: ObjectID, base: Int, argc: Int, calleeOnStack: Bool = true
  ) throws(RunError) {
    let owned = profile.calleeTakesStackReferences
    let result = try invokeFunction(function, argsFrom: f, count: argc, owned: owned)
    if !owned { for _ in 0..<argc { drop(f) } }
    if calleeOnStack { drop(f) }
    push(f, result)
  }

  /// An object whose attribute lookup is the generic one and that has no
  /// attribute `name` of its own: 3.11's LOAD_METHOD then finds a method
  /// on the class without making a bound method.
  func isPlainAttributeHolder(_ o: ObjectID, without name: String) -> Bool {
    switch heap.kind(o) {
    case .instance: return !instanceHasAttribute(o, name)
    case .exception: return heap.dictOf(o).map { heap.lookup($0, name: name) == nil } ?? true
    default: return false
    }
  }

  /// `loadMethod name` leaves [method, self] (3.11's LOAD_METHOD, or a
  /// builtin container's method and its receiver) or [NULL, attribute].
  func loadMethod(_ f: FrameState, _ name: String) throws(RunError) {
    let object = f.stack[f.stack.count - 1]
    if let native = containerMethod(object, name) {
      if is27 {
        // 2.7's LOAD_ATTR makes a builtin method object bound to the
        // receiver (a str constant's too).
        let receiver = pop(f)
        let method = heap.makeObject(
          .builtinMethod, size: profile.objectSizes.builtinMethod, freeList: .builtinMethod)
        heap.setAux(method, native.rawValue)
        heap.setItems(method, [receiver])
        heap.track(method)
        push(f, Native.nullMarker.value)
        push(f, .object(method))
        return
      }
      f.stack.insert(native.value, at: f.stack.count - 1)
      return
    }
    if !is27, case .object(let o) = object, isPlainAttributeHolder(o, without: name), let cls = heap.classOf(o),
      let attr = lookupClassAttribute(cls, name), case .object(let fn) = attr, heap.kind(fn) == .function
    {
      heap.incref(attr, .stack)
      f.stack.insert(attr, at: f.stack.count - 1)
      return
    }
    let popped = pop(f)
    let attribute: Value
    do {
      attribute = try getAttribute(popped, name)
    } catch {
      heap.decref(popped, .stack)
      throw error
    }
    heap.decref(popped, .stack)
    push(f, Native.nullMarker.value)
    push(f, attribute)
  }

  func callMethodInstruction(_ f: FrameState, argc: Int) throws(RunError) {
    let base = f.stack.count - argc - 2
    let method = f.stack[base]
    switch method {
    case .native(Native.nullMarker.rawValue):
      try callInstruction(f, argc: argc, base: base + 1)
      f.stack.remove(at: base)
    case .native(let raw) where Native(rawValue: raw) != nil:
      // A builtin container's method: [method, receiver, args...].
      try callNativeOnStack(f, Native(rawValue: raw)!, receiver: f.stack[base + 1], argc: argc, below: 2)
    case .object(let fn):
      // 3.11 unbound-method call: self and the arguments move into the callee.
      try callFunctionOnStack(f, function: fn, base: base, argc: argc + 1)
    default:
      throw pythonError("TypeError", "'\(typeName(method))' object is not callable")
    }
  }

  // MARK: Keyword arguments

  /// `f(a, b=1)`: binds the arguments to the function's parameters by
  /// name as PyEval_EvalCodeEx (2.7) and initialize_locals (3.11) do, then
  /// calls it. Stack: [callee, args...] or, after loadMethod,
  /// [null or function, bound or self, args...]. 2.7's callee takes its
  /// own references; 3.11's takes the stack's (and `self`'s).
  func callWithKeywords(_ f: FrameState, operand: Int, names: [String]) throws(RunError) {
    let argc = operand & 0x7fff
    let afterLoadMethod = operand & (1 << 15) != 0
    let first = f.stack.count - argc
    let bottom = afterLoadMethod ? first - 2 : first - 1
    if !afterLoadMethod, !is27, case .native(Native.print.rawValue) = f.stack[first - 1] {
      let positional = (first..<(f.stack.count - names.count)).map { f.stack[$0] }
      let keywords = ((f.stack.count - names.count)..<f.stack.count).map { f.stack[$0] }
      try printWithKeywords(positional, names: names, values: keywords)
      let leftovers = (bottom..<f.stack.count).map { f.stack[$0] }
      f.stack.removeLast(leftovers.count)
      for v in leftovers { heap.decref(v, .stack) }
      push(f, .none)
      return
    }
    if afterLoadMethod, case .native(Native.strFormat.rawValue) = f.stack[bottom],
      let template = text(of: f.stack[first - 1])
    {
      return try callStrFormatWithKeywords(
        f, receiver: f.stack[first - 1], template: template, first: first, names: names, below: 2)
    }
    // 2.7: the method object bound to the str (a NULL under it after loadMethod).
    if case .object(let m) = f.stack[first - 1], heap.kind(m) == .builtinMethod,
      heap.aux(m) == Native.strFormat.rawValue, let receiver = heap.items[m.index].first,
      let template = text(of: receiver)
    {
      return try callStrFormatWithKeywords(
        f, receiver: receiver, template: template, first: first, names: names, below: first - bottom)
    }
    var selfValue: Value? = nil
    var selfOnStack = false
    var callee = f.stack[first - 1]
    var heldFunction: ObjectID?
    if afterLoadMethod {
      switch f.stack[bottom] {
      case .native(Native.nullMarker.rawValue):
        break
      case .object:
        // 3.11's unbound method call: [function, self, args...].
        callee = f.stack[bottom]
        selfValue = f.stack[first - 1]
        selfOnStack = true
      default:
        throw unsupported("keyword arguments to a method of \(typeName(f.stack[first - 1]))")
      }
    }
    let function: ObjectID
    switch callee {
    case .object(let fn) where heap.kind(fn) == .function:
      function = fn
    case .object(let m) where heap.kind(m) == .boundMethod:
      let items = heap.items[m.index]
      guard case .object(let fn) = items[0], items[1] != .none else {
        throw unsupported("keyword arguments to an unbound method")
      }
      // As for a positional call: self takes the method's place on the
      // stack, and the function is held while it runs.
      function = fn
      selfValue = items[1]
      heap.incref(items[1], .stack)
      heap.incref(fn, .other)
      heldFunction = fn
      f.stack[first - 1] = items[1]
      heap.decref(callee, .stack)
      selfOnStack = true
    case .object(let c) where heap.kind(c) == .classObject && !afterLoadMethod:
      return try instantiateWithKeywords(f, cls: c, first: first, names: names)
    case .object(let c) where heap.kind(c) == .classObject:
      throw unsupported("keyword arguments to a class (to its __init__)")
    case .object(let m) where heap.kind(m) == .builtinMethod:
      throw unsupported("keyword arguments to a method of \(typeName(heap.items[m.index].first ?? .none))")
    case .native(let raw) where Native(rawValue: raw) != nil:
      throw unsupported("keyword arguments to \(Native(rawValue: raw)!.pythonName)()")
    default:
      throw unsupported("keyword arguments to a \(typeName(callee))")
    }
    defer { if let heldFunction { heap.decref(heldFunction, .other) } }
    let code = program.codes[Int(heap.aux(function))]
    let defaults: [Value] = heap.items[function.index][1].objectID.map { heap.items[$0.index] } ?? []
    let parameters = code.parameterCount
    let name = is27 ? code.name : code.qualifiedName
    let prefix = selfValue == nil ? 0 : 1
    let positionalOnStack = argc - names.count
    let positional = positionalOnStack + prefix
    // 2.7 checks the positional count first; 3.11 after the keywords.
    let tooMany = positional > parameters && !code.hasVarargs
    if tooMany && is27 {
      throw pythonError(
        "TypeError", argumentCountMessage(code, given: positional + names.count, defaults: defaults.count))
    }
    /// Where each parameter's value comes from: the stack (index), self, a default.
    enum Source { case stack(Int), selfValue, defaultValue(Int) }
    var sources = [Source?](repeating: nil, count: parameters)
    if prefix == 1 { sources[0] = .selfValue }
    let boundOnStack = min(positionalOnStack, max(0, parameters - prefix))
    for i in 0..<boundOnStack { sources[prefix + i] = .stack(first + i) }
    // Past the parameters: *args's positionals, **kwargs's keywords (borrowed).
    let extraPositional = code.hasVarargs ? (boundOnStack..<positionalOnStack).map { first + $0 } : []
    var extraKeywords: [(name: String, index: Int)] = []
    for (k, keyword) in names.enumerated() {
      guard let index = try parameterIndex(of: keyword, in: code, calling: name) else {
        extraKeywords.append((keyword, first + positionalOnStack + k))
        continue
      }
      guard sources[index] == nil else { throw multipleValues(for: keyword, calling: name) }
      sources[index] = .stack(first + positionalOnStack + k)
    }
    if tooMany {
      throw pythonError("TypeError", argumentCountMessage(code, given: positional, defaults: defaults.count))
    }
    let firstDefault = parameters - defaults.count
    let missing = (0..<firstDefault).filter { sources[$0] == nil }
    if !missing.isEmpty {
      if is27 {
        let given = sources.compactMap { $0 }.count
        throw pythonError(
          "TypeError",
          "\(name)() takes \(defaults.isEmpty ? "exactly" : "at least") \(firstDefault) argument"
            + "\(firstDefault == 1 ? "" : "s") (\(given) given)")
      }
      throw pythonError("TypeError", missingArgumentsMessage(name, missing.map { code.localNames[$0] }))
    }
    for i in firstDefault..<parameters where sources[i] == nil { sources[i] = .defaultValue(i - firstDefault) }
    let ordered: [Value] = sources.map { source in
      switch source! {
      case .stack(let index): return f.stack[index]
      case .selfValue: return selfValue!
      case .defaultValue(let d): return defaults[d]
      }
    }
    let extras = extraPositional.map { f.stack[$0] }
    let keywordValues = extraKeywords.map { ($0.name, f.stack[$0.index]) }
    let result: Value
    nativeDepth += 1
    defer { nativeDepth -= 1 }
    if profile.calleeTakesStackReferences {
      // The frame takes the stack's references; self and defaults get new
      // ones (a bound method's self is the method's, a default the tuple's).
      for (i, source) in sources.enumerated() {
        switch source! {
        case .stack: break
        case .selfValue: break  // moved from its stack slot
        case .defaultValue: heap.incref(ordered[i], .argument)
        }
      }
      // **kwargs's values stay the stack's (the dict takes its own).
      let kept = Set(extraKeywords.map(\.index))
      for index in first..<f.stack.count where !kept.contains(index) { f.stack[index] = Native.nullMarker.value }
      if selfOnStack { f.stack[first - 1] = Native.nullMarker.value }
      result = try invokeFunction(
        function, prefix: nil, array: ordered + extras, caller: nil, count: ordered.count + extras.count,
        owned: true, keywords: keywordValues)
    } else {
      result = try invokeFunction(
        function, prefix: nil, array: ordered + extras, caller: nil, count: ordered.count + extras.count,
        owned: false, keywords: keywordValues)
    }
    let leftovers = (bottom..<f.stack.count).map { f.stack[$0] }
    f.stack.removeLast(leftovers.count)
    for v in leftovers { heap.decref(v, .stack) }
    push(f, result)
  }

  /// A call with `*value` / `**value` (see Opcode.callFunctionEx). 3.11
  /// passes an exact tuple as it is (anything else becomes a new tuple,
  /// after a list when plain positionals come first) and the keywords in a
  /// new dict, then (vectorcall) their names in a tuple; 2.7's ext_do_call
  /// always copies the positionals into a new tuple, copies the `**` dict
  /// only when named keywords come too, and function_call packs the
  /// keywords into a tuple of pairs.
  func callFunctionEx(_ f: FrameState, operand: Int, names: [String]) throws(RunError) {
    let plainCount = (operand >> 2) & 0x3fff
    let hasStar = operand & 2 != 0
    let hasDoubleStar = operand & 1 != 0
    let total = 1 + plainCount + (hasStar ? 1 : 0) + names.count + (hasDoubleStar ? 1 : 0)
    let base = f.stack.count - total
    let callee = f.stack[base]
    var temporaries: [ObjectID] = []
    defer { for t in temporaries.reversed() { heap.decref(t, .stack) } }
    // Positionals.
    var positional = (0..<plainCount).map { f.stack[base + 1 + $0] }
    if hasStar {
      let star = f.stack[base + 1 + plainCount]
      let isTuple = star.objectID.map { heap.kind($0) == .tuple } ?? false
      let items: [Value]
      do {
        items = isTuple ? heap.items[star.objectID!.index] : try sequenceItems(star)
      } catch {
        // Not a sequence: CPython's message names the call (limits and
        // other errors go on as they are).
        guard case .python(let e) = error, e.type == "TypeError" else { throw error }
        discardUncaught(e)
        throw pythonError(
          "TypeError", "\(calleeName(callee))() argument after * must be an iterable, not \(typeName(star))")
      }
      if !isTuple { temporaries.append(makeTuple(items, freeList: true, takeReferences: false)) }
      if is27 || plainCount > 0 {
        if !is27 {
          // 3.11's BUILD_LIST + LIST_EXTEND: the list holds its own references.
          let listed = positional + items
          for v in listed { heap.incref(v, .container) }
          temporaries.append(try makeList(listed))
        }
        temporaries.append(makeTuple(positional + items, freeList: true, takeReferences: false))
      }
      positional += items
    } else if is27 && !positional.isEmpty {
      temporaries.append(makeTuple(positional, freeList: true, takeReferences: false))
    }
    // Keywords.
    var keywords: [(String, Value)] = []
    let named = base + 1 + plainCount + (hasStar ? 1 : 0)
    for (k, name) in names.enumerated() { keywords.append((name, f.stack[named + k])) }
    if hasDoubleStar {
      let mapping = f.stack[f.stack.count - 1]
      guard case .object(let d) = mapping, heap.kind(d) == .dict else {
        throw pythonError(
          "TypeError", "\(calleeName(callee))() argument after ** must be a mapping, not \(typeName(mapping))")
      }
      for (key, value) in heap.tables[d.index].entries {
        guard case .str(let name) = plain(key) else {
          throw pythonError(
            "TypeError", is27 ? "\(calleeName(callee))() keywords must be strings" : "keywords must be strings")
        }
        if keywords.contains(where: { $0.0 == name }) {
          throw pythonError("TypeError", "\(calleeName(callee))() got multiple values for keyword argument '\(name)'")
        }
        keywords.append((name, value))
      }
    }
    if !keywords.isEmpty || hasDoubleStar {
      if !is27 || (hasDoubleStar && !names.isEmpty) {
        // 3.11's BUILD_MAP + DICT_MERGE; 2.7's copy for named keywords.
        let d = makeDictObject()
        for (name, value) in keywords {
          heap.incref(value, .container)
          try storeInDict(d, key: .str(name), value: value)
        }
        temporaries.append(d)
      }
    }
    // The callee: a Python function, or a method bound to self.
    var function: ObjectID
    var selfValue: Value?
    switch callee {
    case .object(let fn) where heap.kind(fn) == .function:
      function = fn
    case .object(let m) where heap.kind(m) == .boundMethod && heap.items[m.index][1] != .none:
      guard case .object(let fn) = heap.items[m.index][0] else { return }
      function = fn
      selfValue = heap.items[m.index][1]
    default:
      throw unsupported("argument unpacking ('*', '**') in a call to a \(typeName(callee))")
    }
    if !keywords.isEmpty {
      // Vectorcall's names tuple (3.11), function_call's pairs (2.7).
      let count = is27 ? 2 * keywords.count : keywords.count
      temporaries.append(makeTuple(Array(repeating: .none, count: count), freeList: true))
    }
    let result = try callBinding(function, self: selfValue, positional: positional, keywords: keywords)
    let leftovers = (base..<f.stack.count).map { f.stack[$0] }
    f.stack.removeLast(leftovers.count)
    for v in leftovers { heap.decref(v, .stack) }
    push(f, result)
  }

  /// The parameter a keyword names; nil when it goes to `**kwargs`.
  private func parameterIndex(of keyword: String, in code: CodeObject, calling name: String) throws(RunError) -> Int? {
    if let index = code.localNames.prefix(code.parameterCount).firstIndex(of: keyword) { return index }
    guard code.hasVarkw else {
      throw pythonError("TypeError", "\(name)() got an unexpected keyword argument '\(keyword)'")
    }
    return nil
  }

  private func multipleValues(for keyword: String, calling name: String) -> RunError {
    pythonError(
      "TypeError",
      is27
        ? "\(name)() got multiple values for keyword argument '\(keyword)'"
        : "\(name)() got multiple values for argument '\(keyword)'")
  }

  /// How an unpacking call's errors name the callee: 2.7 its name, 3.x
  /// `_PyObject_FunctionStr` (module and qualified name).
  private func calleeName(_ callee: Value) -> String {
    guard case .object(let o) = callee else { return typeName(callee) }
    switch heap.kind(o) {
    case .function:
      let code = program.codes[Int(heap.aux(o))]
      return is27 ? code.name : "__main__." + code.qualifiedName
    case .boundMethod:
      guard case .object(let fn) = heap.items[o.index][0] else { return "method" }
      return calleeName(.object(fn))
    default: return typeName(callee)
    }
  }

  /// Binds borrowed arguments to a function's parameters by position and
  /// name (CPython's errors), then runs it; the frame takes new references.
  func callBinding(_ function: ObjectID, self selfValue: Value?, positional: [Value], keywords: [(String, Value)])
    throws(RunError) -> Value
  {
    let code = program.codes[Int(heap.aux(function))]
    let defaults: [Value] = heap.items[function.index][1].objectID.map { heap.items[$0.index] } ?? []
    let parameters = code.parameterCount
    let name = is27 ? code.name : code.qualifiedName
    let given = (selfValue.map { [$0] } ?? []) + positional
    if given.count > parameters && !code.hasVarargs {
      throw pythonError(
        "TypeError",
        argumentCountMessage(code, given: given.count + (is27 ? keywords.count : 0), defaults: defaults.count))
    }
    var slots = [Value?](repeating: nil, count: parameters)
    for i in 0..<min(given.count, parameters) { slots[i] = given[i] }
    var extraKeywords: [(String, Value)] = []
    for (keyword, value) in keywords {
      guard let index = try parameterIndex(of: keyword, in: code, calling: name) else {
        extraKeywords.append((keyword, value))
        continue
      }
      guard slots[index] == nil else { throw multipleValues(for: keyword, calling: name) }
      slots[index] = value
    }
    let firstDefault = parameters - defaults.count
    let missing = (0..<firstDefault).filter { slots[$0] == nil }
    if !missing.isEmpty {
      if is27 {
        throw pythonError(
          "TypeError",
          "\(name)() takes \(defaults.isEmpty && !code.hasVarargs ? "exactly" : "at least") \(firstDefault) argument"
            + "\(firstDefault == 1 ? "" : "s") (\(slots.compactMap { $0 }.count) given)")
      }
      throw pythonError("TypeError", missingArgumentsMessage(name, missing.map { code.localNames[$0] }))
    }
    for i in firstDefault..<parameters where slots[i] == nil { slots[i] = defaults[i - firstDefault] }
    let ordered = slots.map { $0! } + (given.count > parameters ? Array(given[parameters...]) : [])
    nativeDepth += 1
    defer { nativeDepth -= 1 }
    return try invokeFunction(
      function, prefix: nil, array: ordered, caller: nil, count: ordered.count, owned: false, keywords: extraKeywords)
  }

  // MARK: Python functions

  /// Runs a Python function. With `owned`, the callee takes over the
  /// caller's references (3.11); otherwise it takes its own (2.7).
  func invokeFunction(_ function: ObjectID, _ args: [Value], owned: Bool) throws(RunError) -> Value {
    // Callers with an argument array are C-level code holding references.
    nativeDepth += 1
    defer { nativeDepth -= 1 }
    return try invokeFunction(function, prefix: nil, array: args, caller: nil, count: args.count, owned: owned)
  }

  /// The same with the arguments taken from the top of `caller`'s stack
  /// (no intermediate array); with `owned` they leave that stack.
  func invokeFunction(_ function: ObjectID, argsFrom caller: FrameState, count: Int, owned: Bool) throws(RunError)
    -> Value
  {
    try invokeFunction(function, prefix: nil, array: [], caller: caller, count: count, owned: owned)
  }

  /// Arguments come from `prefix` (a borrowed `self`) then `array`, or from
  /// the top `count` entries of `caller`'s stack, which lose them when
  /// `owned` (3.11 moves them). `count` counts them all.
  private func invokeFunction(
    _ function: ObjectID, prefix: Value?, array: [Value], caller: FrameState?, count: Int, owned: Bool,
    keywords: [(String, Value)] = []
  ) throws(RunError) -> Value {
    let code = program.codes[Int(heap.aux(function))]
    let defaultsValue = heap.items[function.index][1]
    let defaultsCount: Int
    if case .object(let d) = defaultsValue { defaultsCount = heap.items[d.index].count } else { defaultsCount = 0 }
    let parameters = code.parameterCount
    func dropMovedArguments() {
      guard owned else { return }
      if let caller {
        for _ in 0..<count { heap.decref(caller.stack.removeLast(), .argument) }
      } else {
        if let prefix { heap.decref(prefix, .argument) }
        for a in array { heap.decref(a, .argument) }
      }
    }
    if (count > parameters && !code.hasVarargs) || count < parameters - defaultsCount {
      dropMovedArguments()
      throw pythonError("TypeError", argumentCountMessage(code, given: count, defaults: defaultsCount))
    }
    if frames.count >= recursionLimit {
      dropMovedArguments()
      throw pythonError(is27 ? "RuntimeError" : "RecursionError", "maximum recursion depth exceeded")
    }
    if frames.count >= frameBound {
      dropMovedArguments()
      throw .limit(.reached(.depth(frameBound)))
    }
    // A generator's frame outlives the call: not one of the pooled ones.
    let frame =
      code.isGenerator
      ? FrameState(loadedCodes[Int(code.index)], namespace: globals, inUse: true)
      : acquireFrame(code: code, namespace: globals)
    let slots = code.localNames.count
    frame.locals.reserveCapacity(slots)
    if let caller {
      frame.locals.append(contentsOf: caller.stack[(caller.stack.count - count)...])
      if owned { caller.dropStackTop(count) }
    } else {
      if let prefix { frame.locals.append(prefix) }
      frame.locals.append(contentsOf: array)
    }
    if !owned { for a in frame.locals { heap.incref(a, .argument) } }
    // Positional arguments past the parameters are `*args`'s.
    var extras: [Value] = []
    if count > parameters {
      extras = Array(frame.locals[parameters...])
      frame.locals.removeLast(count - parameters)
    }
    if count < parameters, case .object(let d) = defaultsValue {
      let defaults = heap.items[d.index]
      for v in defaults[(defaults.count - (parameters - count))...] {
        heap.incref(v, .argument)
        frame.locals.append(v)
      }
    }
    while frame.locals.count < slots { frame.locals.append(Native.unbound.value) }
    // COPY_FREE_VARS: the closure's cells in the last slots.
    if code.freeVariableCount > 0, heap.items[function.index].count > 2,
      case .object(let closure) = heap.items[function.index][2]
    {
      for (i, cell) in heap.items[closure.index].enumerated() {
        heap.incref(cell, .argument)
        frame.locals[slots - code.freeVariableCount + i] = cell
      }
    }
    enter(frame, slotCount: slots + 4)
    // Then **kwargs's dict, then *args's tuple (the order CPython makes them in).
    if code.hasVarkw {
      let kwargs = makeDictObject()
      for (name, value) in keywords {
        heap.incref(value, .argument)
        try? storeInDict(kwargs, key: .str(name), value: value)
      }
      frame.locals[parameters + (code.hasVarargs ? 1 : 0)] = .object(kwargs)
    }
    if code.hasVarargs {
      frame.locals[parameters] = .object(makeTuple(extras, freeList: true, takeReferences: true))
    }
    if code.isGenerator { return .object(makeGenerator(function, frame)) }
    return try executeThenTearDown(frame)
  }

  /// Makes `frame` the running one; 2.7 gives it a (tracked) frame object.
  func enter(_ frame: FrameState, slotCount: Int) {
    if profile.framesAreObjects {
      let fo = heap.makeFrame(code: frame.code.index, slotCount: slotCount)
      heap.track(fo)
      frame.frameObject = fo
    }
    frames.append(frame)
  }

  /// A returning frame drops its locals in slot order, then (2.7) the frame
  /// object goes back to its code's zombie slot or the free list.
  func tearDown(_ frame: FrameState) {
    frames.removeLast()
    frameLowWater = min(frameLowWater, frames.count)
    if is27 { restoreHandled27(frame) }
    while let v = frame.stack.popLast() { heap.decref(v, .stack) }
    if frameObjectTakesOwnership(frame) {
      // A traceback holds the frame: its object keeps the variables.
      heap.decref(frame.frameObject!, .scopeExit)
      frame.locals.removeAll()
      releaseFrame(frame)
      return
    }
    if let fo = frame.frameObject {
      heap.setItems(fo, [])
      if heap.isTracked(fo) { heap.untrack(fo) }
    }
    // In place: the frame is off the stack, nothing else reads these slots.
    for i in frame.locals.indices { heap.decref(frame.locals[i], .scopeExit) }
    if let fo = frame.frameObject { heap.decref(fo, .scopeExit) }
    releaseFrame(frame)
  }

  func argumentCountMessage(_ code: CodeObject, given: Int, defaults: Int) -> String {
    let n = code.parameterCount
    let name = code.name
    if is27 {
      let kind =
        code.hasVarargs || (defaults > 0 && given < n - defaults)
        ? "at least" : defaults == 0 ? "exactly" : "at most"
      let expected = given < n - defaults ? n - defaults : n
      return "\(name)() takes \(kind) \(expected) argument\(expected == 1 ? "" : "s") (\(given) given)"
    }
    let qualified = code.qualifiedName
    if given > n {
      let takes =
        defaults == 0
        ? "\(n) positional argument\(n == 1 ? "" : "s")" : "from \(n - defaults) to \(n) positional arguments"
      return "\(qualified)() takes \(takes) but \(given) \(given == 1 ? "was" : "were") given"
    }
    return missingArgumentsMessage(qualified, Array(code.localNames[given..<(n - defaults)]))
  }

  /// 3.x's missing_arguments: "f() missing 2 required positional
  /// arguments: 'a' and 'b'" ('a', 'b', and 'c' for three).
  func missingArgumentsMessage(_ function: String, _ names: [String]) -> String {
    let quoted = names.map { "'\($0)'" }
    let list: String
    switch quoted.count {
    case 1: list = quoted[0]
    case 2: list = "\(quoted[0]) and \(quoted[1])"
    default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
    }
    return "\(function)() missing \(names.count) required positional argument\(names.count == 1 ? "" : "s"): \(list)"
  }

  /// A call from C code (weakref callbacks, gc.callbacks): the arguments
  /// are borrowed; the result is owned.
  func callValue(_ callee: Value, args: [Value]) throws(RunError) -> Value {
    switch callee {
    case .object(let o) where heap.kind(o) == .function:
      return try invokeFunction(o, args, owned: false)
    case .object(let m) where heap.kind(m) == .boundMethod:
      let items = heap.items[m.index]
      guard case .object(let fn) = items[0] else { return .none }
      return try invokeFunction(fn, [items[1]] + args, owned: false)
    case .native(let raw):
      guard let native = Native(rawValue: raw) else {
        throw pythonError("TypeError", "'\(typeName(callee))' object is not callable")
      }
      return try callNative(native, receiver: nil, args: args)
    case .object(let o) where heap.kind(o) == .instance:
      // From C (a callback): the instance's __call__ with it first.
      guard let cls = heap.classOf(o), case .object(let function)? = lookupClassAttribute(cls, "__call__"),
        heap.kind(function) == .function
      else { throw pythonError("TypeError", "'\(typeName(callee))' object is not callable") }
      return try invokeFunction(function, [callee] + args, owned: false)
    default:
      throw pythonError("TypeError", "'\(typeName(callee))' object is not callable")
    }
  }

  /// How C code calls a method on an instance (`__init__`, `__del__`):
  /// 2.7 makes a bound method and an argument tuple; 3.11 calls the
  /// function with `self` prepended, no objects made.
  /// `packsArguments`: 2.7's slot functions (`call_method`'s
  /// Py_VaBuildValue, a classic instance's PyTuple_Pack) put the arguments
  /// in a tuple of their own, made after the bound method, before the call
  /// prepends `self` in another (method_call).
  func callMethodFromC(_ function: ObjectID, self object: ObjectID, args: [Value], packsArguments: Bool = false)
    throws(RunError) -> Value
  {
    let selfValue = Value.object(object)
    nativeDepth += 1
    defer { nativeDepth -= 1 }
    guard is27 else {
      return try invokeFunction(
        function, prefix: selfValue, array: args, caller: nil, count: args.count + 1, owned: false)
    }
    let arguments = [selfValue] + args
    let method = makeBoundMethod(function, selfValue)
    let packed = packsArguments && !args.isEmpty ? makeTuple(args, freeList: true, takeReferences: false) : nil
    let tuple = makeTuple(arguments, freeList: true, takeReferences: false)
    defer {
      heap.decref(tuple, .stack)
      if let packed { heap.decref(packed, .stack) }
      heap.decref(method, .stack)
    }
    return try holdingInC(
      .boundMethodForC(function), .object(method), and: packed.map { (.packedArguments, .object($0)) }
    ) { () throws(RunError) in
      try holdingInC(.callArguments, .object(tuple)) { () throws(RunError) in
        try invokeFunction(function, prefix: nil, array: arguments, caller: nil, count: arguments.count, owned: false)
      }
    }
  }

  // MARK: Instantiation

  func instantiateOnStack(_ f: FrameState, cls: ObjectID, base: Int, argc: Int) throws(RunError) {
    let args = argc == 0 ? [] : Array(f.stack.suffix(argc))
    var argsTuple: ObjectID?
    if is27 {
      // do_call moves the arguments from the stack into a tuple.
      f.dropStackTop(argc)
      if argc > 0 { argsTuple = makeTuple(args, freeList: true, takeReferences: true) }
    } else if argc > 0 {
      argsTuple = makeTuple(args, freeList: true, takeReferences: false)
    }
    defer {
      if let argsTuple { heap.decref(argsTuple, .stack) }
    }
    // (No dictionary lookup while no exception class exists: this is hot.)
    let exceptionBase = exceptionBaseOf.isEmpty ? nil : exceptionBaseOf[cls]
    let instance: ObjectID
    if let exceptionBase {
      instance = newExceptionInstance(cls, exceptionBase, args: argsTuple)
    } else {
      instance = try newInstance(cls)
    }
    do throws(RunError) {
      if let initializer = lookupClassAttribute(cls, "__init__"), case .object(let fn) = initializer,
        heap.kind(fn) == .function
      {
        try holdingInC(
          .underConstruction(cls), .object(instance), and: argsTuple.map { (.constructorArguments(cls), .object($0)) }
        ) { () throws(RunError) in
          try checkInitResult(try callMethodFromC(fn, self: instance, args: args))
        }
      } else if exceptionBase != nil {
        // BaseException_init: the call's arguments are the args.
        if is27 { setExceptionArguments(instance, argsTuple ?? emptyTuple) }
      } else if argc > 0 {
        throw pythonError(
          "TypeError",
          is27
            ? (heap.isOldStyle(cls) ? "this constructor takes no arguments" : "object() takes no parameters")
            : "\(heap.label(cls))() takes no arguments")
      }
    } catch {
      heap.decref(instance, .stack)
      throw error
    }
    if !is27 { for _ in 0..<argc { drop(f) } }
    drop(f)
    push(f, .object(instance))
  }

  /// `C(a, k=v)`: the positionals in a tuple and the keywords in a dict
  /// (3.11's _PyObject_MakeTpCall: tuple first, each taking its own
  /// references; 2.7's do_call: dict first, moving the stack's), the
  /// instance, then `__init__`: 3.11 through _PyStack_UnpackDict (a names
  /// tuple, and a new argument array holding self and every value once
  /// more), 2.7 as a bound method (instancemethod_call's tuple of self and
  /// the positionals, then function_call's tuple of keys and values).
  private func instantiateWithKeywords(_ f: FrameState, cls: ObjectID, first: Int, names: [String])
    throws(RunError)
  {
    guard exceptionBaseOf[cls] == nil, !(is27 && heap.isOldStyle(cls)) else {
      throw unsupported("keyword arguments to a class (to its __init__)")
    }
    guard case .object(let initializer)? = lookupClassAttribute(cls, "__init__"), heap.kind(initializer) == .function
    else { throw unsupported("keyword arguments to a class without __init__") }
    let keywordStart = f.stack.count - names.count
    let positional = (first..<keywordStart).map { f.stack[$0] }
    let values = (keywordStart..<f.stack.count).map { f.stack[$0] }
    var pairs: [Value] = []
    for (name, value) in zip(names, values) {
      if !is27 { heap.incref(value, .container) }
      pairs += [.str(name), value]
    }
    let argsTuple: ObjectID
    let kwdict: ObjectID
    if is27 {
      kwdict = try makeDict(pairs: pairs)
      argsTuple = makeTuple(positional, freeList: true, takeReferences: true)
      for index in first..<f.stack.count { f.stack[index] = Native.nullMarker.value }
    } else {
      argsTuple = makeTuple(positional, freeList: true, takeReferences: false)
      kwdict = try makeDict(pairs: pairs)
    }
    defer {
      heap.decref(argsTuple, .stack)
      heap.decref(kwdict, .stack)
    }
    let instance = try newInstance(cls)
    do throws(RunError) {
      var made: [ObjectID] = []
      var held: [Value] = []
      if is27 {
        made.append(makeBoundMethod(initializer, .object(instance)))
        made.append(makeTuple([.object(instance)] + positional, freeList: true, takeReferences: false))
        made.append(makeTuple(pairs, freeList: true, takeReferences: false))
      } else {
        made.append(makeTuple(names.map { Value.str($0) }, freeList: true, takeReferences: false))
        held = [Value.object(instance)] + positional + values
        for v in held { heap.incref(v, .argument) }
      }
      defer {
        for v in held { heap.decref(v, .argument) }
        for o in made.reversed() { heap.decref(o, .stack) }
      }
      try checkInitResult(
        try callBinding(
          initializer, self: .object(instance), positional: positional, keywords: Array(zip(names, values))))
    } catch {
      heap.decref(instance, .stack)
      throw error
    }
    let leftovers = ((first - 1)..<f.stack.count).map { f.stack[$0] }
    f.stack.removeLast(leftovers.count)
    for v in leftovers { heap.decref(v, .stack) }
    push(f, .object(instance))
  }

  /// type_call's check of what `__init__` returned (dropped either way).
  private func checkInitResult(_ result: Value) throws(RunError) {
    guard result != .none else { return }
    let message = is27 ? "__init__() should return None" : "__init__() should return None, not '\(typeName(result))'"
    heap.decref(result, .stack)
    throw pythonError("TypeError", message)
  }

  /// A new instance of `cls`. A 2.7 old-style instance gets its dict first.
  func newInstance(_ cls: ObjectID) throws(RunError) -> ObjectID {
    let sizes = profile.objectSizes
    if heap.isOldStyle(cls) {
      let dict = makeDictObject()
      // (Making the instance may set off a collection.)
      let instance = try holdingInC(.newInstanceDict(cls), .object(dict)) {
        heap.makeObject(.instance, size: sizes.oldStyleInstance, freeList: nil, classObject: cls)
      }
      heap.setOldStyle(instance)
      heap.setDict(instance, dict)
      heap.track(instance)
      return instance
    }
    if let slots = slotLayout(ofClass: cls) {
      let instance = heap.makeObject(.instance, size: slottedInstanceSize(slots), freeList: nil, classObject: cls)
      heap.track(instance)
      return instance
    }
    let inline = profile.instanceDicts == .inlineValues ? inlineValuesBytes(cls) : 0
    let instance = heap.makeObject(.instance, size: sizes.instance + inline, freeList: nil, classObject: cls)
    if profile.instanceDicts == .managedValues { heap.attachStorage(instance, bytes: valuesArrayBytes(cls)) }
    heap.track(instance)
    return instance
  }

  /// 3.11's init_inline_values: every new instance takes one slot off the
  /// class's shared keys' `dk_usable` (down to 1) and gets a values array
  /// of `dk_nentries + dk_usable` slots after a small prefix, so the
  /// arrays shrink by 8 bytes per instance made, through the size classes
  /// of instances and strs.
  func valuesArrayBytes(_ cls: ObjectID) -> Int {
    // Once dk_usable is down to 1 the size stays until a key is added:
    // the loop making instances of one class does no lookups then.
    if let settled = settledValuesBytes, settled.cls == cls { return settled.bytes }
    var usable = sharedKeysUsable[cls] ?? Interpreter.sharedKeysMaxSize
    if usable > 1 { usable -= 1 }
    sharedKeysUsable[cls] = usable
    let slots = (classKeys[cls]?.count ?? 0) + usable
    let bytes = ((slots + 2 + 7) & ~7) + slots * 8
    if usable == 1 { settledValuesBytes = (cls, bytes) }
    return bytes
  }

  /// 3.13's `_PyInlineValuesSize`, read by `_PyType_AllocNoTrack` before
  /// `_PyObject_InitInlineValues` takes one off the shared keys'
  /// `dk_usable` (down to 1): s = `dk_nentries + dk_usable` slots, a
  /// prefix of s bytes rounded to 8, and s + 1 pointers. So the first
  /// instance of a class is 48 + 280 bytes, and each next one 8 less
  /// until the keys settle (s = attributes + 1).
  func inlineValuesBytes(_ cls: ObjectID) -> Int {
    let usable = sharedKeysUsable[cls] ?? Interpreter.sharedKeysMaxSize
    let slots = (classKeys[cls]?.count ?? 0) + usable
    if usable > 1 { sharedKeysUsable[cls] = usable - 1 }
    return ((slots + 7) & ~7) + (slots + 1) * 8
  }

  /// A method object: bound to `object`, or (2.7, `object` None) unbound,
  /// then holding the class it was read from (`im_class`).
  func makeBoundMethod(_ function: ObjectID, _ object: Value, unboundClass: ObjectID? = nil) -> ObjectID {
    let m = heap.makeObject(
      .boundMethod, size: profile.objectSizes.boundMethod, freeList: is27 ? .boundMethod : nil)
    heap.incref(function, .container)
    heap.incref(object, .container)
    var items: [Value] = [.object(function), object]
    if let unboundClass {
      heap.incref(unboundClass, .container)
      items.append(.object(unboundClass))
    }
    heap.setItems(m, items)
    heap.track(m)
    return m
  }
}

// MARK: The eval breaker after a call (3.12+)

extension Interpreter {
  /// Whether the call about to run checks the eval breaker when it returns
  /// (3.12 `Python/bytecodes.c`: CALL's generic and C-call forms end in
  /// CHECK_EVAL_BREAKER). A Python function's call does not: its frame is
  /// entered inline and its RESUME checks instead. Nor, from a site's
  /// second run on (once specialized), do CALL_NO_KW_LEN, _ISINSTANCE,
  /// _TYPE_1 and _LIST_APPEND.
  func callChecksEvalBreaker(_ f: FrameState, _ op: Opcode, _ arg: Int) -> Bool {
    let stack = f.stack
    let callee: Value
    var argc = arg
    switch op {
    case .call:
      callee = stack[stack.count - arg - 1]
    case .callMethod:
      let method = stack[stack.count - arg - 2]
      switch method {
      case .native(Native.nullMarker.rawValue):
        callee = stack[stack.count - arg - 1]
      case .native(Native.listAppend.rawValue):
        return arg != 1 || !f.loaded.callSiteWarm(f.pc - 1)
      case .native:
        return true
      default:
        // [function, self, args...]: a Python method called inline.
        return false
      }
    case .callKeywords:
      argc = arg & 0x7fff
      let first = stack.count - argc
      if arg & (1 << 15) != 0, case .object = stack[first - 2] { return false }
      callee = stack[first - 1]
      // Keyword calls are not specialized in 3.12.
      argc = -1
    default:
      callee = stack[stack.count - (((arg >> 2) & 0x3fff) + 1 + (arg & 2 != 0 ? 1 : 0) + (arg & 1 != 0 ? 1 : 0))]
      // CALL_FUNCTION_EX enters only a plain function inline.
      if case .object(let o) = callee, heap.kind(o) == .function { return false }
      return true
    }
    switch callee {
    case .native(let raw) where raw < 0:
      // An inlined comprehension: no CALL at all in 3.12.
      return false
    case .object(let o):
      switch heap.kind(o) {
      case .function: return false
      case .boundMethod:
        // CALL unpacks a method; a Python function inside is entered inline.
        if case .object(let fn) = heap.items[o.index].first ?? .none, heap.kind(fn) == .function { return false }
        return true
      default: return true
      }
    case .native(Native.len.rawValue) where argc == 1,
      .native(Native.type.rawValue) where argc == 1,
      .native(Native.isinstance.rawValue) where argc == 2:
      return !f.loaded.callSiteWarm(f.pc - 1)
    default:
      return true
    }
  }
}

// MARK: Inlined comprehensions (PEP 709, 3.12+)

extension Interpreter {
  /// What MAKE_FUNCTION leaves for a comprehension 3.12 inlines: no
  /// function object, a marker naming its code for the CALL right after.
  /// A comprehension with cells (it uses a variable of the enclosing
  /// function, or a lambda in it uses its own) is refused: 3.12 makes no
  /// cells for it, where the simulator's compiler has already made them.
  func inlinedComprehensionMarker(_ code: CodeObject) throws(RunError) -> Value {
    if code.freeVariableCount > 0 || !code.cellSlots.isEmpty {
      throw unsupported("an inlined comprehension (PEP 709) sharing variables with another scope")
    }
    return .native(-Int32(code.index) - 1)
  }

  /// Runs an inlined comprehension (3.12 `compiler_comprehension` with
  /// `is_inlined`): its instructions run as the enclosing frame's would,
  /// so it takes no recursion level, checks no eval breaker at its start,
  /// and an exception leaving it gets the enclosing frame's traceback line
  /// (`unwind`). `iterator` is owned and becomes its `.0`.
  func runInlinedComprehension(_ code: CodeObject, iterator: Value) throws(RunError) -> Value {
    if frames.count >= frameBound {
      heap.decref(iterator, .argument)
      throw .limit(.reached(.depth(frameBound)))
    }
    let frame = acquireFrame(code: code, namespace: globals)
    let slots = code.localNames.count
    frame.locals.reserveCapacity(slots)
    frame.locals.append(iterator)
    while frame.locals.count < slots { frame.locals.append(Native.unbound.value) }
    frame.inlinedComprehension = true
    defer { frame.inlinedComprehension = false }
    enter(frame, slotCount: slots + 4)
    return try executeThenTearDown(frame)
  }

  /// Runs a frame's code, then tears the frame down, whether it returned
  /// or raised.
  private func executeThenTearDown(_ frame: FrameState) throws(RunError) -> Value {
    defer { tearDown(frame) }
    return try execute(frame)
  }
}
