import PythonFrontEnd
import Testing

// MARK: - Helpers

/// A compact, unambiguous rendering of a tree, so tests can compare whole shapes.
private func dump(_ expr: Expr) -> String {
  switch expr.kind {
  case .name(let name): return name
  case .int(let value): return "\(value)"
  case .float(let value): return "\(value)"
  case .string(let value): return value.debugDescription
  case .none: return "None"
  case .bool(let value): return value ? "True" : "False"
  case .attribute(let value, let name): return "(. \(dump(value)) \(name))"
  case .subscript(let value, let index): return "([] \(dump(value)) \(dump(index)))"
  case .slice(let value, let lower, let upper):
    return "([:] \(dump(value)) \(lower.map(dump) ?? "_") \(upper.map(dump) ?? "_"))"
  case .call(let callee, let arguments): return "(call \(([callee] + arguments).map(dump).joined(separator: " ")))"
  case .list(let items): return "[" + items.map(dump).joined(separator: " ") + "]"
  case .set(let items): return "(set" + items.map { " " + dump($0) }.joined() + ")"
  case .setComprehension(let element, let clauses):
    let loops = clauses.map { (c: ComprehensionClause) -> String in
      " for \(dump(c.target)) in \(dump(c.iterable))" + c.conditions.map { " if " + dump($0) }.joined()
    }
    return "(setcomp \(dump(element))" + loops.joined() + ")"
  case .tuple(let items): return "(tuple" + items.map { " " + dump($0) }.joined() + ")"
  case .dict(let entries):
    return "{" + entries.map { "\(dump($0.key)): \(dump($0.value))" }.joined(separator: ", ") + "}"
  case .binary(let op, let left, let right): return "(\(op.rawValue) \(dump(left)) \(dump(right)))"
  case .unary(let op, let operand): return "(\(op == .negate ? "neg" : op.rawValue) \(dump(operand)))"
  case .compare(let first, let rest):
    return "(cmp \(dump(first))" + rest.map { " \($0.op.rawValue) \(dump($0.right))" }.joined() + ")"
  case .boolean(let op, let operands): return "(\(op.rawValue) \(operands.map(dump).joined(separator: " ")))"
  case .conditional(let body, let condition, let orElse):
    return "(if-else \(dump(condition)) \(dump(body)) \(dump(orElse)))"
  case .keyword(let name, let value): return "\(name)=\(dump(value))"
  case .starred(let value): return "*" + dump(value)
  case .doubleStarred(let value): return "**" + dump(value)
  case .comprehension(let element, let value, let clauses):
    let head = value.map { "{\(dump(element)): \(dump($0))" } ?? "[\(dump(element))"
    let loops = clauses.map { (c: ComprehensionClause) -> String in
      " for \(dump(c.target)) in \(dump(c.iterable))" + c.conditions.map { " if " + dump($0) }.joined()
    }
    return head + loops.joined() + (value == nil ? "]" : "}")
  case .lambda(let parameters, let body):
    let names = parameters.map { $0.name + ($0.defaultValue.map { "=" + dump($0) } ?? "") }
    return "(lambda" + names.map { " " + $0 }.joined() + ": \(dump(body)))"
  case .yield(let value): return "(yield" + (value.map { " " + dump($0) } ?? "") + ")"
  case .formattedString(let pieces):
    return "(f"
      + pieces.map { (piece: FormattedPiece) -> String in
        switch piece {
        case .literal(let text): return " " + text.debugDescription
        case .value(let value, let conversion, let spec):
          return " {" + dump(value) + (conversion.map { "!\($0)" } ?? "") + (spec.map { ":" + dump($0) } ?? "") + "}"
        }
      }.joined() + ")"
  case .generatorExpression(let element, let clauses):
    let loops = clauses.map { (c: ComprehensionClause) -> String in
      " for \(dump(c.target)) in \(dump(c.iterable))" + c.conditions.map { " if " + dump($0) }.joined()
    }
    return "(genexpr \(dump(element))" + loops.joined() + ")"
  }
}

private func dump(_ body: [Stmt]) -> String {
  body.map(dump).joined(separator: "; ")
}

private func dump(_ stmt: Stmt) -> String {
  switch stmt.kind {
  case .expression(let expr): return dump(expr)
  case .pass: return "pass"
  case .global(let names): return "(global \(names.joined(separator: " ")))"
  case .nonlocal(let names): return "(nonlocal \(names.joined(separator: " ")))"
  case .assign(let targets, let value): return "(= \((targets + [value]).map(dump).joined(separator: " ")))"
  case .augmentedAssign(let target, let op, let value): return "(\(op.rawValue)= \(dump(target)) \(dump(value)))"
  case .delete(let targets): return "(del \(targets.map(dump).joined(separator: " ")))"
  case .ifElse(let branches, let orElse):
    let parts = branches.map { "\(dump($0.condition)) {\(dump($0.body))}" }.joined(separator: " elif ")
    return "(if \(parts)" + (orElse.map { " else {\(dump($0))}" } ?? "") + ")"
  case .whileLoop(let condition, let body, let orElse):
    return "(while \(dump(condition)) {\(dump(body))}" + (orElse.map { " else {\(dump($0))}" } ?? "") + ")"
  case .forLoop(let target, let iterable, let body, let orElse):
    return "(for \(dump(target)) \(dump(iterable)) {\(dump(body))}" + (orElse.map { " else {\(dump($0))}" } ?? "")
      + ")"
  case .breakLoop: return "break"
  case .continueLoop: return "continue"
  case .functionDef(let function):
    let parameters = function.parameters.map { (p: FunctionDef.Parameter) -> String in
      let star = p.kind == .varargs ? "*" : p.kind == .varkw ? "**" : ""
      return star + p.name + (p.defaultValue.map { "=" + dump($0) } ?? "")
    }
    return "(def \(function.name)(\(parameters.joined(separator: " "))) {\(dump(function.body))})"
  case .classDef(let classDef):
    let bases = classDef.bases.map { "(" + $0.map(dump).joined(separator: " ") + ")" } ?? ""
    return "(class \(classDef.name)\(bases) {\(dump(classDef.body))})"
  case .returnValue(let value): return "(return" + (value.map { " " + dump($0) } ?? "") + ")"
  case .importModules(let modules):
    return "(import " + modules.map { $0.module + ($0.alias.map { " as " + $0 } ?? "") }.joined(separator: ", ") + ")"
  case .importFrom(let module, let names):
    return "(from \(module) import "
      + names.map { $0.name + ($0.alias.map { " as " + $0 } ?? "") }.joined(separator: ", ") + ")"
  case .printStatement(let values, let trailingComma):
    return "(print" + values.map { " " + dump($0) }.joined() + (trailingComma ? " ," : "") + ")"
  case .assertion(let condition, let message):
    return "(assert \(dump(condition))" + (message.map { " " + dump($0) } ?? "") + ")"
  case .tryStatement(let body, let handlers, let orElse, let finally):
    let clauses = handlers.map { (h: ExceptHandler) -> String in
      let type = h.type.map { " " + dump($0) } ?? ""
      let name = h.name.map { " as " + $0 } ?? ""
      return "except\(type)\(name) {\(dump(h.body))}"
    }
    var text = "(try {\(dump(body))}" + clauses.map { " " + $0 }.joined()
    if let orElse { text += " else {\(dump(orElse))}" }
    if let finally { text += " finally {\(dump(finally))}" }
    return text + ")"
  case .raise(let value, let cause):
    return "(raise" + (value.map { " " + dump($0) } ?? "") + (cause.map { " from " + dump($0) } ?? "") + ")"
  case .with(let items, let body):
    let managers = items.map { dump($0.context) + ($0.target.map { " as " + dump($0) } ?? "") }
    return "(with " + managers.joined(separator: ", ") + " {\(dump(body))})"
  }
}

private func parse(_ source: String, _ dialect: PythonDialect = .python3) throws -> String {
  dump(try PythonParser.parse(source, dialect: dialect).body)
}

/// The tree of a single expression statement.
private func expression(_ source: String) throws -> String {
  try parse(source)
}

private func parseError(_ source: String, _ dialect: PythonDialect = .python3) -> Diagnostic? {
  do {
    _ = try PythonParser.parse(source, dialect: dialect)
    return nil
  } catch {
    return error
  }
}

// Qualified: Testing has its own SourceLocation.
private func at(_ line: Int, _ column: Int) -> PythonFrontEnd.SourceLocation {
  PythonFrontEnd.SourceLocation(line: line, column: column)
}

// MARK: - Expressions

@Suite struct ExpressionTests {
  @Test func precedence() throws {
    #expect(try expression("a or b and not c == d + e * -f") == "(or a (and b (not (cmp c == (+ d (* e (neg f)))))))")
    #expect(try expression("a + b * c - d // e % f") == "(- (+ a (* b c)) (% (// d e) f))")
    #expect(try expression("-a.b(c)[d]") == "(neg ([] (call (. a b) c) d))")
    #expect(try expression("not a or b") == "(or (not a) b)")
    #expect(try expression("(a + b) * c") == "(* (+ a b) c)")
    #expect(try expression("- - +a") == "(neg (neg (+ a)))")
    #expect(try expression("a and b and c or d or e") == "(or (and a b c) d e)")
    #expect(try expression("'id:%s' % str(hex(id(self)))") == #"(% "id:%s" (call str (call hex (call id self))))"#)
  }

  @Test func bitwiseAndPowerPrecedence() throws {
    // Python's grammar: | < ^ < & < shifts < + < * < unary < **.
    #expect(try expression("a | b ^ c & d << e + f") == "(| a (^ b (& c (<< d (+ e f)))))")
    #expect(try expression("-a ** -b") == "(neg (** a (neg b)))")
    #expect(try expression("a ** b ** c") == "(** a (** b c))")
    #expect(try expression("~a.b ** 2") == "(~ (** (. a b) 2))")
    #expect(try expression("a == b | c") == "(cmp a == (| b c))")
    #expect(try expression("a >> b >> c") == "(>> (>> a b) c)")
  }

  @Test func keywordArguments() throws {
    #expect(try expression("f(a, b=c + 1, d=e)") == "(call f a b=(+ c 1) d=e)")
    #expect(try expression("o.m(x=1,)") == "(call (. o m) x=1)")
  }

  @Test func conditionalExpressions() throws {
    #expect(try expression("a if b else c") == "(if-else b a c)")
    #expect(try expression("a if b else c if d else e") == "(if-else b a (if-else d c e))")
    #expect(try expression("a or b if c and d else e") == "(if-else (and c d) (or a b) e)")
  }

  @Test func leftAssociativity() throws {
    #expect(try expression("a - b - c") == "(- (- a b) c)")
    #expect(try expression("a // b // c") == "(// (// a b) c)")
  }

  @Test func chainedComparison() throws {
    #expect(try expression("a < b <= c") == "(cmp a < b <= c)")
    #expect(
      try expression("a is not b not in c in d is e != f > g >= h == i")
        == "(cmp a is not b not in c in d is e != f > g >= h == i)")
    #expect(try expression("not a in b") == "(not (cmp a in b))")
  }

  @Test func postfix() throws {
    #expect(try expression("a.b.c") == "(. (. a b) c)")
    #expect(try expression("f()(1)(2, 3,)") == "(call (call (call f) 1) 2 3)")
    #expect(try expression("l[1:]") == "([:] l 1 _)")
    #expect(try expression("l[:2]") == "([:] l _ 2)")
    #expect(try expression("l[:]") == "([:] l _ _)")
    #expect(try expression("l[a:b:]") == "([:] l a b)")
    #expect(try expression("d['k'][0]") == #"([] ([] d "k") 0)"#)
    #expect(try expression("d[1, 2]") == "([] d (tuple 1 2))")
  }

  @Test func atoms() throws {
    #expect(try expression("None, True, False, 0x10") == "(tuple None True False 16)")
    #expect(try expression("'a' \"b\"\n") == #""ab""#)
    #expect(try expression("('a'\n 'b')") == #""ab""#)
    #expect(try expression("()") == "(tuple)")
    #expect(try expression("(a)") == "a")
    #expect(try expression("(a,)") == "(tuple a)")
    #expect(try expression("(a, b)") == "(tuple a b)")
    #expect(try expression("[]") == "[]")
    #expect(try expression("[1, [2], (3,),]") == "[1 [2] (tuple 3)]")
    #expect(try expression("{}") == "{}")
    #expect(try expression("{'a': 1, 2: [b],}") == #"{"a": 1, 2: [b]}"#)
  }

  @Test func locationsAreTheFirstToken() throws {
    let module = try PythonParser.parse("x = (a +\n  b.c(d))\n", dialect: .python3)
    guard case .assign(let targets, let value) = module.body[0].kind else {
      Issue.record("not an assignment")
      return
    }
    #expect(targets[0].location == at(1, 1))
    #expect(value.location == at(1, 6))
    guard case .binary(_, _, let right) = value.kind else {
      Issue.record("not a binary expression")
      return
    }
    #expect(right.location == at(2, 3))
  }
}

// MARK: - Statements

@Suite struct StatementTests {
  @Test func assignments() throws {
    #expect(try parse("a = b = X()") == "(= a b (call X))")
    #expect(try parse("a, b = X(), X()") == "(= (tuple a b) (tuple (call X) (call X)))")
    #expect(try parse("(a, b) = [c, d] = e") == "(= (tuple a b) [c d] e)")
    #expect(try parse("x = 1, 2") == "(= x (tuple 1 2))")
    #expect(
      try parse("a.t = b; l[0] = x; d['k'] = v; l[1:] = []")
        == #"(= (. a t) b); (= ([] l 0) x); (= ([] d "k") v); (= ([:] l 1 _) [])"#)
    #expect(
      try parse("i += 1\ni -= 2\ni *= 3\ni //= 4\ni %= 5")
        == "(+= i 1); (-= i 2); (*= i 3); (//= i 4); (%= i 5)")
    #expect(try parse("a.b[c] += d") == "(+= ([] (. a b) c) d)")
  }

  @Test func simpleStatements() throws {
    #expect(try parse("pass; pass;") == "pass; pass")
    #expect(try parse("global a, b") == "(global a b)")
    #expect(try parse("del a, b.c, d[0], l[:],") == "(del a (. b c) ([] d 0) ([:] l _ _))")
    #expect(try parse("assert x\nassert x == 1, 'msg'") == #"(assert x); (assert (cmp x == 1) "msg")"#)
    #expect(try parse("import gc\nimport gc, sys as s, os.path") == "(import gc); (import gc, sys as s, os.path)")
    #expect(try parse("from gc import collect, garbage as g") == "(from gc import collect, garbage as g)")
    #expect(try parse("from gc import (collect,\n  garbage,)") == "(from gc import collect, garbage)")
  }

  @Test func compoundStatements() throws {
    #expect(
      try parse("if a:\n  x\nelif b:\n  y\nelif c: z\nelse:\n  w\n")
        == "(if a {x} elif b {y} elif c {z} else {w})")
    #expect(try parse("if a: pass") == "(if a {pass})")
    #expect(try parse("while True:\n  if x: break\n  continue\n") == "(while True {(if x {break}); continue})")
    #expect(try parse("for i in range(3): print(i)") == "(for i (call range 3) {(call print i)})")
    #expect(try parse("for a, b in x, y: pass") == "(for (tuple a b) (tuple x y) {pass})")
    #expect(try parse("while a:\n  break\nelse:\n  b\n") == "(while a {break} else {b})")
    #expect(try parse("for i in x: pass\nelse: y") == "(for i x {pass} else {y})")
    #expect(try parse("def f(a, b=1, c=[]):\n  return a, b\n") == "(def f(a b=1 c=[]) {(return (tuple a b))})")
    #expect(try parse("def f(): return") == "(def f() {(return)})")
    #expect(try parse("class A: pass") == "(class A {pass})")
    #expect(try parse("class A(): pass") == "(class A() {pass})")
    #expect(
      try parse("class A(object, B,):\n  x = 1\n  def m(self): pass\n")
        == "(class A(object B) {(= x 1); (def m(self) {pass})})")
    #expect(
      try parse("try:\n  a\nexcept (A, B) as e:\n  raise\nexcept C:\n  c\nexcept:\n  d\nelse:\n  f\nfinally:\n  g\n")
        == "(try {a} except (tuple A B) as e {(raise)} except C {c} except {d} else {f} finally {g})")
    #expect(try parse("try: a\nfinally: raise E(1)") == "(try {a} finally {(raise (call E 1))})")
    #expect(
      try parse("x = [a for a, b in y if a if b for c in a]") == "(= x [a for (tuple a b) in y if a if b for c in a])")
    #expect(try parse("x = {k: v for k in y}") == "(= x {k: v for k in y})")
    #expect(try parse("x = (a for a in y if a)") == "(= x (genexpr a for a in y if a))")
    #expect(try parse("with a as b, c:\n  d\n") == "(with a as b, c {d})")
    #expect(try parse("x = 'a' f'{b!r:>{c}}' 'd'") == "(= x (f \"a\" {b!r:(f \">\" {c})} \"d\"))")
    #expect(try parse("x = f'{y=}'") == "(= x (f \"y=\" {y!r}))")
    #expect(try parse("raise E(1) from e") == "(raise (call E 1) from e)")
    #expect(try parse("with a() as (b, c): pass") == "(with (call a) as (tuple b c) {pass})")
    #expect(try parse("f(a for a in y for b in a)") == "(call f (genexpr a for a in y for b in a))")
    #expect(try parse("f = lambda a, b=1: a + b") == "(= f (lambda a b=1: (+ a b)))")
    #expect(
      try parse("def f(a, b=1, *c, **d): return g(a, *c, x=1, **d)")
        == "(def f(a b=1 *c **d) {(return (call g a *c x=1 **d))})")
    #expect(try parse("f = lambda: x if y else z") == "(= f (lambda: (if-else y x z)))")
    #expect(
      try parse("def g():\n  yield\n  yield 1, 2\n  x = yield y\n  f((yield))\n")
        == "(def g() {(yield); (yield (tuple 1 2)); (= x (yield y)); (call f (yield))})")
    #expect(try parse("try: a\nexcept E, e: pass", .python2) == "(try {a} except E as e {pass})")
    #expect(
      try parse("while x:\n  try:\n    a\n  finally:\n    for i in y: break\n")
        == "(while x {(try {a} finally {(for i y {break})})})")
  }

  @Test func nestedBlocksDedentTogether() throws {
    #expect(
      try parse("if a:\n  if b:\n    x\nelse:\n  y\nz\n")
        == "(if a {(if b {x})} else {y}); z")
    #expect(
      try parse("def f():\n  while x:\n    def g():\n      return 1\n    break\n")
        == "(def f() {(while x {(def g() {(return 1)}); break})})")
  }

  @Test func windowsNewlinesAndNoTrailingNewline() throws {
    #expect(try parse("if a:\r\n    x = 1\r\n\r\n    y = 2\r\nz\r\n") == "(if a {(= x 1); (= y 2)}); z")
    #expect(try parse("if a:\n    x = 1") == "(if a {(= x 1)})")
    #expect(try parse("x = 1 # comment") == "(= x 1)")
    #expect(try parse("") == "")
    #expect(try parse("\n\n# nothing\n") == "")
  }
}

// MARK: - Dialects

@Suite struct DialectTests {
  @Test func python2PrintStatement() throws {
    #expect(try parse("print", .python2) == "(print)")
    #expect(try parse("print x", .python2) == "(print x)")
    #expect(try parse("print x, y", .python2) == "(print x y)")
    #expect(try parse("print x,", .python2) == "(print x ,)")
    #expect(try parse("print(x)", .python2) == "(print x)")
    #expect(try parse("print(x, y)", .python2) == "(print (tuple x y))")
    #expect(try parse("print 'a' % b; print", .python2) == #"(print (% "a" b)); (print)"#)
    #expect(try parse("if x: print 'y'", .python2) == #"(if x {(print "y")})"#)
    #expect(
      parseError("print >>f, x", .python2)
        == Diagnostic("print redirection ('print >>') is not supported by the simulator", at: at(1, 7)))
    #expect(parseError("print = 1", .python2) == Diagnostic("expected an expression", at: at(1, 7)))
    #expect(parseError("f(print)", .python2) == Diagnostic("invalid syntax", at: at(1, 3)))
  }

  @Test func python3PrintIsAName() throws {
    #expect(try parse("print(x)") == "(call print x)")
    #expect(try parse("print(x, y)") == "(call print x y)")
    #expect(try parse("print()") == "(call print)")
    #expect(try parse("p = print") == "(= p print)")
    #expect(
      parseError("print 'x'")
        == Diagnostic("missing parentheses in call to 'print'. Did you mean print(...)?", at: at(1, 1)))
  }

  @Test func detectDialect() {
    #expect(PythonParser.detectDialect("print 'x'") == .python2)
    #expect(PythonParser.detectDialect("x = 1\nprint x\n") == .python2)
    #expect(PythonParser.detectDialect("def f():\n    print 1\n") == .python2)
    #expect(PythonParser.detectDialect("if x: print -1") == .python2)
    #expect(PythonParser.detectDialect("x = 1; print y") == .python2)
    #expect(PythonParser.detectDialect("print >>f, x") == .python2)
    #expect(PythonParser.detectDialect("print(x)") == .python3)
    #expect(PythonParser.detectDialect("print") == .python3)
    #expect(PythonParser.detectDialect("print\n") == .python3)
    #expect(PythonParser.detectDialect("print = 3\nprint.x\nprint[0]\nprint, x\n") == .python3)
    #expect(PythonParser.detectDialect("f(print, 'x')\nx = print\n") == .python3)
    #expect(PythonParser.detectDialect("x = [print\n 'a']") == .python3)
    #expect(PythonParser.detectDialect("s = 'print x'\n# print x\n") == .python3)
    #expect(PythonParser.detectDialect("") == .python3)
    #expect(PythonParser.detectDialect("x = 'unterminated\nprint x") == .python3)
  }

  @Test func seedScenarioParsesAsPython2() throws {
    let source = """
      #encoding=utf-8
      __author__ = 'someone@example.com'
      import gc
      import time

      class ClassA():
          def __init__(self):
              print 'object born,id:%s'%str(hex(id(self)))
          def __del__(self):
              print 'object del,id:%s'%str(hex(id(self)))

      def f3():
          c1=ClassA()
          c2=ClassA()
          c1.t=c2
          c2.t=c1
          del c1
          del c2
          print gc.garbage
          print gc.collect()
          print gc.garbage
          time.sleep(10)
      if __name__ == '__main__':
          gc.set_debug(gc.DEBUG_LEAK)
          f3()

      """
    #expect(PythonParser.detectDialect(source) == .python2)
    let module = try PythonParser.parse(source, dialect: .python2)
    #expect(module.dialect == .python2)
    #expect(module.body.count == 6)
    #expect(
      dump(module.body) == """
        (= __author__ "someone@example.com"); (import gc); (import time); \
        (class ClassA() {\
        (def __init__(self) {(print (% "object born,id:%s" (call str (call hex (call id self)))))}); \
        (def __del__(self) {(print (% "object del,id:%s" (call str (call hex (call id self)))))})}); \
        (def f3() {(= c1 (call ClassA)); (= c2 (call ClassA)); (= (. c1 t) c2); (= (. c2 t) c1); \
        (del c1); (del c2); (print (. gc garbage)); (print (call (. gc collect))); (print (. gc garbage)); \
        (call (. time sleep) 10)}); \
        (if (cmp __name__ == "__main__") {(call (. gc set_debug) (. gc DEBUG_LEAK)); (call f3)})
        """)
    #expect(module.body[3].location == at(6, 1))
    #expect(parseError(source, .python3)?.message == "missing parentheses in call to 'print'. Did you mean print(...)?")
  }
}

// MARK: - Errors

@Suite struct ErrorTests {
  /// (dialect, source, message, line, column) for every construct outside the subset.
  static let unsupported: [(PythonDialect, String, String, Int, Int)] = [
    (.python3, "@dec\nasync def f(): pass\n", "async is not supported by the simulator", 2, 1),
    (
      .python2, "raise E from F", "'raise ... from' (Python 3) is not supported by the simulator under cpython2.7", 1, 9
    ),
    (.python2, "raise E, 'x'", "'raise E, V' is not supported by the simulator; write 'raise E(V)'", 1, 8),
    (
      .python3, "while x:\n  try:\n    pass\n  finally:\n    break\n",
      "'break' inside a 'finally' block is not supported by the simulator", 5, 5
    ),
    (
      .python3, "def f():\n  try:\n    pass\n  finally:\n    return 1\n",
      "'return' inside a 'finally' block is not supported by the simulator", 5, 5
    ),
    (.python3, "with a as f(), b:\n  pass", "cannot assign to function call", 1, 11),
    (.python3, "yield 1\n", "'yield' outside function", 1, 1),
    (.python3, "def f():\n  yield from g()\n", "'yield from' is not supported by the simulator", 2, 3),
    (.python3, "def f():\n  x = 1 + yield\n", "a yield expression here is not supported by the simulator", 2, 11),
    (.python3, "async def f(): pass", "async is not supported by the simulator", 1, 1),
    (.python3, "x = await y", "await is not supported by the simulator", 1, 5),
    (.python3, "f(i for i in y, 1)", "Generator expression must be parenthesized", 1, 3),
    (.python3, "f(1, i for i in y)", "Generator expression must be parenthesized", 1, 6),
    (.python3, "x = [i async for i in y]", "async comprehensions are not supported by the simulator", 1, 8),
    (.python3, "x = {*a}", "unpacking ('*') in a set display is not supported by the simulator", 1, 6),
    (
      .python3, "class A(metaclass=M): pass",
      "keyword arguments in a class statement are not supported by the simulator", 1, 9
    ),
    (.python3, "f(a=1, b)", "positional argument follows keyword argument", 1, 8),
    (.python3, "f(a=1, a=2)", "keyword argument repeated: a", 1, 8),
    (.python3, "x = {**a}", "dictionary unpacking ('**') is not supported by the simulator", 1, 6),
    (.python3, "a, *b = c", "starred expressions are not supported by the simulator", 1, 4),
    (.python3, "x = a @ b", "the '@' operator is not supported by the simulator", 1, 7),
    (.python2, "if a <> b: pass", "the '<>' operator is not supported by the simulator (use '!=')", 1, 6),
    (.python3, "if (n := 1): pass", "assignment expressions (':=') are not supported by the simulator", 1, 7),
    (.python3, "x = ...", "Ellipsis ('...') is not supported by the simulator", 1, 5),
    (.python2, "x = f'a'", "f-strings are not supported by the simulator under cpython2.7", 1, 5),
    (.python3, "x = f'{1 +}'", "expected an expression", 1, 11),
    (.python2, "x = `y`", "backticks are not supported by the simulator (use repr())", 1, 5),
    (.python2, "exec 'x = 1'", "exec is not supported by the simulator", 1, 1),
    (.python3, "nonlocal x", "nonlocal declaration not allowed at module level", 1, 1),
    (.python3, "def f(a, *, b): pass", "keyword-only parameters are not supported by the simulator", 1, 10),
    (.python3, "def f(*a, b): pass", "keyword-only parameters are not supported by the simulator", 1, 11),
    (.python3, "def f(**k, a): pass", "arguments cannot follow var-keyword argument", 1, 12),
    (.python3, "f(**a, *b)", "iterable argument unpacking follows keyword argument unpacking", 1, 8),
    (.python3, "def f(a, /): pass", "positional-only parameters ('/') are not supported by the simulator", 1, 10),
    (.python3, "def f(a: int): pass", "annotations are not supported by the simulator", 1, 8),
    (.python3, "def f() -> int: pass", "return annotations are not supported by the simulator", 1, 9),
    (.python3, "x: int = 1", "variable annotations are not supported by the simulator", 1, 2),
    (.python3, "x = a[::2]", "slice steps are not supported by the simulator", 1, 9),
    (.python3, "from gc import *", "'import *' is not supported by the simulator", 1, 16),
    (.python3, "from . import x", "relative imports are not supported by the simulator", 1, 6),
    (.python2, "print >>sys.stderr, 'x'", "print redirection ('print >>') is not supported by the simulator", 1, 7),
  ]

  @Test(arguments: 0..<unsupported.count)
  func unsupportedConstruct(_ index: Int) {
    let (dialect, source, message, line, column) = Self.unsupported[index]
    #expect(parseError(source, dialect) == Diagnostic(message, at: at(line, column)), "\(source)")
  }

  @Test func syntaxErrors() {
    let cases: [(String, String, Int, Int)] = [
      ("if x\n  pass\n", "expected ':'", 1, 5),
      ("def f(a b): pass", "expected ',' or ')'", 1, 9),
      ("x = (1 2)", "expected ',' or ')'", 1, 8),
      ("x = [1 2]", "expected ',' or ']'", 1, 8),
      ("x = {1: 2 3: 4}", "expected ',' or '}'", 1, 11),
      ("x = ", "expected an expression", 1, 5),
      ("x = 1 2", "invalid syntax", 1, 7),
      ("else: pass", "invalid syntax", 1, 1),
      ("x = if", "invalid syntax", 1, 5),
      ("def if(): pass", "invalid syntax", 1, 5),
      ("a.if = 1", "invalid syntax", 1, 3),
      ("for x y: pass", "expected 'in'", 1, 7),
      ("from gc collect", "expected 'import'", 1, 9),
      ("from gc import a,", "trailing comma not allowed without surrounding parentheses", 1, 17),
      ("break", "'break' outside loop", 1, 1),
      ("if x:\n  continue", "'continue' not properly in loop", 2, 3),
      ("while x:\n  def f():\n    break\n", "'break' outside loop", 3, 5),
      ("return 1", "'return' outside function", 1, 1),
      ("def f():\n  class A:\n    return 1\n", "'return' outside function", 3, 5),
      ("def f(a=1, b): pass", "non-default argument follows default argument", 1, 12),
      ("def f(a, a): pass", "duplicate argument 'a' in function definition", 1, 10),
      ("f() = 1", "cannot assign to function call", 1, 1),
      ("1 = x", "cannot assign to literal", 1, 1),
      ("None = 1", "cannot assign to None", 1, 1),
      ("a = b + c = d", "cannot assign to expression", 1, 5),
      ("(a, f()) = x", "cannot assign to function call", 1, 5),
      ("for f() in x: pass", "cannot assign to function call", 1, 5),
      ("x == 1 = y", "cannot assign to comparison", 1, 1),
      ("del f()", "cannot delete function call", 1, 5),
      ("del 1", "cannot delete literal", 1, 5),
      ("del", "expected an expression", 1, 4),
      ("a, b += 1", "'tuple' is an illegal expression for augmented assignment", 1, 1),
      ("f() += 1", "'function call' is an illegal expression for augmented assignment", 1, 1),
      ("x = a[]", "expected an expression", 1, 7),
      ("x = a.()", "expected a name", 1, 7),
      ("x = (1,\n", "'(' was never closed", 1, 5),
      ("x = 'abc", "unterminated string literal", 1, 5),
      ("f(a, x = 1 if y else 2, b)", "positional argument follows keyword argument", 1, 25),
      ("try:\n  a\n", "expected 'except' or 'finally' block", 3, 1),
      ("@dec\nx = 1\n", "expected 'def' or 'class'", 2, 1),
      ("try:\n  a\nelse:\n  b\n", "invalid syntax", 3, 1),
      ("try:\n  a\nexcept:\n  b\nexcept E:\n  c\n", "default 'except:' must be last", 3, 1),
      ("try:\n  a\nexcept A, e:\n  b\n", "multiple exception types must be parenthesized", 3, 8),
    ]
    for (source, message, line, column) in cases {
      #expect(parseError(source) == Diagnostic(message, at: at(line, column)), "\(source)")
    }
  }

  @Test func indentationErrors() {
    #expect(parseError("x = 1\n  y = 2\n") == Diagnostic("unexpected indent", at: at(2, 3)))
    #expect(parseError("if x:\n    a\n        b\n") == Diagnostic("unexpected indent", at: at(3, 9)))
    #expect(
      parseError("if x:\n    a\n  b\n")
        == Diagnostic("unindent does not match any outer indentation level", at: at(3, 3)))
    #expect(
      parseError("if x:\npass\n")
        == Diagnostic("expected an indented block after 'if' statement on line 1", at: at(2, 1)))
    #expect(
      parseError("def f():\n\n# c\nx = 1\n")
        == Diagnostic("expected an indented block after function definition on line 1", at: at(4, 1)))
    #expect(
      parseError("class A:\n")
        == Diagnostic("expected an indented block after class definition on line 1", at: at(2, 1)))
    #expect(
      parseError("if x:\n  a\nelse:")
        == Diagnostic("expected an indented block after 'else' statement on line 3", at: at(3, 6)))
    #expect(
      parseError("if x:\n\ty\n        z\n")
        == Diagnostic("inconsistent use of tabs and spaces in indentation", at: at(3, 9)))
  }

  @Test func renderedDiagnostic() throws {
    let source = "x = 1\nif x\n  pass\n"
    let error = try #require(parseError(source))
    #expect(error.rendered(file: "s.py", source: source) == "s.py:2:5: error: expected ':'\nif x\n    ^\n")

    let tabbed = "if x:\n\ty = a @ b\n"
    let tabError = try #require(parseError(tabbed))
    #expect(
      tabError.rendered(file: "t.py", source: tabbed)
        == "t.py:2:8: error: the '@' operator is not supported by the simulator\n\ty = a @ b\n\t      ^\n")

    let windows = "x = 1\r\ny = a @ 0\r\n"
    let windowsError = try #require(parseError(windows))
    #expect(windowsError == Diagnostic("the '@' operator is not supported by the simulator", at: at(2, 7)))
    #expect(
      windowsError.rendered(file: "w.py", source: windows)
        == "w.py:2:7: error: the '@' operator is not supported by the simulator\ny = a @ 0\n      ^\n")

    let unicode = "s = '\u{e9}\u{e9}' + `x`\n"
    let unicodeError = try #require(parseError(unicode, .python2))
    #expect(
      unicodeError.rendered(file: "u.py", source: unicode)
        == "u.py:1:12: error: backticks are not supported by the simulator (use repr())\n\(unicode)           ^\n")
  }
}

// MARK: - Robustness

@Suite struct RobustnessTests {
  @Test func deepParenthesesAreRejected() {
    for count in [150, 200, 1000, 100_000] {
      let source = "x = " + String(repeating: "(", count: count) + "1" + String(repeating: ")", count: count)
      #expect(parseError(source)?.message == "too deeply nested")
    }
  }

  @Test func moderateNestingIsAccepted() throws {
    let parens = "x = " + String(repeating: "(", count: 60) + "1" + String(repeating: ")", count: 60)
    #expect(try parse(parens) == "(= x 1)")
    let lists = "x = " + String(repeating: "[", count: 60) + String(repeating: "]", count: 60)
    #expect(parseError(lists) == nil)
    var blocks = ""
    for level in 0..<40 { blocks += String(repeating: " ", count: level) + "if x:\n" }
    blocks += String(repeating: " ", count: 40) + "pass\n"
    #expect(parseError(blocks) == nil)
  }

  @Test func longChainsAndUnaryRunsAreBounded() {
    let cases = [
      "x = " + String(repeating: "-", count: 100_000) + "1",
      "x = " + String(repeating: "not ", count: 100_000) + "1",
      "x = 1" + String(repeating: " + 1", count: 100_000),
      "x = 1" + String(repeating: " * 1", count: 100_000),
      "x = a" + String(repeating: ".b", count: 100_000),
      "x = f" + String(repeating: "()", count: 100_000),
      "x = l" + String(repeating: "[0]", count: 100_000),
    ]
    for source in cases {
      #expect(parseError(source)?.message == "too deeply nested")
    }
  }

  @Test func deepBlocksAreRejected() {
    var source = ""
    for level in 0..<500 { source += String(repeating: " ", count: level) + "if x:\n" }
    source += String(repeating: " ", count: 500) + "pass\n"
    #expect(parseError(source)?.message == "too deeply nested")
  }

  @Test func flatInputsOfAnySizeWork() throws {
    let statements = String(repeating: "x = [1, 2, 3]\n", count: 20_000)
    #expect(try PythonParser.parse(statements, dialect: .python3).body.count == 20_000)
    let tuple = "x = (" + String(repeating: "1, ", count: 20_000) + ")"
    #expect(parseError(tuple) == nil)
    let comparison = "x = 1" + String(repeating: " < 1", count: 20_000)
    #expect(parseError(comparison) == nil)
  }

  /// Feeds thousands of random and mutated sources through both dialects and
  /// dialect detection; each must yield a module or a diagnostic, never a crash
  /// or hang, and diagnostics must point inside (or just past) the source.
  @Test func fuzzNeverCrashes() {
    var random = SplitMix64(seed: 0x6763_7669_7a21)
    let seeds = [
      "import gc\nclass A(object):\n    def __init__(self, n=1):\n        self.n = n\n        print 'x%s' % n,\n",
      "def f(a, b=2):\n\tif a < b <= 3 and not a is None:\n\t\treturn [a, (b,)], {1: 'x\\n'}\n\treturn a[1:]\n",
      "while True:\n  x += 1\n  if x >= 10: break\n  del l[:], d['k']\nfor i in range(3): print(i)\n",
      "s = '''multi\nline''' \"adj\" r'raw\\d'\nt = (1,\n  2) ; u = \\\n  3\n",
    ]
    let fragments = [
      "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "=", "==", "+", "-", "*", "//", "/", "%", "**", "<", ">",
      "<>", "->", "@", "~", "&", "|", "^", "`", "!", "$", "?", "\\", "\\\n", "'", "\"", "'''", "\"\"\"", "#", "\n",
      "\r\n", "\r", "\t", " ", "    ", "\u{0}", "\u{FEFF}", "\u{e9}", "\u{1F600}", "e\u{301}", "if", "elif", "else",
      "while", "for", "in", "not", "is", "and", "or", "def", "class", "return", "print", "del", "pass", "break",
      "continue", "global", "import", "from", "as", "lambda", "yield", "try", "None", "True", "x", "y", "f", "0",
      "42", "0x1F", "0o7", "99999999999999999999", "1.5", "1e", "0b", "'s'", "u'\\u00e9'", "'\\x4'", "f'x'",
      "r'\\'", "b'y'",
    ]
    for iteration in 0..<3000 {
      var source: String
      if iteration % 2 == 0 {
        // Mutate a seed: insert, delete or replace a few fragments.
        var scalars = Array(seeds[random.next(below: seeds.count)].unicodeScalars)
        for _ in 0..<(1 + random.next(below: 4)) {
          let position = random.next(below: scalars.count + 1)
          let fragment = Array(fragments[random.next(below: fragments.count)].unicodeScalars)
          switch random.next(below: 3) {
          case 0: scalars.insert(contentsOf: fragment, at: position)
          case 1: if position < scalars.count { scalars.remove(at: position) }
          default:
            let end = min(scalars.count, position + fragment.count)
            scalars.replaceSubrange(position..<end, with: fragment)
          }
        }
        source = String(String.UnicodeScalarView(scalars))
      } else {
        // A random soup of fragments separated by spaces.
        source = (0..<random.next(below: 40)).map { _ in fragments[random.next(below: fragments.count)] }
          .joined(separator: random.next(below: 2) == 0 ? " " : "")
      }
      let lineCount = source.split(separator: "\n", omittingEmptySubsequences: false).count
      for dialect in [PythonDialect.python2, .python3] {
        if let error = parseError(source, dialect) {
          #expect(error.location.line >= 1 && error.location.line <= lineCount + 1, "\(source.debugDescription)")
          #expect(error.location.column >= 1, "\(source.debugDescription)")
          #expect(!error.message.isEmpty)
          _ = error.rendered(file: "fuzz.py", source: source)
        }
      }
      _ = PythonParser.detectDialect(source)
    }
  }
}

/// A small deterministic generator so fuzz failures are reproducible.
private struct SplitMix64 {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func next(below bound: Int) -> Int {
    bound <= 0 ? 0 : Int(next() % UInt64(bound))
  }
}
