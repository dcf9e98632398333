import PythonFrontEnd
import Testing

// Source positions of expressions and statements, checked against CPython 3.11.
//
// Columns here are 1-based and count Unicode scalars; CPython's `col_offset`
// is 0-based and counts UTF-8 bytes. The expected spans below were printed by
// CPython 3.11.7's `ast` module, converting each offset with
// `len(line.encode()[:offset].decode()) + 1`, for every `ast.expr` and
// `ast.stmt` node except `ast.Slice` (a slice is part of its subscript here)
// and the nested `If` of an `elif` (a branch of the outer `if` here).

private typealias Location = PythonFrontEnd.SourceLocation

private func at(_ line: Int, _ column: Int) -> Location {
  Location(line: line, column: column)
}

private func range(_ start: Location, _ end: Location) -> SourceRange {
  SourceRange(start, end)
}

/// Every node's CPython class name and span, sorted.
private func spans(_ source: String, _ dialect: PythonDialect = .python3) throws -> [String] {
  var result: [String] = []
  func visit(_ expr: Expr) {
    let name: String
    var children: [Expr] = []
    switch expr.kind {
    case .name: name = "Name"
    case .int, .float, .string, .none, .bool: name = "Constant"
    case .attribute(let value, _):
      name = "Attribute"
      children = [value]
    case .subscript(let value, let index):
      name = "Subscript"
      children = [value, index]
    case .slice(let value, let lower, let upper):
      name = "Subscript"
      children = [value] + [lower, upper].compactMap { $0 }
    case .call(let callee, let arguments):
      name = "Call"
      children = [callee] + arguments
    case .list(let items):
      name = "List"
      children = items
    case .tuple(let items):
      name = "Tuple"
      children = items
    case .set(let items):
      name = "Set"
      children = items
    case .setComprehension(let element, let clauses):
      name = "SetComp"
      children = [element] + clauses.flatMap { [$0.target, $0.iterable] + $0.conditions }
    case .dict(let entries):
      name = "Dict"
      children = entries.flatMap { [$0.key, $0.value] }
    case .binary(_, let left, let right):
      name = "BinOp"
      children = [left, right]
    case .unary(_, let operand):
      name = "UnaryOp"
      children = [operand]
    case .conditional(let body, let condition, let orElse):
      name = "IfExp"
      children = [condition, body, orElse]
    case .keyword(_, let value), .doubleStarred(let value):
      name = "keyword"
      children = [value]
    case .starred(let value):
      name = "Starred"
      children = [value]
    case .yield(let value):
      name = "Yield"
      children = value.map { [$0] } ?? []
    case .formattedString(let pieces):
      name = "JoinedStr"
      children = FormattedPiece.expressions(pieces)
    case .generatorExpression(let element, let clauses):
      name = "GeneratorExp"
      children = [element] + clauses.flatMap { [$0.target, $0.iterable] + $0.conditions }
    case .compare(let first, let rest):
      name = "Compare"
      children = [first] + rest.map(\.right)
    case .boolean(_, let operands):
      name = "BoolOp"
      children = operands
    case .comprehension(let element, let value, let clauses):
      name = value == nil ? "ListComp" : "DictComp"
      children = [element] + (value.map { [$0] } ?? []) + clauses.flatMap { [$0.target, $0.iterable] + $0.conditions }
    case .lambda(let parameters, let body):
      name = "Lambda"
      children = parameters.compactMap(\.defaultValue) + [body]
    }
    result.append("\(name) \(expr.location)-\(expr.end)")
    children.forEach(visit)
  }
  func visit(_ stmt: Stmt) {
    let name: String
    var expressions: [Expr] = []
    var bodies: [[Stmt]] = []
    switch stmt.kind {
    case .expression(let expr):
      name = "Expr"
      expressions = [expr]
    case .pass: name = "Pass"
    case .global: name = "Global"
    case .nonlocal: name = "Nonlocal"
    case .assign(let targets, let value):
      name = "Assign"
      expressions = targets + [value]
    case .augmentedAssign(let target, _, let value):
      name = "AugAssign"
      expressions = [target, value]
    case .delete(let targets):
      name = "Delete"
      expressions = targets
    case .ifElse(let branches, let orElse):
      name = "If"
      expressions = branches.map(\.condition)
      bodies = branches.map(\.body) + (orElse.map { [$0] } ?? [])
    case .whileLoop(let condition, let body, let orElse):
      name = "While"
      expressions = [condition]
      bodies = [body] + (orElse.map { [$0] } ?? [])
    case .forLoop(let target, let iterable, let body, let orElse):
      name = "For"
      expressions = [target, iterable]
      bodies = [body] + (orElse.map { [$0] } ?? [])
    case .breakLoop: name = "Break"
    case .continueLoop: name = "Continue"
    case .functionDef(let function):
      name = "FunctionDef"
      expressions = function.decorators + function.parameters.compactMap(\.defaultValue)
      bodies = [function.body]
    case .classDef(let classDef):
      name = "ClassDef"
      expressions = classDef.decorators + (classDef.bases ?? [])
      bodies = [classDef.body]
    case .returnValue(let value):
      name = "Return"
      expressions = value.map { [$0] } ?? []
    case .importModules: name = "Import"
    case .importFrom: name = "ImportFrom"
    case .printStatement(let values, _):
      name = "Print"
      expressions = values
    case .assertion(let condition, let message):
      name = "Assert"
      expressions = [condition] + (message.map { [$0] } ?? [])
    case .tryStatement(_, let handlers, _, _):
      name = "Try"
      expressions = handlers.compactMap(\.type)
      bodies = stmt.nestedBodies
    case .raise(let value, let cause):
      name = "Raise"
      expressions = (value.map { [$0] } ?? []) + (cause.map { [$0] } ?? [])
    case .with(let items, _):
      name = "With"
      expressions = items.flatMap { [$0.context] + ($0.target.map { [$0] } ?? []) }
      bodies = stmt.nestedBodies
    }
    result.append("\(name) \(stmt.location)-\(stmt.end)")
    expressions.forEach(visit)
    bodies.joined().forEach(visit)
  }
  try PythonParser.parse(source, dialect: dialect).body.forEach(visit)
  return result.sorted()
}

/// The first expression statement's expression.
private func expression(_ source: String) throws -> Expr {
  let module = try PythonParser.parse(source, dialect: .python3)
  guard case .expression(let expr) = module.body.first?.kind else {
    throw Diagnostic("not an expression statement", at: at(1, 1))
  }
  return expr
}

/// The first statement's assigned value.
private func assignedValue(_ source: String) throws -> Expr {
  let module = try PythonParser.parse(source, dialect: .python3)
  guard case .assign(_, let value) = module.body.first?.kind else {
    throw Diagnostic("not an assignment", at: at(1, 1))
  }
  return value
}

/// The caret line CPython 3.11 prints under a single-line source line for an
/// error in `expr`: `^` under `operatorRange` (binary operators, subscripts),
/// `~` under the rest of the span, or `^` under all of it.
private func caretLine(_ expr: Expr) -> String {
  var line = String(repeating: " ", count: expr.location.column - 1)
  for column in expr.location.column..<expr.end.column {
    let anchor = expr.operatorRange.map { $0.start.column <= column && column < $0.end.column } ?? true
    line += anchor ? "^" : "~"
  }
  return line
}

struct CPythonSpans: Sendable, CustomTestStringConvertible {
  let source: String
  let expected: [String]
  init(_ source: String, _ expected: [String]) {
    self.source = source
    self.expected = expected
  }
  var testDescription: String { source.debugDescription }
}

// Generated with CPython 3.11.7 (see the comment at the top).
private let cpythonCases: [CPythonSpans] = [
  CPythonSpans(
    "with open(x) as f, g:\n    y = f.read()\nwith a:\n    pass",
    [
      "Assign 2:5-2:17", "Attribute 2:9-2:15", "Call 1:6-1:13", "Call 2:9-2:17", "Name 1:11-1:12", "Name 1:17-1:18",
      "Name 1:20-1:21", "Name 1:6-1:10", "Name 2:5-2:6", "Name 2:9-2:10", "Name 3:6-3:7", "Pass 4:5-4:9",
      "With 1:1-2:17", "With 3:1-4:9",
    ]),
  CPythonSpans(
    "f(x for x in y)\ng = (a * 2 for a in b if a)\nsum(i for i in r)",
    [
      "Assign 2:1-2:28", "BinOp 2:6-2:11", "Call 1:1-1:16", "Call 3:1-3:18", "Constant 2:10-2:11", "Expr 1:1-1:16",
      "Expr 3:1-3:18", "GeneratorExp 1:2-1:16", "GeneratorExp 2:5-2:28", "GeneratorExp 3:4-3:18", "Name 1:1-1:2",
      "Name 1:14-1:15", "Name 1:3-1:4", "Name 1:9-1:10", "Name 2:1-2:2", "Name 2:16-2:17", "Name 2:21-2:22",
      "Name 2:26-2:27", "Name 2:6-2:7", "Name 3:1-3:4", "Name 3:11-3:12", "Name 3:16-3:17", "Name 3:5-3:6",
    ]),
  CPythonSpans(
    "def g():\n    yield\n    yield 1, 2\n    x = yield y\n    f((yield))",
    [
      "Assign 4:5-4:16", "Call 5:5-5:15", "Constant 3:11-3:12", "Constant 3:14-3:15", "Expr 2:5-2:10",
      "Expr 3:5-3:15", "Expr 5:5-5:15", "FunctionDef 1:1-5:15", "Name 4:15-4:16", "Name 4:5-4:6", "Name 5:5-5:6",
      "Tuple 3:11-3:15", "Yield 2:5-2:10", "Yield 3:5-3:15", "Yield 4:9-4:16", "Yield 5:8-5:13",
    ]),
  CPythonSpans(
    "g(a, *c, x=1, **d)",
    [
      "Call 1:1-1:19", "Constant 1:12-1:13", "Expr 1:1-1:19", "Name 1:1-1:2", "Name 1:17-1:18", "Name 1:3-1:4",
      "Name 1:7-1:8", "Starred 1:6-1:8", "keyword 1:10-1:13", "keyword 1:15-1:18",
    ]),
  CPythonSpans(
    "@a.b(1)\n@c\ndef f(x):\n    return x\n@d\nclass K:\n    pass",
    [
      "Attribute 1:2-1:5", "Call 1:2-1:8", "ClassDef 6:1-7:9", "Constant 1:6-1:7", "FunctionDef 3:1-4:13",
      "Name 1:2-1:3", "Name 2:2-2:3", "Name 4:12-4:13", "Name 5:2-5:3", "Pass 7:5-7:9", "Return 4:5-4:13",
    ]),
  CPythonSpans(
    "x = [a * 2 for a, b in y if a for c in a]\nd = {k: v for k in z}\nf = lambda p, q=1: p + q",
    [
      "Assign 1:1-1:42", "Assign 2:1-2:22", "Assign 3:1-3:25", "BinOp 1:6-1:11", "BinOp 3:20-3:25",
      "Constant 1:10-1:11", "Constant 3:17-3:18", "DictComp 2:5-2:22", "Lambda 3:5-3:25", "ListComp 1:5-1:42",
      "Name 1:1-1:2", "Name 1:16-1:17", "Name 1:19-1:20", "Name 1:24-1:25", "Name 1:29-1:30", "Name 1:35-1:36",
      "Name 1:40-1:41", "Name 1:6-1:7", "Name 2:1-2:2", "Name 2:15-2:16", "Name 2:20-2:21", "Name 2:6-2:7",
      "Name 2:9-2:10", "Name 3:1-3:2", "Name 3:20-3:21", "Name 3:24-3:25", "Tuple 1:16-1:20",
    ]),
  CPythonSpans(
    "try:\n    raise ValueError('x')\nexcept (KeyError, IndexError) as e:\n    pass\nexcept ValueError:\n    raise\nelse:\n    y = 1\nfinally:\n    z = 2",
    [
      "Assign 10:5-10:10", "Assign 8:5-8:10", "Call 2:11-2:26", "Constant 10:9-10:10", "Constant 2:22-2:25",
      "Constant 8:9-8:10", "Name 10:5-10:6", "Name 2:11-2:21", "Name 3:19-3:29", "Name 3:9-3:17", "Name 5:8-5:18",
      "Name 8:5-8:6", "Pass 4:5-4:9", "Raise 2:5-2:26", "Raise 6:5-6:10", "Try 1:1-10:10", "Tuple 3:8-3:30",
    ]),
  CPythonSpans(
    "f(a, b=c if d else e)",
    [
      "Call 1:1-1:22", "Expr 1:1-1:22", "IfExp 1:8-1:21", "Name 1:1-1:2", "Name 1:13-1:14", "Name 1:20-1:21",
      "Name 1:3-1:4", "Name 1:8-1:9", "keyword 1:6-1:21",
    ]),
  CPythonSpans(
    "x = 2 ** -y | z << 1 & ~w",
    [
      "Assign 1:1-1:26", "BinOp 1:15-1:21", "BinOp 1:15-1:26", "BinOp 1:5-1:12", "BinOp 1:5-1:26",
      "Constant 1:20-1:21", "Constant 1:5-1:6", "Name 1:1-1:2", "Name 1:11-1:12", "Name 1:15-1:16", "Name 1:25-1:26",
      "UnaryOp 1:10-1:12", "UnaryOp 1:24-1:26",
    ]),
  CPythonSpans(
    "o.m(x=1, y=(2))",
    [
      "Attribute 1:1-1:4", "Call 1:1-1:16", "Constant 1:13-1:14", "Constant 1:7-1:8", "Expr 1:1-1:16", "Name 1:1-1:2",
      "keyword 1:10-1:15", "keyword 1:5-1:8",
    ]),
  CPythonSpans(
    "print(d['b'])",
    ["Call 1:1-1:14", "Constant 1:9-1:12", "Expr 1:1-1:14", "Name 1:1-1:6", "Name 1:7-1:8", "Subscript 1:7-1:13"]),
  CPythonSpans(
    "x = a // b + c % 2 - -d * (e)",
    [
      "Assign 1:1-1:30", "BinOp 1:14-1:19", "BinOp 1:22-1:30", "BinOp 1:5-1:11", "BinOp 1:5-1:19", "BinOp 1:5-1:30",
      "Constant 1:18-1:19", "Name 1:1-1:2", "Name 1:10-1:11", "Name 1:14-1:15", "Name 1:23-1:24", "Name 1:28-1:29",
      "Name 1:5-1:6", "UnaryOp 1:22-1:24",
    ]),
  CPythonSpans("(a) + b", ["BinOp 1:1-1:8", "Expr 1:1-1:8", "Name 1:2-1:3", "Name 1:7-1:8"]),
  CPythonSpans("a + (b)", ["BinOp 1:1-1:8", "Expr 1:1-1:8", "Name 1:1-1:2", "Name 1:6-1:7"]),
  CPythonSpans("x = ((a))", ["Assign 1:1-1:10", "Name 1:1-1:2", "Name 1:7-1:8"]),
  CPythonSpans("(a), b", ["Expr 1:1-1:7", "Name 1:2-1:3", "Name 1:6-1:7", "Tuple 1:1-1:7"]),
  CPythonSpans(
    "t = (a, b), (), (c,)",
    [
      "Assign 1:1-1:21", "Name 1:1-1:2", "Name 1:18-1:19", "Name 1:6-1:7", "Name 1:9-1:10", "Tuple 1:13-1:15",
      "Tuple 1:17-1:21", "Tuple 1:5-1:11", "Tuple 1:5-1:21",
    ]),
  CPythonSpans(
    "a, b = c, d,",
    [
      "Assign 1:1-1:13", "Name 1:1-1:2", "Name 1:11-1:12", "Name 1:4-1:5", "Name 1:8-1:9", "Tuple 1:1-1:5",
      "Tuple 1:8-1:13",
    ]),
  CPythonSpans(
    "[1, (2), [3]]",
    ["Constant 1:11-1:12", "Constant 1:2-1:3", "Constant 1:6-1:7", "Expr 1:1-1:14", "List 1:1-1:14", "List 1:10-1:13"]),
  CPythonSpans(
    "{'k': v, 1: (2)}",
    ["Constant 1:10-1:11", "Constant 1:14-1:15", "Constant 1:2-1:5", "Dict 1:1-1:17", "Expr 1:1-1:17", "Name 1:7-1:8"]),
  CPythonSpans("s = 'a' \"b\" r'c' u'd'", ["Assign 1:1-1:22", "Constant 1:5-1:22", "Name 1:1-1:2"]),
  CPythonSpans("t = 'x' \"y\"", ["Assign 1:1-1:12", "Constant 1:5-1:12", "Name 1:1-1:2"]),
  CPythonSpans(
    "x = '''a\nb''' + \"\"\"c\"\"\"",
    ["Assign 1:1-2:15", "BinOp 1:5-2:15", "Constant 1:5-2:5", "Constant 2:8-2:15", "Name 1:1-1:2"]),
  CPythonSpans("x = 'a\\\nb'", ["Assign 1:1-2:3", "Constant 1:5-2:3", "Name 1:1-1:2"]),
  CPythonSpans(
    "a.b.c(d).e[f][1:2][:][g:]",
    [
      "Attribute 1:1-1:11", "Attribute 1:1-1:4", "Attribute 1:1-1:6", "Call 1:1-1:9", "Constant 1:15-1:16",
      "Constant 1:17-1:18", "Expr 1:1-1:26", "Name 1:1-1:2", "Name 1:12-1:13", "Name 1:23-1:24", "Name 1:7-1:8",
      "Subscript 1:1-1:14", "Subscript 1:1-1:19", "Subscript 1:1-1:22", "Subscript 1:1-1:26",
    ]),
  CPythonSpans(
    "(f)(x)[(y)].z",
    [
      "Attribute 1:1-1:14", "Call 1:1-1:7", "Expr 1:1-1:14", "Name 1:2-1:3", "Name 1:5-1:6", "Name 1:9-1:10",
      "Subscript 1:1-1:12",
    ]),
  CPythonSpans(
    "d[a, b]", ["Expr 1:1-1:8", "Name 1:1-1:2", "Name 1:3-1:4", "Name 1:6-1:7", "Subscript 1:1-1:8", "Tuple 1:3-1:7"]),
  CPythonSpans(
    "d[a,] = 1",
    ["Assign 1:1-1:10", "Constant 1:9-1:10", "Name 1:1-1:2", "Name 1:3-1:4", "Subscript 1:1-1:6", "Tuple 1:3-1:5"]),
  CPythonSpans(
    "d[(a, b)]",
    ["Expr 1:1-1:10", "Name 1:1-1:2", "Name 1:4-1:5", "Name 1:7-1:8", "Subscript 1:1-1:10", "Tuple 1:3-1:9"]),
  CPythonSpans(
    "x = not a < b <= c and d is not e or f not in g",
    [
      "Assign 1:1-1:48", "BoolOp 1:5-1:34", "BoolOp 1:5-1:48", "Compare 1:24-1:34", "Compare 1:38-1:48",
      "Compare 1:9-1:19", "Name 1:1-1:2", "Name 1:13-1:14", "Name 1:18-1:19", "Name 1:24-1:25", "Name 1:33-1:34",
      "Name 1:38-1:39", "Name 1:47-1:48", "Name 1:9-1:10", "UnaryOp 1:5-1:19",
    ]),
  CPythonSpans(
    "y = (not a) and -(b) or (c)",
    [
      "Assign 1:1-1:28", "BoolOp 1:5-1:21", "BoolOp 1:5-1:28", "Name 1:1-1:2", "Name 1:10-1:11", "Name 1:19-1:20",
      "Name 1:26-1:27", "UnaryOp 1:17-1:21", "UnaryOp 1:6-1:11",
    ]),
  CPythonSpans("f(a,\n  b,\n)", ["Call 1:1-3:2", "Expr 1:1-3:2", "Name 1:1-1:2", "Name 1:3-1:4", "Name 2:3-2:4"]),
  CPythonSpans(
    "x = [\n  1,\n  f(\n    2)]",
    [
      "Assign 1:1-4:8", "Call 3:3-4:7", "Constant 2:3-2:4", "Constant 4:5-4:6", "List 1:5-4:8", "Name 1:1-1:2",
      "Name 3:3-3:4",
    ]),
  CPythonSpans(
    "x = a + \\\n    b", ["Assign 1:1-2:6", "BinOp 1:5-2:6", "Name 1:1-1:2", "Name 1:5-1:6", "Name 2:5-2:6"]),
  CPythonSpans(
    "é = 'ü' + naïve(ß)",
    [
      "Assign 1:1-1:19", "BinOp 1:5-1:19", "Call 1:11-1:19", "Constant 1:5-1:8", "Name 1:1-1:2", "Name 1:11-1:16",
      "Name 1:17-1:18",
    ]),
  CPythonSpans(
    "x = '😀' + y['ä']",
    [
      "Assign 1:1-1:17", "BinOp 1:5-1:17", "Constant 1:13-1:16", "Constant 1:5-1:8", "Name 1:1-1:2", "Name 1:11-1:12",
      "Subscript 1:11-1:17",
    ]),
  CPythonSpans(
    "if a:\n  pass\nelif b:\n  x = 1\nelse:\n  del y, z,\n",
    [
      "Assign 4:3-4:8", "Constant 4:7-4:8", "Delete 6:3-6:12", "If 1:1-6:12", "Name 1:4-1:5", "Name 3:6-3:7",
      "Name 4:3-4:4", "Name 6:10-6:11", "Name 6:7-6:8", "Pass 2:3-2:7",
    ]),
  CPythonSpans("while a: break", ["Break 1:10-1:15", "Name 1:7-1:8", "While 1:1-1:15"]),
  CPythonSpans(
    "for i, in x:\n  continue\n",
    ["Continue 2:3-2:11", "For 1:1-2:11", "Name 1:11-1:12", "Name 1:5-1:6", "Tuple 1:5-1:7"]),
  CPythonSpans(
    "for i, j in x, y: pass",
    [
      "For 1:1-1:23", "Name 1:13-1:14", "Name 1:16-1:17", "Name 1:5-1:6", "Name 1:8-1:9", "Pass 1:19-1:23",
      "Tuple 1:13-1:17", "Tuple 1:5-1:9",
    ]),
  CPythonSpans(
    "def f(a, b=(1)):\n  global g, h\n  return a\n",
    ["Constant 1:13-1:14", "FunctionDef 1:1-3:11", "Global 2:3-2:14", "Name 3:10-3:11", "Return 3:3-3:11"]),
  CPythonSpans("def f():\n  return\n", ["FunctionDef 1:1-2:9", "Return 2:3-2:9"]),
  CPythonSpans(
    "class C(B):\n  x = 1\n\n  def m(self): pass\n",
    [
      "Assign 2:3-2:8", "ClassDef 1:1-4:20", "Constant 2:7-2:8", "FunctionDef 4:3-4:20", "Name 1:9-1:10",
      "Name 2:3-2:4", "Pass 4:16-4:20",
    ]),
  CPythonSpans("class D: pass", ["ClassDef 1:1-1:14", "Pass 1:10-1:14"]),
  CPythonSpans("import a.b as c, d", ["Import 1:1-1:19"]),
  CPythonSpans("from m import (a, b,)", ["ImportFrom 1:1-1:22"]),
  CPythonSpans("assert x, (y)", ["Assert 1:1-1:14", "Name 1:12-1:13", "Name 1:8-1:9"]),
  CPythonSpans("x; y;", ["Expr 1:1-1:2", "Expr 1:4-1:5", "Name 1:1-1:2", "Name 1:4-1:5"]),
  CPythonSpans(
    "a[1, 2] += (3)",
    [
      "AugAssign 1:1-1:15", "Constant 1:13-1:14", "Constant 1:3-1:4", "Constant 1:6-1:7", "Name 1:1-1:2",
      "Subscript 1:1-1:8", "Tuple 1:3-1:7",
    ]),
  CPythonSpans("(a) = b = c", ["Assign 1:1-1:12", "Name 1:11-1:12", "Name 1:2-1:3", "Name 1:7-1:8"]),
  CPythonSpans(
    "if x:\n\ty = 1\n", ["Assign 2:2-2:7", "Constant 2:6-2:7", "If 1:1-2:7", "Name 1:4-1:5", "Name 2:2-2:3"]),
  CPythonSpans(
    "x = 1\r\ny = f(a,\r\n b)\r\n",
    [
      "Assign 1:1-1:6", "Assign 2:1-3:4", "Call 2:5-3:4", "Constant 1:5-1:6", "Name 1:1-1:2", "Name 2:1-2:2",
      "Name 2:5-2:6", "Name 2:7-2:8", "Name 3:2-3:3",
    ]),
  CPythonSpans(
    "x = 0x_ff + 1_000 + 0o7",
    [
      "Assign 1:1-1:24", "BinOp 1:5-1:18", "BinOp 1:5-1:24", "Constant 1:13-1:18", "Constant 1:21-1:24",
      "Constant 1:5-1:10", "Name 1:1-1:2",
    ]),
]

@Suite struct PositionTests {
  @Test(arguments: cpythonCases) func spansMatchCPython(_ example: CPythonSpans) throws {
    #expect(try spans(example.source) == example.expected)
  }

  @Test func subscriptInCall() throws {
    let call = try expression("print(d['b'])")
    #expect(call.location == at(1, 1))
    #expect(call.end == at(1, 14))
    #expect(call.operatorRange == range(at(1, 6), at(1, 14)))
    guard case .call(let callee, let arguments) = call.kind else {
      Issue.record("not a call")
      return
    }
    #expect(callee.range == range(at(1, 1), at(1, 6)))
    let lookup = arguments[0]
    #expect(lookup.range == range(at(1, 7), at(1, 13)))
    #expect(lookup.operatorRange == range(at(1, 8), at(1, 13)))
    guard case .subscript(let value, let index) = lookup.kind else {
      Issue.record("not a subscript")
      return
    }
    #expect(value.range == range(at(1, 7), at(1, 8)))
    #expect(index.range == range(at(1, 9), at(1, 12)))
  }

  @Test func binaryOperatorRanges() throws {
    let sum = try expression("a // b + c")
    #expect(sum.operatorRange == range(at(1, 8), at(1, 9)))
    guard case .binary(.add, let quotient, _) = sum.kind else {
      Issue.record("not an addition")
      return
    }
    #expect(quotient.range == range(at(1, 1), at(1, 7)))
    #expect(quotient.operatorRange == range(at(1, 3), at(1, 5)))
    let spread = try expression("(a) %  (\n b)")
    #expect(spread.range == range(at(1, 1), at(2, 4)))
    #expect(spread.operatorRange == range(at(1, 5), at(1, 6)))
  }

  @Test func otherKindsHaveNoOperatorRange() throws {
    for source in ["a", "a.b", "-a", "not a", "a < b", "a and b", "(a, b)", "[a]", "{a: b}", "'s'"] {
      #expect(try expression(source).operatorRange == nil, "\(source)")
    }
  }

  @Test func slicesMarkTheBrackets() throws {
    let slice = try expression("s [ 1 : ]")
    #expect(slice.range == range(at(1, 1), at(1, 10)))
    #expect(slice.operatorRange == range(at(1, 3), at(1, 10)))
  }

  /// The caret lines CPython 3.11.7 printed for these lines' errors.
  @Test func caretLinesMatchCPython() throws {
    let call = try expression("print(d['b'])")
    guard case .call(_, let arguments) = call.kind else {
      Issue.record("not a call")
      return
    }
    #expect(caretLine(arguments[0]) == "      ~^^^^^")
    #expect(caretLine(try assignedValue("x = a // b")) == "    ~~^^~~")
    #expect(caretLine(try assignedValue("x = (a) %  b")) == "    ~~~~^~~~")
    guard case .binary(_, _, let lookup) = try assignedValue("é = 'ü' + d[ 'b' ]").kind else {
      Issue.record("not a binary operation")
      return
    }
    #expect(caretLine(lookup) == "          ~^^^^^^^")
    guard case .binary(_, _, let index) = try assignedValue("y = (d)[1:2] + d[1]").kind else {
      Issue.record("not a binary operation")
      return
    }
    #expect(caretLine(index) == "               ~^^^")
  }

  @Test func multiLineCallEndsOnItsLastLine() throws {
    let call = try expression("f(a,\n  g(b),\n)\n")
    #expect(call.range == range(at(1, 1), at(3, 2)))
    #expect(call.operatorRange == range(at(1, 2), at(3, 2)))
    guard case .call(_, let arguments) = call.kind else {
      Issue.record("not a call")
      return
    }
    #expect(arguments[1].range == range(at(2, 3), at(2, 7)))
  }

  @Test func columnsCountUnicodeScalars() throws {
    // "é" and "😀" are one scalar each, though 2 and 4 UTF-8 bytes (and "😀" is
    // two UTF-16 code units); "e\u{301}" is two scalars but one Character.
    let value = try assignedValue("é = '😀' + 'e\u{301}' + x\n")
    #expect(value.range == range(at(1, 5), at(1, 19)))
    guard case .binary(_, let left, let right) = value.kind else {
      Issue.record("not a binary operation")
      return
    }
    #expect(left.range == range(at(1, 5), at(1, 15)))
    #expect(left.operatorRange == range(at(1, 9), at(1, 10)))
    #expect(right.range == range(at(1, 18), at(1, 19)))
  }

  @Test func pythonTwoPrintStatements() throws {
    #expect(try spans("print a, (b),\n", .python2) == ["Name 1:11-1:12", "Name 1:7-1:8", "Print 1:1-1:14"])
    #expect(try spans("print (a)\n", .python2) == ["Name 1:8-1:9", "Print 1:1-1:10"])
  }

  @Test func simpleStatementsEndBeforeTheSeparator() throws {
    let module = try PythonParser.parse("x = 1  ;  pass ; \n", dialect: .python3)
    #expect(module.body.map(\.range) == [range(at(1, 1), at(1, 6)), range(at(1, 11), at(1, 15))])
  }

  @Test func tokenEnds() throws {
    let tokens = try Lexer.tokenize("x = '''a\nbc''' // 10\n")
    #expect(tokens.map(\.end) == [at(1, 2), at(1, 4), at(2, 6), at(2, 9), at(2, 12), at(2, 13), at(3, 1)])
  }

  @Test func defaultEndIsTheStart() {
    let expr = Expr(.name("x"), at: at(2, 3))
    #expect(expr.end == at(2, 3))
    #expect(expr.operatorRange == nil)
    #expect(Stmt(.pass, at: at(4, 1)).end == at(4, 1))
  }
}
