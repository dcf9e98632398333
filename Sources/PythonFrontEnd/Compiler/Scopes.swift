/// Which names a scope shares with the scopes nested in it, as CPython's
/// symtable decides: a function's variable that a nested function, lambda
/// or (3.x) comprehension uses lives in a cell; the nested scope reaches it
/// through its closure.
struct ScopeUses {
  let dialect: PythonDialect
  /// Names this scope uses itself (reads, stores, deletes), where.
  var uses: [(name: String, at: SourceLocation)] = []
  /// Names nested scopes use without binding them: the ones they need from
  /// this scope or beyond.
  var nestedFree: [(name: String, at: SourceLocation)] = []
  /// A class body nested here needs a name from outside it.
  var classNeedsFree: (name: String, at: SourceLocation)?
  /// 2.7: the variables of list comprehensions run in this scope (they are
  /// its own variables).
  var inlineTargets: [String] = []
  /// The first `yield` of this scope's own (a function with one is a
  /// generator).
  var firstYield: SourceLocation?
  /// A function's scope (not a class body's): in 3.x, naming `super` in
  /// one uses `__class__` too (symtable.c), the cell its class provides.
  var isFunction = true

  init(dialect: PythonDialect) { self.dialect = dialect }

  /// The names a function (`parameters`, `body`) needs from enclosing
  /// scopes, in first-use order.
  static func freeNames(
    parameters: [String], body: [Stmt], dialect: PythonDialect
  ) -> [(name: String, at: SourceLocation)] {
    var walker = ScopeUses(dialect: dialect)
    walker.statements(body)
    var declaredNonlocal: [(String, SourceLocation)] = []
    Compiler.collectNonlocals(body, into: &declaredNonlocal)
    var declaredGlobal = Set<String>()
    Compiler.collectGlobals(body, into: &declaredGlobal)
    return walker.needed(
      bound: Compiler.boundNames(parameters: parameters, body: body).union(walker.inlineTargets),
      nonlocals: declaredNonlocal, globals: declaredGlobal)
  }

  /// What the scope these uses were collected in needs from enclosing
  /// ones, in first-use order: its `nonlocal` names, then every name it or
  /// a scope nested in it uses that it does not bind or declare `global`.
  func needed(bound: Set<String>, nonlocals: [(String, SourceLocation)], globals: Set<String>)
    -> [(name: String, at: SourceLocation)]
  {
    ScopeUses.unique(nonlocals + uses + nestedFree).filter { !bound.contains($0.name) && !globals.contains($0.name) }
  }

  static func unique(_ list: [(String, SourceLocation)]) -> [(name: String, at: SourceLocation)] {
    var seen: Set<String> = []
    return list.filter { seen.insert($0.0).inserted }.map { (name: $0.0, at: $0.1) }
  }

  mutating func statements(_ body: [Stmt]) {
    for s in body { statement(s) }
  }

  private mutating func use(_ name: String, _ at: SourceLocation) { uses.append((name, at)) }

  private mutating func target(_ e: Expr) {
    switch e.kind {
    case .name(let n): use(n, e.location)
    case .tuple(let xs), .list(let xs): xs.forEach { target($0) }
    default: expr(e)
    }
  }

  private mutating func statement(_ s: Stmt) {
    switch s.kind {
    case .expression(let e): expr(e)
    case .pass, .breakLoop, .continueLoop, .global, .nonlocal: break
    case .assign(let targets, let value):
      expr(value)
      targets.forEach { target($0) }
    case .augmentedAssign(let t, _, let value):
      target(t)
      expr(value)
    case .delete(let targets): targets.forEach { target($0) }
    case .ifElse(let branches, let orElse):
      for b in branches {
        expr(b.condition)
        statements(b.body)
      }
      statements(orElse ?? [])
    case .whileLoop(let condition, let body, let orElse):
      expr(condition)
      statements(body + (orElse ?? []))
    case .forLoop(let t, let iterable, let body, let orElse):
      expr(iterable)
      target(t)
      statements(body + (orElse ?? []))
    case .functionDef(let def):
      for p in def.parameters { p.defaultValue.map { expr($0) } }
      use(def.name, s.location)
      nestedFree += ScopeUses.freeNames(
        parameters: def.parameters.map(\.name), body: def.body, dialect: dialect
      ).map { ($0.name, $0.at) }
    case .classDef(let cls):
      (cls.bases ?? []).forEach { expr($0) }
      use(cls.name, s.location)
      // The class body's own names are not visible to its methods; the
      // `__class__` its methods use is its own cell.
      var body = ScopeUses(dialect: dialect)
      body.isFunction = false
      body.statements(cls.body)
      body.nestedFree.removeAll { $0.name == "__class__" }
      var assigned: [String] = []
      Compiler.collectAssigned(cls.body, into: &assigned)
      let free = ScopeUses.unique(body.uses).filter { !assigned.contains($0.name) } + body.nestedFree
      nestedFree += free.map { ($0.name, $0.at) }
      if classNeedsFree == nil, let first = body.nestedFree.first { classNeedsFree = first }
      if let inner = body.classNeedsFree, classNeedsFree == nil { classNeedsFree = inner }
    case .returnValue(let v): v.map { expr($0) }
    case .importModules(let modules): for m in modules { use(m.alias ?? m.module, m.location) }
    case .importFrom(_, let names): for n in names { use(n.alias ?? n.name, n.location) }
    case .printStatement(let values, _): values.forEach { expr($0) }
    case .assertion(let condition, let message):
      expr(condition)
      message.map { expr($0) }
    case .tryStatement(let body, let handlers, let orElse, let finally):
      statements(body)
      for h in handlers {
        h.type.map { expr($0) }
        if let n = h.name { use(n, h.location) }
        statements(h.body)
      }
      statements((orElse ?? []) + (finally ?? []))
    case .raise(let v, let cause):
      v.map { expr($0) }
      cause.map { expr($0) }
    case .with(let items, let body):
      for item in items {
        expr(item.context)
        item.target.map { target($0) }
      }
      statements(body)
    }
  }

  mutating func expr(_ e: Expr) {
    switch e.kind {
    case .name(let n):
      use(n, e.location)
      if n == "super" && isFunction && dialect == .python3 { use("__class__", e.location) }
    case .int, .float, .string, .none, .bool: break
    case .attribute(let x, _): expr(x)
    case .subscript(let a, let b):
      expr(a)
      expr(b)
    case .slice(let a, let l, let h):
      expr(a)
      l.map { expr($0) }
      h.map { expr($0) }
    case .call(let f, let args):
      expr(f)
      args.forEach { expr($0) }
    case .list(let xs), .tuple(let xs), .set(let xs), .boolean(_, let xs): xs.forEach { expr($0) }
    case .dict(let kv):
      for (k, v) in kv {
        expr(k)
        expr(v)
      }
    case .keyword(_, let v), .unary(_, let v), .starred(let v), .doubleStarred(let v): expr(v)
    case .binary(_, let a, let b):
      expr(a)
      expr(b)
    case .compare(let a, let rest):
      expr(a)
      for r in rest { expr(r.right) }
    case .conditional(let body, let condition, let orElse):
      expr(condition)
      expr(body)
      expr(orElse)
    case .formattedString(let pieces):
      FormattedPiece.expressions(pieces).forEach { expr($0) }
    case .yield(let value):
      if firstYield == nil { firstYield = e.location }
      value.map { expr($0) }
    case .lambda(let parameters, let body):
      for p in parameters { p.defaultValue.map { expr($0) } }
      var inner = ScopeUses(dialect: dialect)
      inner.expr(body)
      let names = Set(parameters.map(\.name))
      nestedFree += (inner.uses + inner.nestedFree).filter { !names.contains($0.name) }.map { ($0.name, $0.at) }
    case .comprehension(let element, let value, let clauses):
      if dialect == .python2 && value == nil {
        // 2.7 runs a list comprehension in this scope.
        for c in clauses {
          expr(c.iterable)
          target(c.target)
          Compiler.collectTargetNames(c.target, into: &inlineTargets)
          c.conditions.forEach { expr($0) }
        }
        expr(element)
        return
      }
      comprehensionScope(element, value, clauses)
    case .generatorExpression(let element, let clauses), .setComprehension(let element, let clauses):
      comprehensionScope(element, nil, clauses)
    }
  }

  /// A comprehension with a scope of its own: the first iterable is
  /// evaluated here, the rest inside.
  private mutating func comprehensionScope(_ element: Expr, _ value: Expr?, _ clauses: [ComprehensionClause]) {
    expr(clauses[0].iterable)
    var inner = ScopeUses(dialect: dialect)
    var targets: [String] = []
    for c in clauses { Compiler.collectTargetNames(c.target, into: &targets) }
    inner.expr(element)
    value.map { inner.expr($0) }
    clauses[0].conditions.forEach { inner.expr($0) }
    for c in clauses.dropFirst() {
      inner.expr(c.iterable)
      c.conditions.forEach { inner.expr($0) }
    }
    nestedFree += (inner.uses + inner.nestedFree).filter { !targets.contains($0.name) }.map { ($0.name, $0.at) }
  }
}

extension Compiler {
  /// A function's own variables: its parameters and every name it binds,
  /// less those declared `global` or `nonlocal`.
  static func boundNames(parameters: [String], body: [Stmt]) -> Set<String> {
    var assigned: [String] = []
    collectAssigned(body, into: &assigned)
    var declared = Set<String>()
    collectGlobals(body, into: &declared)
    var nonlocals: [(String, SourceLocation)] = []
    collectNonlocals(body, into: &nonlocals)
    declared.formUnion(nonlocals.map(\.0))
    return Set(parameters).union(assigned).subtracting(declared)
  }

  /// `nonlocal` declarations of a scope (not of scopes nested in it).
  static func collectNonlocals(_ body: [Stmt], into names: inout [(String, SourceLocation)]) {
    for s in body {
      switch s.kind {
      case .nonlocal(let ns): for n in ns { names.append((n, s.location)) }
      case .ifElse, .whileLoop, .forLoop, .tryStatement:
        for b in s.nestedBodies { collectNonlocals(b, into: &names) }
      default: break
      }
    }
  }
}
