import GCEngine

/// Lowers the syntax tree to code objects, resolving every name once:
/// function locals become slots, so running a line does no name hashing.
extension Expr.Kind {
  /// 3.11 draws `~~^^~~` anchors only for binary operations and subscripts.
  var isBinaryOrSubscript: Bool {
    switch self {
    case .binary, .subscript: return true
    default: return false
    }
  }
}

public struct Compiler {
  /// Modules a scenario may import; everything else is rejected up front.
  public static let simulatedModules: Set<String> = ["gc", "sys", "time", "weakref"]

  private var codes: [CodeObject] = []
  private let dialect: PythonDialect
  private var warnings: [IdentityLiteralWarning] = []

  public static func compile(_ module: Module, fileName: String, source: String) throws(Diagnostic) -> Program {
    var compiler = Compiler(dialect: module.dialect)
    let code = CodeObject(kind: .module, name: "<module>", qualifiedName: "<module>", parameterCount: 0, firstLine: 1)
    compiler.register(code)
    var unit = Unit(code: code, locals: [:], globals: [], className: nil)
    try compiler.compileBody(module.body, into: &unit)
    unit.emit(.loadConst, unit.constant(.none), at: module.body.last?.location ?? SourceLocation(line: 1, column: 1))
    unit.emit(.returnValue, 0, at: module.body.last?.location ?? SourceLocation(line: 1, column: 1))
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map {
      String($0.hasSuffix("\r") ? $0.dropLast() : $0)
    }
    return Program(
      module: code, codes: compiler.codes, dialect: module.dialect, sourceLines: lines, fileName: fileName,
      syntaxWarnings: compiler.warnings,
      cpython27Shape: module.dialect == .python2 ? CPython27CodeShape.module(module) : nil)
  }

  private init(dialect: PythonDialect) { self.dialect = dialect }

  private mutating func register(_ code: CodeObject) {
    code.index = Int32(codes.count)
    codes.append(code)
  }

  /// The code being built, with its name-resolution context.
  struct Unit {
    let code: CodeObject
    /// Function locals → slot. Empty for module and class bodies.
    var locals: [String: Int]
    var globals: Set<String>
    let className: String?
    var loops: [(continueTarget: Int, breakJumps: [Int], isFor: Bool, scope: Int)] = []
    /// What a `break`, `continue` or `return` leaves on its way out,
    /// innermost last: loops (a `for` keeps its iterator on the stack),
    /// `try` blocks (and the `finally` to run), `except` handlers.
    var scopes: [Scope] = []

    enum Scope {
      /// A `with` body: leaving it calls the manager's `__exit__`.
      case withBlock
      case loop(isFor: Bool)
      case tryBlock(finally: [Stmt]?)
      case handler(name: String?)
    }
    /// Where each constant and name already is (a file with 200,000
    /// globals must not search the tables linearly). Only what `constant`
    /// added is found: a slot reserved for a tuple of constant defaults
    /// holds a placeholder that must never be taken for that value.
    var constantSlots: [Value: Int] = [:]
    var nameSlots: [String: Int] = [:]
    /// What a lambda's or comprehension's `__qualname__` starts with here
    /// (`f.<locals>.`, `A.`).
    var qualifiedPrefix = ""
    /// Variables whose slot holds a cell: shared with nested scopes (or,
    /// free variables, shared from an enclosing one).
    var cells: Set<String> = []

    var isFunction: Bool { code.kind == .function }
    /// The call that is the whole value of the statement being compiled
    /// (`return f(x)`, `y = f(x)`, `f` a name) and where that statement
    /// starts: what 3.13's traceback.py draws no carets under.
    var statementCall: (SourceRange, SourceLocation)?

    mutating func emit(_ op: Opcode, _ arg: Int = 0, at location: SourceLocation, span: Expr? = nil) {
      if let span {
        let anchored = span.kind.isBinaryOrSubscript ? span.operatorRange : nil
        var callAnchor: SourceRange?
        var statement: SourceLocation?
        if case .call = span.kind {
          callAnchor = span.operatorRange
          if let (range, start) = statementCall, range == span.range { statement = start }
        }
        code.spans[code.instructions.count] = ExprSpan(
          range: span.range, anchor: anchored, callAnchor: callAnchor, valueOfStatementAt: statement)
      }
      code.instructions.append(
        Instruction(op: op, arg: Int32(arg), line: Int32(location.line), column: Int32(location.column)))
    }

    var here: Int { code.instructions.count }

    mutating func patch(_ at: Int, to target: Int) { code.instructions[at].arg = Int32(target) }

    mutating func constant(_ value: Value) -> Int {
      if let i = constantSlots[value] { return i }
      code.constants.append(value)
      constantSlots[value] = code.constants.count - 1
      return code.constants.count - 1
    }

    mutating func name(_ text: String) -> Int {
      if let i = nameSlots[text] { return i }
      code.names.append(text)
      nameSlots[text] = code.names.count - 1
      return code.names.count - 1
    }
  }

  // MARK: Statements

  /// `value`'s span and the statement's start when `value` is a call of a
  /// plain name (`f(x)`, not `o.f(x)`).
  private static func callOfName(_ value: Expr, at start: SourceLocation) -> (SourceRange, SourceLocation)? {
    guard case .call(let callee, _) = value.kind, case .name = callee.kind else { return nil }
    return (value.range, start)
  }

  private mutating func compileBody(_ body: [Stmt], into unit: inout Unit) throws(Diagnostic) {
    for stmt in body { try compileStatement(stmt, into: &unit) }
  }

  private mutating func compileStatement(_ stmt: Stmt, into u: inout Unit) throws(Diagnostic) {
    let at = stmt.location
    switch stmt.kind {
    case .expression(let e):
      try compileExpr(e, into: &u)
      u.emit(.popTop, at: at)
    case .pass:
      u.emit(.nop, at: at)
    case .global(let names):
      for n in names { u.globals.insert(n) }
      u.emit(.nop, at: at)
    case .nonlocal:
      u.emit(.nop, at: at)
    case .assign(let targets, let value):
      if targets.count == 1, case .name = targets[0].kind { u.statementCall = Self.callOfName(value, at: at) }
      try compileExpr(value, into: &u)
      u.statementCall = nil
      for (i, target) in targets.enumerated() {
        if i < targets.count - 1 { u.emit(.dupTop, at: at) }
        try compileStore(target, into: &u)
      }
    case .augmentedAssign(let target, let op, let value):
      try compileAugmented(target, op, value, at: at, into: &u)
    case .delete(let targets):
      for t in targets { try compileDelete(t, into: &u) }
    case .ifElse(let branches, let orElse):
      var endJumps: [Int] = []
      for (condition, body) in branches {
        try compileExpr(condition, into: &u)
        let skip = u.here
        u.emit(.popJumpIfFalse, 0, at: condition.location)
        try compileBody(body, into: &u)
        endJumps.append(u.here)
        u.emit(.jump, 0, at: condition.location)
        u.patch(skip, to: u.here)
      }
      if let orElse { try compileBody(orElse, into: &u) }
      for j in endJumps { u.patch(j, to: u.here) }
    case .whileLoop(let condition, let body, let orElse):
      let top = u.here
      var exitJump: Int?
      if case .bool(true) = condition.kind {
        u.emit(.nop, at: at)
      } else {
        try compileExpr(condition, into: &u)
        exitJump = u.here
        u.emit(.popJumpIfFalse, 0, at: condition.location)
      }
      u.loops.append((top, [], false, u.scopes.count))
      u.scopes.append(.loop(isFor: false))
      try compileBody(body, into: &u)
      u.emit(.jump, top, at: at)
      u.scopes.removeLast()
      let loop = u.loops.removeLast()
      if let exitJump { u.patch(exitJump, to: u.here) }
      // The else block runs when the condition ends the loop; break skips it.
      if let orElse { try compileBody(orElse, into: &u) }
      for b in loop.breakJumps { u.patch(b, to: u.here) }
    case .forLoop(let target, let iterable, let body, let orElse):
      // Like CPython's optimizer: a list display of constants iterated over
      // is a constant tuple (no list is built).
      try compileExpr(Compiler.constantListAsTuple(iterable, dialect: dialect), into: &u)
      u.emit(.getIter, at: at)
      let top = u.here
      // 3.13 locates FOR_ITER at the iterable (Profile.forIterLocatedAtIterable).
      u.emit(.forIter, 0, at: at, span: iterable)
      try compileStore(target, into: &u)
      u.loops.append((top, [], true, u.scopes.count))
      u.scopes.append(.loop(isFor: true))
      try compileBody(body, into: &u)
      u.emit(.jump, top, at: at)
      u.scopes.removeLast()
      let loop = u.loops.removeLast()
      u.patch(top, to: u.here)
      // The else block runs when the iterator is exhausted; break skips it.
      if let orElse { try compileBody(orElse, into: &u) }
      for b in loop.breakJumps { u.patch(b, to: u.here) }
    case .breakLoop:
      guard let loop = u.loops.last else { throw Diagnostic("'break' outside loop", at: at) }
      try unwindScopes(above: loop.scope, at: at, into: &u)
      if loop.isFor { u.emit(.popTop, at: at) }
      u.loops[u.loops.count - 1].breakJumps.append(u.here)
      u.emit(.jump, 0, at: at)
    case .continueLoop:
      guard let loop = u.loops.last else { throw Diagnostic("'continue' not properly in loop", at: at) }
      try unwindScopes(above: loop.scope, at: at, into: &u)
      u.emit(.jump, loop.continueTarget, at: at)
    case .functionDef(let def):
      try compileFunction(def, at: at, into: &u)
    case .classDef(let cls):
      try compileClass(cls, at: at, into: &u)
    case .returnValue(let value):
      guard u.isFunction else { throw Diagnostic("'return' outside function", at: at) }
      if u.code.isGenerator, let value {
        // 2.7 rejects it at compile time; 3.x hands it to StopIteration.
        throw Diagnostic(
          dialect == .python2
            ? "'return' with argument inside generator (a SyntaxError in Python 2) is not supported by the simulator"
            : "a generator's return value is not supported by the simulator", at: value.location)
      }
      if let value {
        u.statementCall = Self.callOfName(value, at: at)
        try compileExpr(value, into: &u)
        u.statementCall = nil
      } else {
        u.emit(.loadConst, u.constant(.none), at: at)
      }
      try unwindScopes(above: -1, at: at, returning: true, into: &u)
      u.emit(.returnValue, at: at)
    case .importModules(let modules):
      for m in modules {
        try checkModule(m.module, at: m.location)
        u.emit(.importName, u.name(m.module), at: m.location)
        try storeName(m.alias ?? m.module, at: m.location, into: &u)
      }
    case .importFrom(let module, let names):
      try checkModule(module, at: at)
      u.emit(.importName, u.name(module), at: at)
      for n in names {
        u.emit(.importFrom, u.name(n.name), at: n.location)
        try storeName(n.alias ?? n.name, at: n.location, into: &u)
      }
      u.emit(.popTop, at: at)
    case .printStatement(let values, let trailingComma):
      for v in values {
        try compileExpr(v, into: &u)
        u.emit(.printItem, at: v.location)
      }
      if !trailingComma { u.emit(.printNewline, at: at) }
      if values.isEmpty && trailingComma { u.emit(.nop, at: at) }
    case .assertion(let condition, let message):
      try compileExpr(condition, into: &u)
      let ok = u.here
      u.emit(.popJumpIfTrue, 0, at: at)
      if let message { try compileExpr(message, into: &u) }
      u.emit(.raiseAssertion, message == nil ? 0 : 1, at: at, span: condition)
      u.patch(ok, to: u.here)
    case .tryStatement(let body, let handlers, let orElse, let finally):
      try compileTry(body, handlers, orElse, finally, at: at, into: &u)
    case .raise(let value, let cause):
      if let value { try compileExpr(value, into: &u) }
      if let cause { try compileExpr(cause, into: &u) }
      u.emit(.raiseVarargs, value == nil ? 0 : cause == nil ? 1 : 2, at: at)
    case .with(let items, let body):
      try compileWith(items[...], body, at: at, into: &u)
    }
  }

  /// `with` as CPython lays it out (several managers nest): the manager's
  /// `__exit__` bound and kept on the stack, `__enter__` called, the body
  /// under a handler that normalizes the exception as `except` does; the
  /// way out calls `__exit__(None, None, None)`, an exception calls
  /// `__exit__(type, value, traceback)` and is dropped if that is true.
  private mutating func compileWith(
    _ items: ArraySlice<(context: Expr, target: Expr?)>, _ body: [Stmt], at: SourceLocation, into u: inout Unit
  ) throws(Diagnostic) {
    let item = items.first!
    try compileExpr(item.context, into: &u)
    let setup = u.here
    u.emit(.setupWith, 0, at: at)
    if let target = item.target { try compileStore(target, into: &u) } else { u.emit(.popTop, at: at) }
    u.scopes.append(.withBlock)
    if items.count > 1 {
      try compileWith(items.dropFirst(), body, at: at, into: &u)
    } else {
      try compileBody(body, into: &u)
    }
    u.scopes.removeLast()
    u.emit(.popBlock, at: at)
    u.emit(.exitWith, at: at)
    let done = u.here
    u.emit(.jump, 0, at: at)
    // The handler: [exit, (3.x: the exception handled before | 2.7: the
    // traceback), the exception].
    u.patch(setup, to: u.here)
    u.emit(.withExceptStart, at: at)
    let suppress = u.here
    u.emit(.popJumpIfTrue, 0, at: at)
    u.emit(.reraise, at: at)
    u.patch(suppress, to: u.here)
    u.emit(.popTop, at: at)
    if dialect == .python3 { u.emit(.popExcept, at: at) } else { u.emit(.popTop, at: at) }
    u.emit(.popTop, at: at)
    u.patch(done, to: u.here)
  }

  /// Leaves the scopes above `index`, innermost first, as a jump out of
  /// them does: a `for` loop's iterator (under the return value), a `try`
  /// block (running its `finally` body here), an `except` handler (3.x:
  /// the exception handled before it is restored and the `as` name
  /// deleted, in that order).
  private mutating func unwindScopes(
    above index: Int, at: SourceLocation, returning: Bool = false, into u: inout Unit
  ) throws(Diagnostic) {
    var i = u.scopes.count - 1
    while i > index {
      switch u.scopes[i] {
      case .loop(let isFor):
        if returning && isFor {
          u.emit(.rotTwo, at: at)
          u.emit(.popTop, at: at)
        }
      case .tryBlock(let finally):
        u.emit(.popBlock, at: at)
        if let finally {
          // The finally body runs outside the scopes it guards.
          let saved = u.scopes
          u.scopes.removeLast(u.scopes.count - i)
          try compileBody(finally, into: &u)
          u.scopes = saved
        }
      case .withBlock:
        u.emit(.popBlock, at: at)
        // The return value stays above the manager's `__exit__`.
        if returning { u.emit(.rotTwo, at: at) }
        u.emit(.exitWith, at: at)
      case .handler(let name):
        if dialect == .python3 {
          if name != nil { u.emit(.popBlock, at: at) }
          u.emit(.popExcept, at: at)
          if let name { try clearHandlerName(name, at: at, into: &u) }
        }
      }
      i -= 1
    }
  }

  /// 3.x's end of `except E as name:` (`name = None; del name`), so the
  /// exception's traceback does not keep the frame in a cycle.
  private mutating func clearHandlerName(_ name: String, at: SourceLocation, into u: inout Unit) throws(Diagnostic) {
    u.emit(.loadConst, u.constant(.none), at: at)
    try storeName(name, at: at, into: &u)
    try compileDelete(Expr(.name(name), at: at), into: &u)
  }

  /// `try` as CPython lays it out: the body under an except block (and a
  /// finally block around both), `else`, then the handlers in order, each
  /// matching its class against the exception the runtime pushed; no match
  /// re-raises. The finally body is compiled twice: once on the way out
  /// without an exception, once (re-raising after it) for an exception.
  private mutating func compileTry(
    _ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt]?, _ finally: [Stmt]?, at: SourceLocation,
    into u: inout Unit
  ) throws(Diagnostic) {
    let python3 = dialect == .python3
    var finallySetup: Int?
    if finally != nil {
      finallySetup = u.here
      u.emit(.setupFinally, 0, at: at)
      u.scopes.append(.tryBlock(finally: finally))
    }
    if handlers.isEmpty {
      try compileBody(body, into: &u)
    } else {
      let exceptSetup = u.here
      u.emit(.setupExcept, 0, at: at)
      u.scopes.append(.tryBlock(finally: nil))
      try compileBody(body, into: &u)
      u.scopes.removeLast()
      u.emit(.popBlock, at: at)
      if let orElse { try compileBody(orElse, into: &u) }
      var exits = [u.here]
      u.emit(.jump, 0, at: at)
      u.patch(exceptSetup, to: u.here)
      for handler in handlers {
        let line = handler.location
        var noMatch: Int?
        if let type = handler.type {
          try compileExpr(type, into: &u)
          u.emit(.exceptionMatch, at: line)
          noMatch = u.here
          u.emit(.popJumpIfFalse, 0, at: line)
        }
        var cleanup: Int?
        if let name = handler.name {
          try storeName(name, at: line, into: &u)
          if python3 {
            cleanup = u.here
            u.emit(.setupCleanup, 0, at: line)
          }
        } else {
          u.emit(.popTop, at: line)
        }
        // 2.7 pushed the traceback under the exception.
        if !python3 { u.emit(.popTop, at: line) }
        u.scopes.append(.handler(name: handler.name))
        try compileBody(handler.body, into: &u)
        u.scopes.removeLast()
        let end = handler.body.last?.location ?? line
        if python3 {
          if cleanup != nil { u.emit(.popBlock, at: end) }
          u.emit(.popExcept, at: end)
          if let name = handler.name { try clearHandlerName(name, at: end, into: &u) }
        }
        exits.append(u.here)
        u.emit(.jump, 0, at: end)
        if let cleanup, let name = handler.name {
          // An exception inside the handler: the name goes, then it re-raises.
          u.patch(cleanup, to: u.here)
          try clearHandlerName(name, at: line, into: &u)
          u.emit(.reraise, at: line)
        }
        if let noMatch { u.patch(noMatch, to: u.here) }
      }
      if handlers.last?.type != nil { u.emit(.reraise, at: handlers.last!.location) }
      for j in exits { u.patch(j, to: u.here) }
    }
    if let finally, let finallySetup {
      u.scopes.removeLast()
      u.emit(.popBlock, at: at)
      try compileBody(finally, into: &u)
      let done = u.here
      u.emit(.jump, 0, at: at)
      u.patch(finallySetup, to: u.here)
      try compileBody(finally, into: &u)
      u.emit(.reraise, at: finally.last?.location ?? at)
      u.patch(done, to: u.here)
    }
  }

  /// The `__x__` names a class may define that the simulator calls as
  /// CPython does (or that are only data); any other special method in a
  /// class body would be ignored, so it is refused.
  static let simulatedSpecialNames: Set<String> = [
    "__init__", "__del__", "__repr__", "__str__", "__call__", "__module__", "__doc__", "__qualname__", "__enter__",
    "__exit__", "__len__", "__bool__", "__nonzero__", "__getitem__", "__setitem__", "__delitem__", "__contains__",
    "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__iter__", "__next__",
    "__add__", "__radd__", "__iadd__", "__sub__", "__rsub__", "__isub__", "__mul__", "__rmul__", "__imul__",
    "__floordiv__", "__rfloordiv__", "__ifloordiv__", "__mod__", "__rmod__", "__imod__", "__pow__", "__rpow__",
    "__ipow__", "__lshift__", "__rlshift__", "__ilshift__", "__rshift__", "__rrshift__", "__irshift__", "__and__",
    "__rand__", "__iand__", "__or__", "__ror__", "__ior__", "__xor__", "__rxor__", "__ixor__", "__truediv__",
    "__rtruediv__", "__itruediv__", "__neg__", "__pos__", "__invert__", "__abs__",
    "__getattr__", "__slots__",
  ]

  public static func isUnsimulatedSpecialName(_ name: String) -> Bool {
    name.count > 4 && name.hasPrefix("__") && name.hasSuffix("__") && !simulatedSpecialNames.contains(name)
  }

  /// Refuses a class body that defines a special method the simulator
  /// would not call (`def __repr__`, `__eq__ = ...`), at its statement.
  static func refuseSpecialMethods(_ body: [Stmt]) throws(Diagnostic) {
    for statement in body {
      switch statement.kind {
      case .functionDef(let def) where isUnsimulatedSpecialName(def.name):
        throw Diagnostic("the special method \(def.name) is not supported by the simulator", at: statement.location)
      case .assign(let targets, _):
        for case .name(let name) in targets.map(\.kind) where isUnsimulatedSpecialName(name) {
          throw Diagnostic("the special method \(name) is not supported by the simulator", at: statement.location)
        }
      case .ifElse, .tryStatement, .with:
        for b in statement.nestedBodies { try refuseSpecialMethods(b) }
      default: break
      }
    }
  }

  private func checkModule(_ name: String, at location: SourceLocation) throws(Diagnostic) {
    guard Compiler.simulatedModules.contains(name) else {
      throw Diagnostic(
        "module '\(name)' is not supported by the simulator (only gc, sys, time and weakref)", at: location)
    }
  }

  private mutating func compileFunction(_ def: FunctionDef, at: SourceLocation, into u: inout Unit) throws(Diagnostic) {
    var locals: [String: Int] = [:]
    var localNames: [String] = []
    // Positional parameters, then *args, then **kwargs (co_varnames' order).
    for p in def.parameters.filter({ $0.kind == .regular }) + def.parameters.filter({ $0.kind != .regular }) {
      if locals[p.name] != nil {
        throw Diagnostic("duplicate argument '\(p.name)' in function definition", at: p.location)
      }
      locals[p.name] = localNames.count
      localNames.append(p.name)
    }
    var declaredGlobal = Set<String>()
    Compiler.collectGlobals(def.body, into: &declaredGlobal)
    var nonlocals: [(String, SourceLocation)] = []
    Compiler.collectNonlocals(def.body, into: &nonlocals)
    var assigned: [String] = []
    Compiler.collectAssigned(def.body, into: &assigned)
    var uses = ScopeUses(dialect: dialect)
    uses.statements(def.body)
    // 2.7's list comprehensions bind their variables here.
    for n in uses.inlineTargets where !assigned.contains(n) { assigned.append(n) }
    for n in assigned where locals[n] == nil && !declaredGlobal.contains(n) && !nonlocals.contains(where: { $0.0 == n })
    {
      locals[n] = localNames.count
      localNames.append(n)
    }
    let qualified = u.qualifiedPrefix + def.name
    let code = CodeObject(
      kind: .function, name: def.name, qualifiedName: qualified,
      parameterCount: def.parameters.filter { $0.kind == .regular }.count, firstLine: at.line)
    code.hasVarargs = def.parameters.contains { $0.kind == .varargs }
    code.hasVarkw = def.parameters.contains { $0.kind == .varkw }
    code.isGenerator = uses.firstYield != nil
    var inner = try scopeUnit(
      code, bound: localNames, uses: uses, nonlocals: nonlocals, globals: declaredGlobal,
      cellsAt: def.body.first?.location ?? at, enclosing: u)
    inner.qualifiedPrefix = qualified + ".<locals>."
    try compileBody(def.body, into: &inner)
    let end = def.body.last?.location ?? at
    inner.emit(.loadConst, inner.constant(.none), at: end)
    inner.emit(.returnValue, at: end)
    for d in def.decorators { try compileExpr(d, into: &u) }
    try emitMakeFunction(code, parameters: def.parameters, free: closureOf(inner), at: at, into: &u)
    // Innermost (last written) first: f = a(b(f)).
    for d in def.decorators.reversed() { u.emit(.call, 1, at: d.location, span: d) }
    try storeName(def.name, at: at, into: &u)
  }

  /// Of the names a nested scope needs, those an enclosing function has
  /// (its closure); the others are globals. A `nonlocal` name must be one.
  private func closureNames(
    _ needed: [(name: String, at: SourceLocation)], nonlocals: [(String, SourceLocation)], enclosing u: Unit
  ) throws(Diagnostic) -> [String] {
    var free: [String] = []
    for (name, location) in needed {
      // (A class body's one variable is the `__class__` cell of 3.x.)
      if u.isFunction || name == "__class__", u.locals[name] != nil, !u.globals.contains(name) {
        free.append(name)
      } else if nonlocals.contains(where: { $0.0 == name }) {
        throw Diagnostic("no binding for nonlocal '\(name)' found", at: location)
      }
    }
    return free
  }

  /// MAKE_FUNCTION for `code` with the parameters' defaults, evaluated here.
  private mutating func emitMakeFunction(
    _ code: CodeObject, parameters: [FunctionDef.Parameter], free: [String] = [], at: SourceLocation,
    into u: inout Unit
  ) throws(Diagnostic) {
    var defaults = 0
    var defaultExprs: [Expr] = []
    for p in parameters where p.kind == .regular {
      if let d = p.defaultValue {
        defaultExprs.append(d)
        defaults += 1
      } else if defaults > 0 {
        throw Diagnostic("non-default argument follows default argument", at: p.location)
      }
    }
    u.code.children.append(code)
    let constants = defaultExprs.compactMap(Compiler.constantValue)
    if dialect == .python3 && !constants.isEmpty && constants.count == defaultExprs.count {
      // 3.x folds constant defaults into one constant tuple (no tuple at run time).
      let slot = u.code.constants.count
      u.code.constants.append(.none)
      u.code.constantTuples[slot] = constants
      u.emit(.loadConst, slot, at: at)
      u.code.childOperands.append((count: 1, flag: true))
    } else {
      for d in defaultExprs { try compileExpr(d, into: &u) }
      u.code.childOperands.append((count: defaults, flag: false))
    }
    // The closure: this scope's cells, in the order the function lists them.
    for n in free { u.emit(.loadClosure, u.locals[n]!, at: at) }
    if !free.isEmpty { u.emit(.buildTuple, free.count, at: at) }
    u.code.childHasClosure.append(!free.isEmpty)
    u.emit(.makeFunction, u.code.children.count - 1, at: at)
  }

  /// A call with `*value` or `**value` (CALL_FUNCTION_EX): the callee (a
  /// method is read as a bound method), the plain positional values, the
  /// `*` value (at most one), the named keywords, the `**` value (at most
  /// one). 3.x folds constant plain positionals into a constant tuple,
  /// passed as the `*` value.
  private mutating func compileUnpackingCall(
    _ callee: Expr, _ args: [Expr], at: SourceLocation, span: Expr, into u: inout Unit
  ) throws(Diagnostic) {
    var plain: [Expr] = []
    var star: Expr?
    var names: [String] = []
    var keywordValues: [Expr] = []
    var doubleStar: Expr?
    for a in args {
      switch a.kind {
      case .starred(let v):
        guard star == nil, keywordValues.isEmpty else {
          throw Diagnostic("more than one '*' argument in a call is not supported by the simulator", at: a.location)
        }
        star = v
      case .doubleStarred(let v):
        guard doubleStar == nil else {
          throw Diagnostic("more than one '**' argument in a call is not supported by the simulator", at: a.location)
        }
        doubleStar = v
      case .keyword(let name, let v):
        guard doubleStar == nil else {
          throw Diagnostic("a keyword after '**' is not supported by the simulator", at: a.location)
        }
        names.append(name)
        keywordValues.append(v)
      default:
        guard star == nil else {
          throw Diagnostic("a positional argument after '*' is not supported by the simulator", at: a.location)
        }
        plain.append(a)
      }
    }
    try compileExpr(callee, into: &u)
    var plainCount = plain.count
    var hasStar = star != nil
    if dialect == .python3 && star == nil, case let constants = plain.compactMap(Compiler.constantValue),
      constants.count == plain.count
    {
      // A constant tuple of the positionals, as 3.11's compiler folds it.
      let slot = u.code.constants.count
      u.code.constants.append(.none)
      u.code.constantTuples[slot] = constants
      u.emit(.loadConst, slot, at: at)
      plainCount = 0
      hasStar = true
    } else {
      for p in plain { try compileExpr(p, into: &u) }
      if let star { try compileExpr(star, into: &u) }
    }
    for v in keywordValues { try compileExpr(v, into: &u) }
    if let doubleStar { try compileExpr(doubleStar, into: &u) }
    u.code.keywordNames.append(names)
    let operand =
      (u.code.keywordNames.count - 1) << 16 | plainCount << 2 | (hasStar ? 2 : 0)
      | (doubleStar != nil ? 1 : 0)
    u.emit(.callFunctionEx, operand, at: at, span: span)
  }

  /// `lambda`: a function whose body returns one expression.
  private mutating func compileLambda(
    _ parameters: [FunctionDef.Parameter], _ body: Expr, at: SourceLocation, into u: inout Unit
  ) throws(Diagnostic) {
    let code = CodeObject(
      kind: .function, name: "<lambda>", qualifiedName: u.qualifiedPrefix + "<lambda>",
      parameterCount: parameters.filter { $0.kind == .regular }.count, firstLine: at.line)
    code.hasVarargs = parameters.contains { $0.kind == .varargs }
    code.hasVarkw = parameters.contains { $0.kind == .varkw }
    let ordered = parameters.filter { $0.kind == .regular } + parameters.filter { $0.kind != .regular }
    var inner = try nestedUnit(code, bound: ordered.map(\.name), inside: [body], at: body.location, enclosing: u)
    inner.qualifiedPrefix = u.qualifiedPrefix + "<lambda>.<locals>."
    try compileExpr(body, into: &inner)
    inner.emit(.returnValue, at: body.location)
    try emitMakeFunction(code, parameters: parameters, free: closureOf(inner), at: at, into: &u)
  }

  /// The unit of a lambda or comprehension: `bound` are its variables
  /// (cells where a scope nested in it uses them), then the cells it takes
  /// from `u` for the names it uses of u's (its closure).
  private mutating func nestedUnit(
    _ code: CodeObject, bound: [String], inside: [Expr], at: SourceLocation, enclosing u: Unit
  ) throws(Diagnostic) -> Unit {
    var uses = ScopeUses(dialect: dialect)
    for e in inside { uses.expr(e) }
    return try scopeUnit(code, bound: bound, uses: uses, cellsAt: at, enclosing: u)
  }

  /// The unit of a function-like scope: `bound` its own variables in slot
  /// order (cells where a scope nested in it uses them, made first thing
  /// at `cellsAt`), then the cells it takes from `u` for what it needs of
  /// u's variables (its closure, free variables in the last slots).
  private mutating func scopeUnit(
    _ code: CodeObject, bound: [String], uses: ScopeUses, nonlocals: [(String, SourceLocation)] = [],
    globals: Set<String> = [], cellsAt: SourceLocation, enclosing u: Unit
  ) throws(Diagnostic) -> Unit {
    let free = try closureNames(
      uses.needed(bound: Set(bound), nonlocals: nonlocals, globals: globals), nonlocals: nonlocals, enclosing: u)
    var locals: [String: Int] = [:]
    var names: [String] = []
    for n in bound + free where locals[n] == nil {
      locals[n] = names.count
      names.append(n)
    }
    code.localNames = names
    code.freeVariableCount = free.count
    register(code)
    var unit = Unit(code: code, locals: locals, globals: globals, className: nil)
    let shared = Set(uses.nestedFree.map(\.name))
    let ownCells = bound.filter { shared.contains($0) }
    unit.cells = Set(ownCells + free)
    code.cellSlots = Set(unit.cells.compactMap { locals[$0] })
    for n in ownCells { unit.emit(.makeCell, locals[n]!, at: cellsAt) }
    return unit
  }

  /// The free variables of a nested unit, in slot order.
  private func closureOf(_ unit: Unit) -> [String] {
    Array(unit.code.localNames.suffix(unit.code.freeVariableCount))
  }

  /// A comprehension. 3.x (and 2.7 for a dict) makes it a function of its
  /// own, called with the first iterable's iterator as `.0`; 2.7 runs a list
  /// comprehension in place, its variables those of the enclosing scope.
  private mutating func compileComprehension(
    _ element: Expr, value: Expr?, _ clauses: [ComprehensionClause], generator: Bool = false, set: Bool = false,
    at: SourceLocation, span: Expr, into u: inout Unit
  ) throws(Diagnostic) {
    if dialect == .python2 && value == nil && !generator && !set {
      u.emit(.buildList, 0, at: at)
      try compileExpr(clauses[0].iterable, into: &u)
      u.emit(.getIter, at: at)
      if u.isFunction {
        // The targets are the function's variables (they outlive the loop).
        var names: [String] = []
        for c in clauses { Compiler.collectTargetNames(c.target, into: &names) }
        for n in names where u.locals[n] == nil && !u.globals.contains(n) {
          u.locals[n] = u.code.localNames.count
          u.code.localNames.append(n)
        }
      }
      try compileClauses(clauses, 0, element: element, value: value, at: at, into: &u)
      return
    }
    var targets: [String] = []
    for c in clauses { Compiler.collectTargetNames(c.target, into: &targets) }
    let name = generator ? "<genexpr>" : set ? "<setcomp>" : value == nil ? "<listcomp>" : "<dictcomp>"
    // Everything but the first iterable runs in the comprehension's scope.
    var inside = [element] + (value.map { [$0] } ?? []) + clauses[0].conditions
    for c in clauses.dropFirst() { inside += [c.iterable] + c.conditions }
    let code = CodeObject(
      kind: .function, name: name, qualifiedName: u.qualifiedPrefix + name, parameterCount: 1, firstLine: at.line)
    code.isGenerator = generator
    code.isComprehension = !generator
    var body = try nestedUnit(code, bound: [".0"] + targets, inside: inside, at: at, enclosing: u)
    body.qualifiedPrefix = u.qualifiedPrefix + name + ".<locals>."
    if !generator { body.emit(set ? .buildSet : value == nil ? .buildList : .buildMap, 0, at: at) }
    body.emit(.loadFast, 0, at: at)
    try compileClauses(
      clauses, 0, element: element, value: value, yielding: generator, adding: set, at: at, into: &body)
    if generator { body.emit(.loadConst, body.constant(.none), at: at) }
    body.emit(.returnValue, at: at)
    try emitMakeFunction(code, parameters: [], free: closureOf(body), at: at, into: &u)
    try compileExpr(clauses[0].iterable, into: &u)
    u.emit(.getIter, at: at)
    u.emit(.call, 1, at: at, span: span)
  }

  /// The loops of a comprehension from clause `i` on, its iterator on the
  /// stack (the first one's already there); the innermost adds the element.
  private mutating func compileClauses(
    _ clauses: [ComprehensionClause], _ i: Int, element: Expr, value: Expr?, yielding: Bool = false,
    adding: Bool = false, at: SourceLocation, into u: inout Unit
  ) throws(Diagnostic) {
    let clause = clauses[i]
    if i > 0 {
      try compileExpr(clause.iterable, into: &u)
      u.emit(.getIter, at: clause.iterable.location)
    }
    let top = u.here
    u.emit(.forIter, 0, at: clause.target.location)
    try compileStore(clause.target, into: &u)
    for condition in clause.conditions {
      try compileExpr(condition, into: &u)
      u.emit(.popJumpIfFalse, top, at: condition.location)
    }
    if i + 1 < clauses.count {
      try compileClauses(
        clauses, i + 1, element: element, value: value, yielding: yielding, adding: adding, at: at, into: &u)
    } else if let value {
      // 3.8+ evaluates the key first; 2.7 the value first.
      if dialect == .python3 {
        try compileExpr(element, into: &u)
        try compileExpr(value, into: &u)
      } else {
        try compileExpr(value, into: &u)
        try compileExpr(element, into: &u)
        u.emit(.rotTwo, at: at)
      }
      u.emit(.mapAdd, clauses.count + 1, at: at)
    } else if yielding {
      // A generator expression yields each element (and drops what is sent).
      try compileExpr(element, into: &u)
      u.emit(.yieldValue, at: at)
      u.emit(.popTop, at: at)
    } else {
      try compileExpr(element, into: &u)
      u.emit(adding ? .setAdd : .listAppend, clauses.count + 1, at: at)
    }
    u.emit(.jump, top, at: at)
    u.patch(top, to: u.here)
  }

  static func collectTargetNames(_ e: Expr, into names: inout [String]) {
    switch e.kind {
    case .name(let n): if !names.contains(n) { names.append(n) }
    case .tuple(let xs), .list(let xs): for x in xs { collectTargetNames(x, into: &names) }
    default: break
    }
  }

  private mutating func compileClass(_ cls: ClassDef, at: SourceLocation, into u: inout Unit) throws(Diagnostic) {
    let code = CodeObject(
      kind: .classBody, name: cls.name, qualifiedName: cls.name, parameterCount: 0, firstLine: at.line)
    register(code)
    try Compiler.refuseSpecialMethods(cls.body)
    if u.isFunction {
      // CPython passes such names through the class body in cells of its own.
      var uses = ScopeUses(dialect: dialect)
      uses.statements([Stmt(.classDef(cls), at: at)])
      for (name, location) in uses.nestedFree where u.locals[name] != nil && !u.globals.contains(name) {
        throw Diagnostic(
          "a class inside a function using the function's variable '\(name)' is not supported by the simulator",
          at: location)
      }
    }
    // 3.x: a method that names `super` (or `__class__`) shares the class
    // in a cell the class body makes and returns as `__classcell__`.
    var classUses = ScopeUses(dialect: dialect)
    classUses.isFunction = false
    classUses.statements(cls.body)
    let classCell = dialect == .python3 && classUses.nestedFree.contains { $0.name == "__class__" }
    var inner = Unit(code: code, locals: classCell ? ["__class__": 0] : [:], globals: [], className: cls.name)
    inner.qualifiedPrefix = cls.name + "."
    if classCell {
      code.localNames = ["__class__"]
      inner.cells = ["__class__"]
      code.cellSlots = [0]
      inner.emit(.makeCell, 0, at: cls.body.first?.location ?? at)
    }
    try compileBody(cls.body, into: &inner)
    let end = cls.body.last?.location ?? at
    if classCell {
      inner.emit(.loadClosure, 0, at: end)
      inner.emit(.dupTop, at: end)
      inner.emit(.storeName, inner.name("__classcell__"), at: end)
    } else {
      inner.emit(.loadConst, inner.constant(.none), at: end)
    }
    inner.emit(.returnValue, at: end)
    let bases = cls.bases ?? []
    for d in cls.decorators { try compileExpr(d, into: &u) }
    for b in bases { try compileExpr(b, into: &u) }
    u.code.children.append(code)
    // The base count, and whether the source had parentheses.
    u.code.childOperands.append((count: bases.count, flag: cls.bases != nil))
    u.code.childHasClosure.append(false)
    u.emit(.makeClass, u.code.children.count - 1, at: at)
    for d in cls.decorators.reversed() { u.emit(.call, 1, at: d.location, span: d) }
    try storeName(cls.name, at: at, into: &u)
  }

  private mutating func compileAugmented(
    _ target: Expr, _ op: BinaryOperator, _ value: Expr, at: SourceLocation, into u: inout Unit
  ) throws(Diagnostic) {
    let opArg = Compiler.binaryIndex(op) | 0x100
    switch target.kind {
    case .name(let n):
      try loadName(n, at: target.location, into: &u)
      try compileExpr(value, into: &u)
      u.emit(.binaryOp, opArg, at: at)
      try storeName(n, at: target.location, into: &u)
    case .attribute(let object, let attr):
      try compileExpr(object, into: &u)
      u.emit(.dupTop, at: at)
      u.emit(.loadAttr, u.name(attr), at: target.location)
      try compileExpr(value, into: &u)
      u.emit(.binaryOp, opArg, at: at)
      u.emit(.rotTwo, at: at)
      u.emit(.storeAttr, u.name(attr), at: target.location)
    case .subscript(let object, let index):
      try compileExpr(object, into: &u)
      try compileExpr(index, into: &u)
      u.emit(.dupTopTwo, at: at)
      u.emit(.binarySubscr, at: target.location, span: target)
      try compileExpr(value, into: &u)
      u.emit(.binaryOp, opArg, at: at)
      u.emit(.rotThree, at: at)
      u.emit(.storeSubscr, at: target.location, span: target)
    default:
      throw Diagnostic("illegal expression for augmented assignment", at: target.location)
    }
  }

  // MARK: Names

  private mutating func loadName(
    _ name: String, at: SourceLocation, span: Expr? = nil, into u: inout Unit
  ) throws(Diagnostic) {
    if u.isFunction {
      if let slot = u.locals[name], u.cells.contains(name) {
        u.emit(.loadDeref, slot, at: at, span: span)
      } else if let slot = u.locals[name], !u.globals.contains(name) {
        u.emit(.loadFast, slot, at: at, span: span)
      } else {
        u.emit(.loadGlobal, u.name(name), at: at, span: span)
      }
    } else {
      u.emit(.loadName, u.name(name), at: at, span: span)
    }
  }

  private mutating func storeName(_ name: String, at: SourceLocation, into u: inout Unit) throws(Diagnostic) {
    if u.isFunction {
      if let slot = u.locals[name], u.cells.contains(name) {
        u.emit(.storeDeref, slot, at: at)
      } else if let slot = u.locals[name], !u.globals.contains(name) {
        u.emit(.storeFast, slot, at: at)
      } else {
        u.emit(.storeGlobal, u.name(name), at: at)
      }
    } else if u.globals.contains(name) {
      u.emit(.storeGlobal, u.name(name), at: at)
    } else {
      u.emit(.storeName, u.name(name), at: at)
    }
  }

  private mutating func compileStore(_ target: Expr, into u: inout Unit) throws(Diagnostic) {
    let at = target.location
    switch target.kind {
    case .name(let n):
      try storeName(n, at: at, into: &u)
    case .attribute(let object, let attr):
      try compileExpr(object, into: &u)
      u.emit(.storeAttr, u.name(attr), at: at, span: target)
    case .subscript(let object, let index):
      try compileExpr(object, into: &u)
      try compileExpr(index, into: &u)
      u.emit(.storeSubscr, at: at, span: target)
    case .tuple(let elements), .list(let elements):
      u.emit(.unpackSequence, elements.count, at: at)
      for e in elements { try compileStore(e, into: &u) }
    case .slice(let object, let lower, let upper):
      try compileExpr(object, into: &u)
      try compileOptional(lower, at: at, into: &u)
      try compileOptional(upper, at: at, into: &u)
      u.emit(.storeSlice, at: at, span: target)
    default:
      throw Diagnostic("cannot assign to this expression", at: at)
    }
  }

  private mutating func compileDelete(_ target: Expr, into u: inout Unit) throws(Diagnostic) {
    let at = target.location
    switch target.kind {
    case .name(let n):
      // (The name's span: a traceback marks it, as 3.11 does.)
      if u.isFunction, let slot = u.locals[n], u.cells.contains(n) {
        u.emit(.deleteDeref, slot, at: at, span: target)
      } else if u.isFunction, let slot = u.locals[n], !u.globals.contains(n) {
        u.emit(.deleteFast, slot, at: at, span: target)
      } else if u.isFunction || u.globals.contains(n) {
        u.emit(.deleteGlobal, u.name(n), at: at, span: target)
      } else {
        u.emit(.deleteName, u.name(n), at: at, span: target)
      }
    case .attribute(let object, let attr):
      try compileExpr(object, into: &u)
      u.emit(.deleteAttr, u.name(attr), at: at, span: target)
    case .subscript(let object, let index):
      try compileExpr(object, into: &u)
      try compileExpr(index, into: &u)
      u.emit(.deleteSubscr, at: at, span: target)
    case .slice(let object, let lower, let upper):
      try compileExpr(object, into: &u)
      try compileOptional(lower, at: at, into: &u)
      try compileOptional(upper, at: at, into: &u)
      u.emit(.deleteSlice, at: at)
    case .tuple(let elements), .list(let elements):
      for e in elements { try compileDelete(e, into: &u) }
    default:
      throw Diagnostic("cannot delete this expression", at: at)
    }
  }

  // MARK: Expressions

  private mutating func compileOptional(_ e: Expr?, at: SourceLocation, into u: inout Unit) throws(Diagnostic) {
    if let e { try compileExpr(e, into: &u) } else { u.emit(.loadConst, u.constant(.none), at: at) }
  }

  /// 3.8+'s check_compare: `is` or `is not` with a literal (a constant
  /// other than None, True, False; a folded tuple of constants counts)
  /// warns once per comparison, at its line.
  private mutating func checkIdentityWithLiteral(
    _ e: Expr, _ left: Expr, _ rest: [(op: ComparisonOperator, right: Expr)]
  ) {
    guard dialect == .python3 else { return }
    func isPlainOperand(_ x: Expr) -> Bool {
      switch x.kind {
      case .none, .bool: return true
      case .tuple(let items): return items.isEmpty ? false : items.contains { Compiler.constantValue($0) == nil }
      default: return Compiler.constantValue(x) == nil
      }
    }
    var leftOK = isPlainOperand(left)
    var previous = left
    for (op, right) in rest {
      let rightOK = isPlainOperand(right)
      if (op == .isSame || op == .isNot) && !(leftOK && rightOK) {
        // The literal named is the left operand unless that one is fine.
        let literal = leftOK ? right : previous
        warnings.append(
          IdentityLiteralWarning(
            line: e.location.line, negated: op == .isNot, literalType: Compiler.literalTypeName(literal)))
        return
      }
      leftOK = rightOK
      previous = right
    }
  }

  static func binaryIndex(_ op: BinaryOperator) -> Int {
    switch op {
    case .add: return 0
    case .subtract: return 1
    case .multiply: return 2
    case .floorDivide: return 3
    case .modulo: return 4
    case .power: return 5
    case .leftShift: return 6
    case .rightShift: return 7
    case .bitAnd: return 8
    case .bitOr: return 9
    case .bitXor: return 10
    case .trueDivide: return 11
    }
  }

  static func comparisonIndex(_ op: ComparisonOperator) -> Int {
    switch op {
    case .equal: return 0
    case .notEqual: return 1
    case .less: return 2
    case .lessEqual: return 3
    case .greater: return 4
    case .greaterEqual: return 5
    case .isSame: return 6
    case .isNot: return 7
    case .contains: return 8
    case .notContains: return 9
    }
  }

  /// 3.x's fold_iter makes any list display there a tuple (a constant one
  /// when its items are); 2.7's peephole optimizer only a non-empty one of
  /// constants.
  static func constantListAsTuple(_ e: Expr, dialect: PythonDialect) -> Expr {
    guard case .list(let elements) = e.kind else { return e }
    if dialect == .python3 {
      guard !elements.contains(where: \.isUnpacking) else { return e }
    } else {
      guard !elements.isEmpty, elements.allSatisfy({ constantValue($0) != nil }) else { return e }
    }
    var tuple = e
    tuple.kind = .tuple(elements)
    return tuple
  }

  /// An f-string: FORMAT_VALUE per value (its spec evaluated after it),
  /// BUILD_STRING unless it is one piece (none: the empty str).
  private mutating func compileFormattedString(
    _ pieces: [FormattedPiece], at: SourceLocation, span: Expr, into u: inout Unit
  ) throws(Diagnostic) {
    if pieces.isEmpty {
      u.emit(.loadConst, u.constant(.str("")), at: at)
      return
    }
    for piece in pieces {
      switch piece {
      case .literal(let text):
        u.emit(.loadConst, u.constant(.str(text)), at: at)
      case .value(let value, let conversion, let spec):
        try compileExpr(value, into: &u)
        if let spec { try compileExpr(spec, into: &u) }
        let code: Int =
          switch conversion {
          case "s": 1
          case "r": 2
          case "a": 3
          default: 0
          }
        u.emit(.formatValue, code | (spec == nil ? 0 : 4), at: at, span: span)
      }
    }
    if pieces.count != 1 { u.emit(.buildString, pieces.count, at: at) }
  }

  /// What `infer_type` names for a literal operand.
  static func literalTypeName(_ e: Expr) -> String {
    if case .tuple = e.kind { return "tuple" }
    switch constantValue(e) {
    case .int?: return "int"
    case .float?: return "float"
    case .str?: return "str"
    default: return "object"
    }
  }

  private static func constantValue(_ e: Expr) -> Value? {
    switch e.kind {
    case .int(let i): return .int(i)
    case .float(let x): return .float(x)
    case .string(let s): return .str(s)
    case .none: return Value.none
    case .bool(let b): return .bool(b)
    case .unary(.negate, let inner):
      if case .int(let i) = inner.kind { return .int(-i) }
      if case .float(let x) = inner.kind { return .float(-x) }
      return nil
    default: return nil
    }
  }

  private mutating func compileExpr(_ e: Expr, into u: inout Unit) throws(Diagnostic) {
    let at = e.location
    if let value = Compiler.constantValue(e) {
      u.emit(.loadConst, u.constant(value), at: at)
      return
    }
    switch e.kind {
    case .name(let n):
      try loadName(n, at: at, span: e, into: &u)
    case .int, .float, .string, .none, .bool:
      break  // handled above
    case .attribute(let object, let attr):
      try compileExpr(object, into: &u)
      u.emit(.loadAttr, u.name(attr), at: at, span: e)
    case .subscript(let object, let index):
      try compileExpr(object, into: &u)
      try compileExpr(index, into: &u)
      u.emit(.binarySubscr, at: at, span: e)
    case .slice(let object, let lower, let upper):
      try compileExpr(object, into: &u)
      try compileOptional(lower, at: at, into: &u)
      try compileOptional(upper, at: at, into: &u)
      u.emit(.loadSlice, at: at, span: e)
    case .call(let callee, let args) where args.contains(where: \.isUnpacking):
      try compileUnpackingCall(callee, args, at: at, span: e, into: &u)
    case .call(let callee, let args) where args.contains(where: { if case .keyword = $0.kind { true } else { false } }):
      var names: [String] = []
      var values: [Expr] = []
      for a in args {
        if case .keyword(let name, let value) = a.kind {
          names.append(name)
          values.append(value)
        } else {
          values.append(a)
        }
      }
      var method: Int32 = 0
      if case .attribute(let object, let attr) = callee.kind {
        try compileExpr(object, into: &u)
        u.emit(.loadMethod, u.name(attr), at: callee.location, span: callee)
        method = 1 << 15
      } else {
        try compileExpr(callee, into: &u)
      }
      for v in values { try compileExpr(v, into: &u) }
      if dialect == .python3 {
        // KW_NAMES: the names are one constant tuple of the code object.
        let slot = u.code.constants.count
        u.code.constants.append(.none)
        u.code.constantTuples[slot] = names.map(Value.str)
      }
      u.code.keywordNames.append(names)
      let operand = Int32(u.code.keywordNames.count - 1) << 16 | method | Int32(values.count)
      u.emit(.callKeywords, Int(operand), at: at, span: e)
    case .keyword(_, let value), .starred(let value), .doubleStarred(let value):
      throw Diagnostic("an argument form outside a call", at: value.location)
    case .comprehension(let element, let value, let clauses):
      try compileComprehension(element, value: value, clauses, at: at, span: e, into: &u)
    case .generatorExpression(let element, let clauses):
      try compileComprehension(element, value: nil, clauses, generator: true, at: at, span: e, into: &u)
    case .setComprehension(let element, let clauses):
      try compileComprehension(element, value: nil, clauses, set: true, at: at, span: e, into: &u)
    case .lambda(let parameters, let body):
      try compileLambda(parameters, body, at: at, into: &u)
    case .formattedString(let pieces):
      try compileFormattedString(pieces, at: at, span: e, into: &u)
    case .yield(let value):
      guard u.code.isGenerator else {
        throw Diagnostic("a yield expression here is not supported by the simulator", at: at)
      }
      if let value { try compileExpr(value, into: &u) } else { u.emit(.loadConst, u.constant(.none), at: at) }
      u.emit(.yieldValue, at: at)
    case .call(let callee, let args):
      if case .attribute(let object, let attr) = callee.kind {
        try compileExpr(object, into: &u)
        u.emit(.loadMethod, u.name(attr), at: callee.location, span: callee)
        for a in args { try compileExpr(a, into: &u) }
        u.emit(.callMethod, args.count, at: at, span: e)
      } else {
        try compileExpr(callee, into: &u)
        for a in args { try compileExpr(a, into: &u) }
        u.emit(.call, args.count, at: at, span: e)
      }
    case .list(let elements):
      for x in elements { try compileExpr(x, into: &u) }
      u.emit(.buildList, elements.count, at: at)
    case .set(let elements):
      let constants = elements.compactMap(Compiler.constantValue)
      if dialect == .python3 && elements.count > 2 && constants.count == elements.count {
        // 3.x folds three or more constants into a frozenset constant.
        let slot = u.code.constants.count
        u.code.constants.append(.none)
        u.code.constantTuples[slot] = constants
        u.emit(.buildSetFromConstants, slot, at: at)
      } else {
        for x in elements { try compileExpr(x, into: &u) }
        u.emit(.buildSet, elements.count, at: at)
      }
    case .tuple(let elements):
      let constants = elements.compactMap(Compiler.constantValue)
      if constants.count == elements.count && !elements.isEmpty {
        // CPython folds a tuple of constants into one constant object.
        let slot = u.code.constants.count
        u.code.constants.append(.none)
        u.code.constantTuples[slot] = constants
        u.code.literalTupleSlots.insert(slot)
        u.emit(.loadConst, slot, at: at)
      } else {
        for x in elements { try compileExpr(x, into: &u) }
        u.emit(.buildTuple, elements.count, at: at)
      }
    case .dict(let entries):
      for (k, v) in entries {
        try compileExpr(k, into: &u)
        try compileExpr(v, into: &u)
      }
      u.emit(.buildMap, entries.count, at: at)
    case .binary(.modulo, let left, let right) where dialect == .python3:
      if case .string(let format) = left.kind, case .tuple(let items) = right.kind,
        !items.contains(where: \.isUnpacking), items.contains(where: { Compiler.constantValue($0) == nil }),
        let pieces = Compiler.percentFormatPieces(format, itemCount: items.count)
      {
        // Compiled as the f-string it stands for (see PercentFormatFolding).
        var next = items.makeIterator()
        let joined = pieces.map { piece -> FormattedPiece in
          switch piece {
          case .literal(let text): return .literal(text)
          case .value(let conversion, let spec):
            return .value(next.next()!, conversion: conversion, spec: spec.map { Expr(.string($0), at: at) })
          }
        }
        try compileFormattedString(joined, at: at, span: e, into: &u)
        return
      }
      try compileExpr(left, into: &u)
      try compileExpr(right, into: &u)
      u.emit(.binaryOp, Compiler.binaryIndex(.modulo), at: at, span: e)
    case .binary(let op, let left, let right):
      try compileExpr(left, into: &u)
      try compileExpr(right, into: &u)
      u.emit(.binaryOp, Compiler.binaryIndex(op), at: at, span: e)
    case .unary(let op, let operand):
      try compileExpr(operand, into: &u)
      u.emit(.unaryOp, op == .not ? 0 : op == .negate ? 1 : op == .plus ? 2 : 3, at: at, span: e)
    case .compare(let left, let rest):
      checkIdentityWithLiteral(e, left, rest)
      try compileExpr(left, into: &u)
      if rest.count == 1 {
        let right =
          [.contains, .notContains].contains(rest[0].op)
          ? Compiler.constantListAsTuple(rest[0].right, dialect: dialect) : rest[0].right
        try compileExpr(right, into: &u)
        u.emit(.compareOp, Compiler.comparisonIndex(rest[0].op), at: at, span: e)
        return
      }
      var cleanupJumps: [Int] = []
      for (i, (op, right)) in rest.enumerated() {
        try compileExpr(right, into: &u)
        if i < rest.count - 1 {
          u.emit(.dupTop, at: at)
          u.emit(.rotThree, at: at)
          u.emit(.compareOp, Compiler.comparisonIndex(op), at: at)
          cleanupJumps.append(u.here)
          u.emit(.jumpIfFalseOrPop, 0, at: at)
        } else {
          u.emit(.compareOp, Compiler.comparisonIndex(op), at: at)
        }
      }
      let endJump = u.here
      u.emit(.jump, 0, at: at)
      for j in cleanupJumps { u.patch(j, to: u.here) }
      u.emit(.rotTwo, at: at)
      u.emit(.popTop, at: at)
      u.patch(endJump, to: u.here)
    case .conditional(let body, let condition, let orElse):
      try compileExpr(condition, into: &u)
      let toElse = u.here
      u.emit(.popJumpIfFalse, 0, at: at)
      try compileExpr(body, into: &u)
      let toEnd = u.here
      u.emit(.jump, 0, at: at)
      u.patch(toElse, to: u.here)
      try compileExpr(orElse, into: &u)
      u.patch(toEnd, to: u.here)
    case .boolean(let op, let operands):
      var jumps: [Int] = []
      for (i, x) in operands.enumerated() {
        try compileExpr(x, into: &u)
        if i < operands.count - 1 {
          jumps.append(u.here)
          u.emit(op == .and ? .jumpIfFalseOrPop : .jumpIfTrueOrPop, 0, at: at)
        }
      }
      for j in jumps { u.patch(j, to: u.here) }
    }
  }

  // MARK: Name collection

  static func collectGlobals(_ body: [Stmt], into set: inout Set<String>) {
    for s in body {
      switch s.kind {
      case .global(let names): set.formUnion(names)
      case .ifElse(let branches, let orElse):
        for b in branches { collectGlobals(b.body, into: &set) }
        if let orElse { collectGlobals(orElse, into: &set) }
      case .whileLoop(_, let body, let orElse), .forLoop(_, _, let body, let orElse):
        collectGlobals(body + (orElse ?? []), into: &set)
      case .tryStatement, .with:
        for b in s.nestedBodies { collectGlobals(b, into: &set) }
      default: break
      }
    }
  }

  static func collectAssigned(_ body: [Stmt], into names: inout [String]) {
    func target(_ e: Expr) {
      switch e.kind {
      case .name(let n): if !names.contains(n) { names.append(n) }
      case .tuple(let xs), .list(let xs): xs.forEach(target)
      default: break
      }
    }
    for s in body {
      switch s.kind {
      case .assign(let targets, _): targets.forEach(target)
      case .augmentedAssign(let t, _, _): target(t)
      case .delete(let targets): targets.forEach(target)
      case .forLoop(let t, _, let body, let orElse):
        target(t)
        collectAssigned(body + (orElse ?? []), into: &names)
      case .whileLoop(_, let body, let orElse): collectAssigned(body + (orElse ?? []), into: &names)
      case .ifElse(let branches, let orElse):
        for b in branches { collectAssigned(b.body, into: &names) }
        if let orElse { collectAssigned(orElse, into: &names) }
      case .functionDef(let f): if !names.contains(f.name) { names.append(f.name) }
      case .classDef(let c): if !names.contains(c.name) { names.append(c.name) }
      case .importModules(let ms):
        for m in ms { let n = m.alias ?? m.module; if !names.contains(n) { names.append(n) } }
      case .importFrom(_, let ns): for m in ns { let n = m.alias ?? m.name; if !names.contains(n) { names.append(n) } }
      case .tryStatement(let body, let handlers, let orElse, let finally):
        collectAssigned(body, into: &names)
        for h in handlers {
          if let n = h.name, !names.contains(n) { names.append(n) }
          collectAssigned(h.body, into: &names)
        }
        collectAssigned((orElse ?? []) + (finally ?? []), into: &names)
      case .with(let items, let body):
        for item in items { item.target.map(target) }
        collectAssigned(body, into: &names)
      default: break
      }
    }
  }

  /// The names an expression reads, where; a lambda's or comprehension's
  /// own variables are left out.
  static func collectNameLoads(in e: Expr, into used: inout [(String, SourceLocation)]) {
    func expr(_ e: Expr) { collectNameLoads(in: e, into: &used) }
    switch e.kind {
    case .name(let n): used.append((n, e.location))
    case .attribute(let x, _): expr(x)
    case .subscript(let a, let b): expr(a); expr(b)
    case .slice(let a, let l, let h): expr(a); l.map(expr); h.map(expr)
    case .call(let f, let args): expr(f); args.forEach(expr)
    case .list(let xs), .tuple(let xs), .set(let xs): xs.forEach(expr)
    case .dict(let kv): for (k, v) in kv { expr(k); expr(v) }
    case .binary(_, let a, let b): expr(a); expr(b)
    case .unary(_, let a): expr(a)
    case .compare(let a, let rest): expr(a); for r in rest { expr(r.right) }
    case .boolean(_, let xs): xs.forEach(expr)
    case .conditional(let body, let condition, let orElse): [condition, body, orElse].forEach(expr)
    case .keyword(_, let value), .starred(let value), .doubleStarred(let value): expr(value)
    case .comprehension(let element, let value, let clauses):
      comprehension(element, value, clauses)
    case .generatorExpression(let element, let clauses), .setComprehension(let element, let clauses):
      comprehension(element, nil, clauses)
    case .yield(let value): value.map(expr)
    case .formattedString(let pieces): FormattedPiece.expressions(pieces).forEach(expr)
    case .lambda(let parameters, let body):
      for p in parameters { p.defaultValue.map(expr) }
      var inner: [(String, SourceLocation)] = []
      collectNameLoads(in: body, into: &inner)
      used += inner.filter { name in !parameters.contains { $0.name == name.0 } }
    default: break
    }
    func comprehension(_ element: Expr, _ value: Expr?, _ clauses: [ComprehensionClause]) {
      expr(clauses[0].iterable)
      var inner: [(String, SourceLocation)] = []
      var targets: [String] = []
      for c in clauses { collectTargetNames(c.target, into: &targets) }
      var inside = [element] + (value.map { [$0] } ?? []) + clauses[0].conditions
      for c in clauses.dropFirst() { inside += [c.iterable] + c.conditions }
      for x in inside { collectNameLoads(in: x, into: &inner) }
      used += inner.filter { !targets.contains($0.0) }
    }
  }

  static func collectNameLoads(_ body: [Stmt], into used: inout [(String, SourceLocation)]) {
    func expr(_ e: Expr) { collectNameLoads(in: e, into: &used) }
    for s in body {
      switch s.kind {
      case .expression(let e): expr(e)
      case .assign(let ts, let v): ts.forEach(expr); expr(v)
      case .augmentedAssign(let t, _, let v): expr(t); expr(v)
      case .delete(let ts): ts.forEach(expr)
      case .ifElse(let branches, let orElse):
        for b in branches { expr(b.condition); collectNameLoads(b.body, into: &used) }
        if let orElse { collectNameLoads(orElse, into: &used) }
      case .whileLoop(let c, let body, let orElse):
        expr(c)
        collectNameLoads(body + (orElse ?? []), into: &used)
      case .forLoop(let t, let i, let body, let orElse):
        expr(t)
        expr(i)
        collectNameLoads(body + (orElse ?? []), into: &used)
      case .returnValue(let v): v.map(expr)
      case .printStatement(let vs, _): vs.forEach(expr)
      case .assertion(let c, let m): expr(c); m.map(expr)
      case .raise(let v, let cause):
        v.map(expr)
        cause.map(expr)
      case .tryStatement(_, let handlers, _, _):
        for h in handlers { h.type.map(expr) }
        for b in s.nestedBodies { collectNameLoads(b, into: &used) }
      case .with(let items, let body):
        for item in items {
          expr(item.context)
          item.target.map(expr)
        }
        collectNameLoads(body, into: &used)
      case .functionDef(let f): collectNameLoads(f.body, into: &used)
      default: break
      }
    }
  }
}
