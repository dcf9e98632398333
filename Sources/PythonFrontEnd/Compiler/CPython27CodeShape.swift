// What CPython 2.7's compiler (compile.c, symtable.c, peephole.c) builds
// for a module, as far as the collector sees it: for each code unit, the
// dict keys it makes (a `(value, type)` tuple per constant, name and local),
// the tuples its code object keeps, and the tuples the peephole optimizer
// folds. The compiler's dicts, lists and tuples come from and go back to
// the type free lists, so they decide `gc.get_count()` at the first line
// and the spares the script starts with (see the runtime's
// CompileAllocations, and docs/fidelity-notes.md).

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One code unit (module, function, lambda, class body, generator
/// expression, set or dict comprehension), in the shape CPython 2.7 makes it.
public struct CPython27Unit: Sendable, Equatable {
  /// Distinct constants: each is a key tuple in the unit's `u_consts`.
  public var constantKeys = 0
  /// Of those, `-0.0`s, whose key is a 3-tuple (the sign kept apart).
  public var negativeZeroKeys = 0
  /// `len(co_consts)`: the keys, then what the peephole appended (folds,
  /// `None` for a `None` it turned into a constant).
  public var constants = 0
  /// Sizes of the tuples the peephole folded (`(1, 2)`, `x in [1, 2]`,
  /// class bases), in the order it made them.
  public var foldedTuples: [Int] = []
  /// The fromlist tuples `from m import a, b` makes.
  public var fromlists: [Fromlist] = []
  /// `len(co_names)`.
  public var names = 0
  /// `len(co_varnames)`: parameters first, then the other fast locals.
  public var varnames = 0
  /// Parameters (`*args` and `**kwargs` included): the keys `list2dict`
  /// makes when the unit opens.
  public var parameters = 0
  /// `len(co_cellvars)` and `len(co_freevars)`.
  public var cells = 0
  public var frees = 0
  /// Nested units in the order they are compiled.
  public var children: [CPython27Unit] = []

  public init() {}

  /// A fromlist tuple of `size` names; one equal to an earlier one is made
  /// and dropped again (the constant already exists).
  public struct Fromlist: Sendable, Equatable {
    public var size: Int
    public var duplicate: Bool
  }
}

/// Builds `CPython27Unit`s from the syntax tree, walking it in the order
/// compile.c emits code, so the peephole's runs of constant loads are seen
/// as it sees them.
public struct CPython27CodeShape {
  /// The module's unit, its nested units inside.
  public static func module(_ module: Module) -> CPython27Unit {
    var walker = CPython27CodeShape(futureDivision: false, absoluteImport: false)
    for s in module.body {
      guard case .importFrom("__future__", let names) = s.kind else { continue }
      for n in names {
        if n.name == "division" { walker.futureDivision = true }
        if n.name == "absolute_import" { walker.absoluteImport = true }
      }
    }
    var unit = UnitState(scope: .module)
    walker.body(module.body, docstringIsStored: true, into: &unit)
    // assemble(c, addNone): the module falls off its end.
    unit.constant(.none)
    return unit.finish()
  }

  var futureDivision: Bool
  var absoluteImport: Bool

  /// How a unit's names load and store (compiler_nameop).
  enum Scope {
    case module
    case classBody
    /// `fast`: its own locals (LOAD_FAST); `derefs`: cells and free
    /// variables (LOAD_DEREF, no dict entry); the rest are globals.
    case function(fast: Set<String>, derefs: Set<String>)
  }

  /// A constant as the peephole sees it: folding needs the values.
  indirect enum Value: Hashable {
    case int(Int)
    /// An int too big for 64 bits (2.7 makes a long): still a number.
    case bigInt
    case float(Double)
    case str(String)
    case tuple([Value])
    case none
    /// A nested unit's code object (a key of its own).
    case code(Int)
    /// A float as a key: 0.0 and -0.0 are two constants (compiler_add_o
    /// keeps the sign apart), which Double's `==` would merge.
    case floatKey(UInt64)
  }

  struct UnitState {
    var scope: Scope
    var shape = CPython27Unit()
    var keys: Set<Value> = []
    var names: Set<String> = []
    var fastNames: Set<String> = []
    var noneAppended = false
    /// The peephole's run of consecutive LOAD_CONSTs and their values.
    var run: [Value] = []

    init(scope: Scope) { self.scope = scope }

    mutating func constant(_ v: Value) {
      var key = v
      if case .float(let d) = v { key = .floatKey(d.bitPattern) }
      guard keys.insert(key).inserted else { return }
      if case .float(let d) = v, d == 0, d.sign == .minus { shape.negativeZeroKeys += 1 }
    }
    /// A LOAD_CONST: a key, and one more in the run.
    mutating func load(_ v: Value) {
      constant(v)
      run.append(v)
    }
    mutating func name(_ n: String) { names.insert(n) }
    mutating func fast(_ n: String) { fastNames.insert(n) }
    /// Any other instruction ends the run.
    mutating func op() { run.removeAll(keepingCapacity: true) }
    /// The peephole replaced the last loads with one constant.
    mutating func folded(into v: Value) {
      // peephole.c resets its count of consecutive loads to 1: the loads
      // before the folded ones no longer count.
      run = [v]
      shape.constants += 1
      if case .tuple(let items) = v { shape.foldedTuples.append(items.count) }
    }
    func finish() -> CPython27Unit {
      var s = shape
      s.constantKeys = keys.count
      s.names = names.count
      s.varnames = fastNames.count
      // The peephole appends None when it turns LOAD_NAME None into a
      // constant and None is not one yet.
      s.constants += s.constantKeys + (noneAppended && !keys.contains(.none) ? 1 : 0)
      return s
    }
  }

  // MARK: Statements

  mutating func body(_ stmts: [Stmt], docstringIsStored: Bool, into u: inout UnitState) {
    var rest = stmts[...]
    if let first = stmts.first, case .expression(let e) = first.kind, case .string(let text) = e.kind {
      if docstringIsStored {
        u.load(.str(text))
        nameop("__doc__", into: &u)
        u.op()
      }
      rest = stmts.dropFirst()
    }
    for s in rest { statement(s, into: &u) }
  }

  mutating func statements(_ stmts: [Stmt], into u: inout UnitState) {
    for s in stmts { statement(s, into: &u) }
  }

  mutating func statement(_ s: Stmt, into u: inout UnitState) {
    u.op()
    switch s.kind {
    case .expression(let e):
      // compiler_visit_stmt drops a constant expression statement.
      switch e.kind {
      case .int, .float, .string: return
      default: expr(e, into: &u)
      }
    case .pass, .breakLoop, .continueLoop, .global, .nonlocal: break
    case .assign(let targets, let value):
      expr(value, into: &u)
      for t in targets { store(t, into: &u) }
    case .augmentedAssign(let target, _, let value):
      switch target.kind {
      case .name(let n):
        nameop(n, into: &u)
        expr(value, into: &u)
        nameop(n, into: &u)
      case .attribute(let object, let attr):
        expr(object, into: &u)
        u.name(attr)
        expr(value, into: &u)
      case .subscript(let object, let index):
        expr(object, into: &u)
        expr(index, into: &u)
        u.op()
        expr(value, into: &u)
      case .slice(let object, let lower, let upper):
        expr(object, into: &u)
        lower.map { expr($0, into: &u) }
        upper.map { expr($0, into: &u) }
        u.op()
        expr(value, into: &u)
      default: expr(target, into: &u)
      }
    case .delete(let targets): for t in targets { store(t, into: &u) }
    case .ifElse(let branches, let orElse): ifElse(branches[...], orElse: orElse, into: &u)
    case .whileLoop(let condition, let body, let orElse):
      switch constantTruth(condition) {
      case false?:
        statements(orElse ?? [], into: &u)
        return
      case true?: break
      case nil: expr(condition, into: &u)
      }
      statements(body, into: &u)
      statements(orElse ?? [], into: &u)
    case .forLoop(let target, let iterable, let body, let orElse):
      expr(iterable, into: &u)
      u.op()
      store(target, into: &u)
      statements(body, into: &u)
      statements(orElse ?? [], into: &u)
    case .functionDef(let def): function(def, into: &u)
    case .classDef(let cls): classDef(cls, into: &u)
    case .returnValue(let value):
      if let value { expr(value, into: &u) } else { u.load(.none) }
    case .importModules(let modules):
      for m in modules {
        u.load(.int(absoluteImport ? 0 : -1))
        u.load(.none)
        u.op()
        u.name(m.module)
        let parts = m.module.split(separator: ".").map(String.init)
        if let alias = m.alias {
          for part in parts.dropFirst() { u.name(part) }
          nameop(alias, into: &u)
        } else {
          nameop(parts[0], into: &u)
        }
        u.op()
      }
    case .importFrom(let module, let names):
      // compiler_from_import makes the fromlist tuple first.
      let fromlist = Value.tuple(names.map { .str($0.name) })
      let duplicate = u.keys.contains(fromlist)
      u.shape.fromlists.append(.init(size: names.count, duplicate: duplicate))
      u.load(.int(absoluteImport ? 0 : -1))
      u.load(fromlist)
      u.op()
      u.name(module)
      for n in names where n.name != "*" {
        u.name(n.name)
        nameop(n.alias ?? n.name, into: &u)
      }
    case .printStatement(let values, _):
      for v in values {
        expr(v, into: &u)
        u.op()
      }
    case .assertion(let condition, let message):
      expr(condition, into: &u)
      u.op()
      u.name("AssertionError")
      message.map { expr($0, into: &u) }
    case .tryStatement(let body, let handlers, let orElse, let finally):
      statements(body, into: &u)
      for h in handlers {
        u.op()
        h.type.map { expr($0, into: &u) }
        u.op()
        if let n = h.name { nameop(n, into: &u) }
        statements(h.body, into: &u)
      }
      statements(orElse ?? [], into: &u)
      if let finally {
        // compiler_try_finally: LOAD_CONST None after POP_BLOCK.
        u.op()
        u.load(.none)
        u.op()
        statements(finally, into: &u)
      }
    case .raise(let value, let cause):
      value.map { expr($0, into: &u) }
      cause.map { expr($0, into: &u) }
    case .with(let items, let body):
      for item in items {
        expr(item.context, into: &u)
        u.op()
        item.target.map { store($0, into: &u) }
      }
      statements(body, into: &u)
      // compiler_with: LOAD_CONST None before WITH_CLEANUP, per item.
      u.op()
      u.load(.none)
    }
    u.op()
  }

  /// compiler_if: a constant test compiles one branch only.
  mutating func ifElse(
    _ branches: ArraySlice<(condition: Expr, body: [Stmt])>, orElse: [Stmt]?, into u: inout UnitState
  ) {
    guard let first = branches.first else {
      statements(orElse ?? [], into: &u)
      return
    }
    let rest = branches.dropFirst()
    switch constantTruth(first.condition) {
    case true?: statements(first.body, into: &u)
    case false?: ifElse(rest, orElse: orElse, into: &u)
    case nil:
      expr(first.condition, into: &u)
      u.op()
      statements(first.body, into: &u)
      u.op()
      ifElse(rest, orElse: orElse, into: &u)
    }
  }

  /// expr_constant: a number or string literal's truth (2.7's True and
  /// False are names, so `while True:` tests each time).
  func constantTruth(_ e: Expr) -> Bool? {
    switch e.kind {
    case .int(let i): return i != 0
    case .float(let d): return d != 0
    case .string(let s): return !s.isEmpty
    default: return nil
    }
  }

  mutating func function(_ def: FunctionDef, into u: inout UnitState) {
    for d in def.decorators { expr(d, into: &u) }
    for p in def.parameters { p.defaultValue.map { expr($0, into: &u) } }
    u.op()
    var inner = functionUnit(parameters: def.parameters.map(\.name), body: def.body, enclosing: u)
    if let first = def.body.first, case .expression(let e) = first.kind, case .string(let text) = e.kind {
      inner.constant(.str(text))
    } else {
      inner.constant(.none)
    }
    body(def.body, docstringIsStored: false, into: &inner)
    // assemble(c, 1) adds `return None` unless the last block returns.
    if case .returnValue? = def.body.last?.kind {} else { inner.constant(.none) }
    close(inner, into: &u)
    nameop(def.name, into: &u)
  }

  mutating func classDef(_ cls: ClassDef, into u: inout UnitState) {
    for d in cls.decorators { expr(d, into: &u) }
    u.op()
    u.load(.str(cls.name))
    let bases = cls.bases ?? []
    for b in bases { expr(b, into: &u) }
    foldTuple(count: bases.count, into: &u)
    u.op()
    var inner = UnitState(scope: .classBody)
    inner.name("__name__")
    inner.name("__module__")
    body(cls.body, docstringIsStored: true, into: &inner)
    close(inner, into: &u)
    nameop(cls.name, into: &u)
  }

  /// A finished nested unit: its code object becomes the enclosing unit's
  /// constant (MAKE_FUNCTION/MAKE_CLOSURE follow).
  mutating func close(_ inner: UnitState, into u: inout UnitState) {
    let index = u.shape.children.count
    u.shape.children.append(inner.finish())
    u.op()
    u.constant(.code(index))
    u.op()
  }

  /// A function-like unit's scope, from the names it binds and those its
  /// enclosing functions bind (symtable.c's analysis, for the subset the
  /// simulator compiles: a class inside a function sees none of its names).
  func functionUnit(parameters: [String], body: [Stmt], enclosing: UnitState, extraBound: [String] = [])
    -> UnitState
  {
    var inline: [String] = []
    CPython27CodeShape.collectInlineTargets(body, into: &inline)
    let bound = Compiler.boundNames(parameters: parameters, body: body).union(inline).union(extraBound)
    let free = Set(
      ScopeUses.freeNames(parameters: parameters, body: body, dialect: .python2).map(\.name)
        .filter { !bound.contains($0) && enclosing.providesCell($0) })
    var uses = ScopeUses(dialect: .python2)
    uses.statements(body)
    let usedByNested = Set(uses.nestedFree.map(\.name))
    let cells = bound.filter { usedByNested.contains($0) }
    var unit = UnitState(scope: .function(fast: bound.subtracting(cells), derefs: free.union(cells)))
    for p in parameters { unit.fast(p) }
    unit.shape.parameters = parameters.count
    unit.shape.cells = cells.count
    unit.shape.frees = free.count
    return unit
  }

  // MARK: Expressions

  mutating func expr(_ e: Expr, into u: inout UnitState) {
    switch e.kind {
    // A constant load continues the run (no `op()` after it).
    case .int(let i): return u.load(.int(i))
    case .float(let d): return u.load(.float(d))
    case .string(let s): return u.load(.str(s))
    case .none:
      // LOAD_NAME/LOAD_GLOBAL None: the peephole makes it a constant
      // load, which continues the run of constant loads.
      u.name("None")
      u.noneAppended = true
      u.run.append(.none)
      return
    case .bool(let b): nameop(b ? "True" : "False", into: &u)
    case .name(let n): nameop(n, into: &u)
    case .attribute(let object, let attr):
      expr(object, into: &u)
      u.op()
      u.name(attr)
    case .subscript(let object, let index):
      expr(object, into: &u)
      expr(index, into: &u)
      if u.run.count >= 2, let v = CPython27CodeShape.subscripted(u.run[u.run.count - 2], u.run[u.run.count - 1]) {
        u.folded(into: v)
        return
      }
    case .slice(let object, let lower, let upper):
      expr(object, into: &u)
      lower.map { expr($0, into: &u) }
      upper.map { expr($0, into: &u) }
    case .call(let function, let arguments):
      expr(function, into: &u)
      for a in arguments {
        switch a.kind {
        case .keyword(let name, let value):
          u.load(.str(name))
          expr(value, into: &u)
        default: expr(a, into: &u)
        }
      }
    case .keyword(_, let value), .starred(let value), .doubleStarred(let value):
      u.op()
      expr(value, into: &u)
    case .list(let items):
      for x in items { expr(x, into: &u) }
    case .set(let items):
      for x in items { expr(x, into: &u) }
    case .tuple(let items):
      for x in items { expr(x, into: &u) }
      foldTuple(count: items.count, into: &u)
      return
    case .dict(let pairs):
      u.op()
      for p in pairs {
        expr(p.value, into: &u)
        expr(p.key, into: &u)
        u.op()
      }
    case .conditional(let body, let condition, let orElse):
      expr(condition, into: &u)
      u.op()
      expr(body, into: &u)
      u.op()
      expr(orElse, into: &u)
    case .binary(let op, let a, let b):
      expr(a, into: &u)
      expr(b, into: &u)
      if u.run.count >= 2,
        let v = CPython27CodeShape.fold(
          op, u.run[u.run.count - 2], u.run[u.run.count - 1], trueDivision: futureDivision)
      {
        u.folded(into: v)
        return
      }
    case .unary(let op, let operand):
      // ast.c folds `-NUMBER` into the literal itself.
      if op == .negate, case .int(let i) = operand.kind {
        u.load(i == .min ? .bigInt : .int(-i))
        return
      }
      if op == .negate, case .float(let d) = operand.kind {
        u.load(.float(-d))
        return
      }
      expr(operand, into: &u)
      if let last = u.run.last, let v = CPython27CodeShape.unary(op, last) {
        u.folded(into: v)
        return
      }
    case .compare(let left, let rest):
      expr(left, into: &u)
      for (i, r) in rest.enumerated() {
        u.op()
        if i == rest.count - 1, r.op == .contains || r.op == .notContains, case .list(let items) = r.right.kind {
          // BUILD_LIST before `in`: the peephole folds it into a tuple.
          for x in items { expr(x, into: &u) }
          foldTuple(count: items.count, into: &u)
        } else {
          expr(r.right, into: &u)
        }
        u.op()
      }
    case .boolean(_, let values):
      for v in values {
        expr(v, into: &u)
        u.op()
      }
    case .comprehension(let element, let value, let clauses):
      if let value {
        comprehensionUnit(element: element, value: value, clauses: clauses, addsNone: false, into: &u)
      } else {
        // 2.7 runs a list comprehension in the enclosing unit.
        u.op()
        self.clauses(clauses, skippingFirstIterable: false, into: &u)
        expr(element, into: &u)
      }
    case .setComprehension(let element, let clauses):
      comprehensionUnit(element: element, value: nil, clauses: clauses, addsNone: false, into: &u)
    case .generatorExpression(let element, let clauses):
      comprehensionUnit(element: element, value: nil, clauses: clauses, addsNone: true, into: &u)
    case .lambda(let parameters, let body):
      for p in parameters { p.defaultValue.map { expr($0, into: &u) } }
      u.op()
      let wrapped = [Stmt(.returnValue(body), at: e.location)]
      var inner = functionUnit(parameters: parameters.map(\.name), body: wrapped, enclosing: u)
      // compiler_lambda: None first, so a lambda has no docstring.
      inner.constant(.none)
      expr(body, into: &inner)
      close(inner, into: &u)
    case .yield(let value):
      if let value { expr(value, into: &u) } else { u.load(.none) }
    case .formattedString(let pieces):
      for x in FormattedPiece.expressions(pieces) { expr(x, into: &u) }
    }
    u.op()
  }

  /// BUILD_TUPLE after `count` constant loads becomes one constant.
  mutating func foldTuple(count: Int, into u: inout UnitState) {
    guard count <= u.run.count else {
      u.op()
      return
    }
    u.folded(into: .tuple(Array(u.run.suffix(count))))
  }

  /// A generator expression, set or dict comprehension: a function of its
  /// own taking the outermost iterator (`.0`), which the enclosing unit
  /// evaluates after making the function.
  mutating func comprehensionUnit(
    element: Expr, value: Expr?, clauses: [ComprehensionClause], addsNone: Bool, into u: inout UnitState
  ) {
    var targets: [String] = []
    for c in clauses { Compiler.collectTargetNames(c.target, into: &targets) }
    // The body as statements, for the scope analysis: the targets bound,
    // the later iterables and the element used.
    var inside: [Expr] = [element] + (value.map { [$0] } ?? [])
    for (i, c) in clauses.enumerated() {
      if i > 0 { inside.append(c.iterable) }
      inside += c.conditions
    }
    let body = inside.map { Stmt(.expression($0), at: $0.location) }
    var inner = functionUnit(parameters: [".0"], body: body, enclosing: u, extraBound: targets)
    self.clauses(clauses, skippingFirstIterable: true, into: &inner)
    if let value {
      expr(value, into: &inner)
      expr(element, into: &inner)
    } else {
      expr(element, into: &inner)
    }
    if addsNone { inner.constant(.none) }
    u.op()
    close(inner, into: &u)
    expr(clauses[0].iterable, into: &u)
  }

  /// A comprehension's `for ... in ... if ...` clauses: each iterable (the
  /// first one only where it is evaluated in this unit), target, conditions.
  mutating func clauses(_ clauses: [ComprehensionClause], skippingFirstIterable: Bool, into u: inout UnitState) {
    for (i, c) in clauses.enumerated() {
      if i > 0 || !skippingFirstIterable {
        expr(c.iterable, into: &u)
        u.op()
      }
      store(c.target, into: &u)
      for cond in c.conditions {
        expr(cond, into: &u)
        u.op()
      }
    }
  }

  /// A store or delete target.
  mutating func store(_ t: Expr, into u: inout UnitState) {
    switch t.kind {
    case .name(let n): nameop(n, into: &u)
    case .attribute(let object, let attr):
      expr(object, into: &u)
      u.name(attr)
    case .subscript(let object, let index):
      expr(object, into: &u)
      expr(index, into: &u)
    case .slice(let object, let lower, let upper):
      expr(object, into: &u)
      lower.map { expr($0, into: &u) }
      upper.map { expr($0, into: &u) }
    case .tuple(let items), .list(let items):
      u.op()
      for x in items { store(x, into: &u) }
    default: expr(t, into: &u)
    }
    u.op()
  }

  /// compiler_nameop: a fast local goes into `u_varnames`, a cell or free
  /// variable into neither dict, anything else into `u_names`.
  func nameop(_ n: String, into u: inout UnitState) {
    switch u.scope {
    case .module, .classBody: u.name(n)
    case .function(let fast, let derefs):
      if derefs.contains(n) {
      } else if fast.contains(n) {
        u.fast(n)
      } else {
        u.name(n)
      }
    }
    u.op()
  }

  /// 2.7 list comprehension targets inside a function body: its locals.
  static func collectInlineTargets(_ body: [Stmt], into names: inout [String]) {
    var uses = ScopeUses(dialect: .python2)
    uses.statements(body)
    for n in uses.inlineTargets where !names.contains(n) { names.append(n) }
  }
}

extension CPython27CodeShape.UnitState {
  /// Whether a function nested in this unit can take `name` from it (or
  /// from a function around it) as a free variable.
  func providesCell(_ name: String) -> Bool {
    guard case .function(let fast, let derefs) = scope else { return false }
    return fast.contains(name) || derefs.contains(name)
  }
}

// MARK: The peephole's folding (fold_binops_on_constants and friends)

extension CPython27CodeShape {
  /// The constant `a op b` folds to, or nil where peephole.c leaves the
  /// operation (an error, classic division, a sequence over 20 items).
  static func fold(_ op: BinaryOperator, _ a: Value, _ b: Value, trueDivision: Bool) -> Value? {
    switch (a, b) {
    case (.int(let x), .int(let y)): return intFold(op, x, y, trueDivision: trueDivision)
    case (.bigInt, .int), (.int, .bigInt), (.bigInt, .bigInt):
      switch op {
      case .trueDivide where !trueDivision: return nil
      case .floorDivide, .modulo, .trueDivide: if case .int(0) = b { return nil }
      case .leftShift, .rightShift: if case .int(let y) = b, y < 0 { return nil }
      default: break
      }
      return op == .trueDivide ? .float(0) : .bigInt
    case (.float, .int), (.int, .float), (.float, .float), (.float, .bigInt), (.bigInt, .float):
      return floatFold(op, a.double, b.double, trueDivision: trueDivision)
    case (.str(let x), .str(let y)) where op == .add: return sized(.str(x + y))
    case (.str(let x), .int(let n)) where op == .multiply: return repeated(x, n)
    case (.int(let n), .str(let x)) where op == .multiply: return repeated(x, n)
    case (.tuple(let x), .tuple(let y)) where op == .add: return sized(.tuple(x + y))
    case (.int(let n), .tuple(let x)) where op == .multiply: return fold(op, .tuple(x), .int(n), trueDivision: false)
    case (.tuple(let x), .int(let n)) where op == .multiply:
      if n <= 0 { return .tuple([]) }
      guard n <= 20, x.count * n <= 20 else { return nil }
      return .tuple(Array(repeating: x, count: n).flatMap { $0 })
    case (.str(let format), _) where op == .modulo: return percent(format, b)
    default: return nil
    }
  }

  private static func sized(_ v: Value) -> Value? {
    switch v {
    case .str(let s) where s.count > 20: return nil
    case .tuple(let items) where items.count > 20: return nil
    default: return v
    }
  }

  private static func repeated(_ s: String, _ n: Int) -> Value? {
    if n <= 0 { return .str("") }
    guard n <= 20, s.count * n <= 20 else { return nil }
    return .str(String(repeating: s, count: n))
  }

  private static func intFold(_ op: BinaryOperator, _ x: Int, _ y: Int, trueDivision: Bool) -> Value? {
    func checked(_ r: (partialValue: Int, overflow: Bool)) -> Value { r.overflow ? .bigInt : .int(r.partialValue) }
    switch op {
    case .add: return checked(x.addingReportingOverflow(y))
    case .subtract: return checked(x.subtractingReportingOverflow(y))
    case .multiply: return checked(x.multipliedReportingOverflow(by: y))
    case .floorDivide, .modulo:
      guard y != 0 else { return nil }
      if x == .min && y == -1 { return op == .floorDivide ? .bigInt : .int(0) }
      var q = x / y
      var r = x % y
      if r != 0 && (r < 0) != (y < 0) {
        q -= 1
        r += y
      }
      return .int(op == .floorDivide ? q : r)
    case .trueDivide:
      guard trueDivision, y != 0 else { return nil }
      return .float(Double(x) / Double(y))
    case .power:
      if y < 0 {
        guard x != 0 else { return nil }
        return .float(pow(Double(x), Double(y)))
      }
      var result = 1
      for _ in 0..<min(y, 64) {
        let m = result.multipliedReportingOverflow(by: x)
        if m.overflow { return .bigInt }
        result = m.partialValue
      }
      return y > 64 && x.magnitude > 1
        ? .bigInt : .int(y > 64 ? (x == -1 && y % 2 == 1 ? -1 : (x == 0 ? 0 : 1)) : result)
    case .leftShift:
      guard y >= 0 else { return nil }
      if x == 0 { return .int(0) }
      guard y < 63, x.magnitude < (UInt(1) << (63 - y)) else { return .bigInt }
      return .int(x << y)
    case .rightShift:
      guard y >= 0 else { return nil }
      return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
    case .bitAnd: return .int(x & y)
    case .bitOr: return .int(x | y)
    case .bitXor: return .int(x ^ y)
    }
  }

  private static func floatFold(_ op: BinaryOperator, _ x: Double, _ y: Double, trueDivision: Bool) -> Value? {
    switch op {
    case .add: return .float(x + y)
    case .subtract: return .float(x - y)
    case .multiply: return .float(x * y)
    case .trueDivide:
      guard trueDivision, y != 0 else { return nil }
      return .float(x / y)
    case .floorDivide:
      guard y != 0 else { return nil }
      return .float((x / y).rounded(.down))
    case .modulo:
      guard y != 0 else { return nil }
      let r = x.truncatingRemainder(dividingBy: y)
      return .float(r != 0 && (r < 0) != (y < 0) ? r + y : r)
    case .power:
      if x == 0 && y < 0 { return nil }
      if x < 0 && y != y.rounded() { return nil }
      return .float(pow(x, y))
    default: return nil
    }
  }

  /// `format % value` for the units a lesson's constants use (`%s`, `%d`,
  /// `%i`, `%r`, `%%`); anything else is left to run time (not folded).
  private static func percent(_ format: String, _ value: Value) -> Value? {
    let items: [Value]
    if case .tuple(let xs) = value { items = xs } else { items = [value] }
    var out = ""
    var used = 0
    var chars = format.makeIterator()
    while let c = chars.next() {
      guard c == "%" else {
        out.append(c)
        continue
      }
      guard let unit = chars.next() else { return nil }
      if unit == "%" {
        out.append("%")
        continue
      }
      guard used < items.count else { return nil }
      let item = items[used]
      used += 1
      switch (unit, item) {
      case ("s", .str(let s)): out += s
      case ("r", .str(let s)): out += "'" + s + "'"
      case ("s", .int(let i)), ("r", .int(let i)), ("d", .int(let i)), ("i", .int(let i)): out += String(i)
      default: return nil
      }
    }
    guard used == items.count else { return nil }
    return sized(.str(out))
  }

  /// `a[b]` for a constant str or tuple and an int index in range.
  static func subscripted(_ a: Value, _ b: Value) -> Value? {
    guard case .int(let i) = b else { return nil }
    switch a {
    case .str(let s):
      let chars = Array(s)
      let j = i < 0 ? chars.count + i : i
      return j >= 0 && j < chars.count ? .str(String(chars[j])) : nil
    case .tuple(let items):
      let j = i < 0 ? items.count + i : i
      return j >= 0 && j < items.count ? items[j] : nil
    default: return nil
    }
  }

  /// `-x` (of a true value: the sign of -0.0 is kept by not folding) and
  /// `~x`; 2.7 does not fold `+x` or `not x`.
  static func unary(_ op: UnaryOperator, _ v: Value) -> Value? {
    switch (op, v) {
    case (.negate, .int(let i)) where i != 0: return i == .min ? .bigInt : .int(-i)
    case (.negate, .float(let d)) where d != 0: return .float(-d)
    case (.negate, .bigInt): return .bigInt
    case (.invert, .int(let i)): return .int(~i)
    case (.invert, .bigInt): return .bigInt
    default: return nil
    }
  }
}

extension CPython27CodeShape.Value {
  /// The number as a float for mixed arithmetic; a big int's exact value
  /// is unknown, and only whether the fold succeeds matters for it.
  var double: Double {
    switch self {
    case .int(let i): return Double(i)
    case .float(let d): return d
    case .bigInt: return 1e19
    default: return 0
    }
  }
}
