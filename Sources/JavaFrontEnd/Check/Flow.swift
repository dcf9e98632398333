// Flow analysis as javac's Flow does it for this subset: unreachable
// statements (JLS 14.22) and locals read before they are definitely
// assigned (JLS 16). It runs on the checked tree, before the compiler
// prunes constant conditions.

import ScenarioSource

/// The locals definitely assigned at a point; `everything` after a jump
/// (a point no path reaches assigns every variable, vacuously).
struct AssignedLocals: Equatable {
  var everything = false
  var ids: Set<Int> = []

  static let all = AssignedLocals(everything: true)

  func contains(_ local: LocalVariable) -> Bool { everything || ids.contains(local.id) }

  mutating func insert(_ local: LocalVariable) {
    if !everything { ids.insert(local.id) }
  }

  func intersection(_ other: AssignedLocals) -> AssignedLocals {
    if everything { return other }
    if other.everything { return self }
    return AssignedLocals(ids: ids.intersection(other.ids))
  }
}

struct FlowAnalyzer {
  var assigned = AssignedLocals()
  /// Per enclosing loop, the states at its `break`s and `continue`s.
  var loops: [(breaks: [AssignedLocals], continues: [AssignedLocals])] = []

  /// Analyzes `statements` in order; returns whether the last can complete normally.
  mutating func statements(_ statements: [TypedStatement]) throws(Diagnostic) -> Bool {
    var canComplete = true
    for statement in statements {
      if !canComplete { throw Diagnostic("unreachable statement", at: statement.location) }
      canComplete = try self.statement(statement)
    }
    return canComplete
  }

  mutating func statement(_ statement: TypedStatement) throws(Diagnostic) -> Bool {
    switch statement.kind {
    case .localVariable(let local, let initializer):
      if let initializer {
        try expression(initializer)
        assigned.insert(local)
      }
      return true
    case .expression(let value):
      try expression(value)
      return true
    case .block(let statements, _):
      return try self.statements(statements)
    case .ifElse(let condition, let then, let elsePart):
      let (whenTrue, whenFalse) = try self.condition(condition)
      assigned = whenTrue
      let thenCompletes = try self.statement(then)
      let afterThen = assigned
      assigned = whenFalse
      let elseCompletes = try elsePart.map { part throws(Diagnostic) in try self.statement(part) } ?? true
      assigned = afterThen.intersection(assigned)
      return thenCompletes || elseCompletes
    case .whileLoop(let condition, let body):
      return try loop(condition: condition, body: body, updates: [])
    case .forLoop(let initializers, let condition, let updates, let body):
      _ = try statements(initializers)
      return try loop(condition: condition, body: body, updates: updates)
    case .returnStatement(let value):
      if let value { try expression(value) }
      assigned = .all
      return false
    case .breakStatement:
      loops[loops.count - 1].breaks.append(assigned)
      assigned = .all
      return false
    case .continueStatement:
      loops[loops.count - 1].continues.append(assigned)
      assigned = .all
      return false
    case .empty:
      return true
    }
  }

  /// A while or for loop; a missing condition is the constant true.
  private mutating func loop(condition: TypedExpression?, body: TypedStatement, updates: [TypedStatement])
    throws(Diagnostic) -> Bool
  {
    let constant: ConstantValue? = condition.map { $0.constant } ?? .boolean(true)
    let (whenTrue, whenFalse) =
      try condition.map { value throws(Diagnostic) in try self.condition(value) } ?? (assigned, .all)
    if constant == .boolean(false) { throw Diagnostic("unreachable statement", at: body.location) }
    loops.append(([], []))
    assigned = whenTrue
    let bodyCompletes = try statement(body)
    let jumps = loops.removeLast()
    var beforeUpdates = bodyCompletes ? assigned : .all
    for state in jumps.continues { beforeUpdates = beforeUpdates.intersection(state) }
    assigned = beforeUpdates
    for update in updates { _ = try statement(update) }
    assigned = jumps.breaks.reduce(whenFalse) { $0.intersection($1) }
    return constant != .boolean(true) || !jumps.breaks.isEmpty
  }

  // MARK: Expressions

  /// The states after a boolean expression when it is true and when false.
  mutating func condition(_ value: TypedExpression) throws(Diagnostic) -> (AssignedLocals, AssignedLocals) {
    switch value.kind {
    case .constant(.boolean(let constant)):
      return constant ? (assigned, .all) : (.all, assigned)
    case .parenthesized(let inner):
      return try condition(inner)
    case .not(let operand):
      let (whenTrue, whenFalse) = try condition(operand)
      return (whenFalse, whenTrue)
    case .logical(.and, let left, let right):
      let (leftTrue, leftFalse) = try condition(left)
      assigned = leftTrue
      let (rightTrue, rightFalse) = try condition(right)
      return (rightTrue, leftFalse.intersection(rightFalse))
    case .logical(_, let left, let right):
      let (leftTrue, leftFalse) = try condition(left)
      assigned = leftFalse
      let (rightTrue, rightFalse) = try condition(right)
      return (leftTrue.intersection(rightTrue), rightFalse)
    case .conditional(let test, let then, let elsePart) where value.type == .boolean:
      let (testTrue, testFalse) = try condition(test)
      assigned = testTrue
      let (thenTrue, thenFalse) = try condition(then)
      assigned = testFalse
      let (elseTrue, elseFalse) = try condition(elsePart)
      return (thenTrue.intersection(elseTrue), thenFalse.intersection(elseFalse))
    default:
      try expression(value)
      return (assigned, assigned)
    }
  }

  mutating func expression(_ value: TypedExpression) throws(Diagnostic) {
    switch value.kind {
    case .constant, .null, .this:
      break
    case .local(let local):
      if !assigned.contains(local) {
        throw Diagnostic("variable \(local.name) might not have been initialized", at: value.location)
      }
    case .staticField(_, let receiver):
      if let receiver { try expression(receiver) }
    case .instanceField(let receiver, _), .arrayLength(let receiver), .negate(let receiver), .unaryPlus(let receiver),
      .parenthesized(let receiver):
      try expression(receiver)
    case .arrayElement(let array, let index):
      try expression(array)
      try expression(index)
    case .invoke(_, _, let receiver, let arguments, let discarded):
      if let receiver { try expression(receiver) }
      if let discarded { try expression(discarded) }
      for argument in arguments { try expression(argument) }
    case .newObject(_, _, let arguments), .arrayInitializer(_, let arguments):
      for argument in arguments { try expression(argument) }
    case .newArray(_, let length):
      try expression(length)
    case .arithmetic(_, let left, let right), .comparison(_, let left, let right), .concat(let left, let right):
      try expression(left)
      try expression(right)
    case .not, .logical:
      let (whenTrue, whenFalse) = try condition(value)
      assigned = whenTrue.intersection(whenFalse)
    case .conditional(let test, let then, let elsePart):
      if value.type == .boolean {
        let (whenTrue, whenFalse) = try condition(value)
        assigned = whenTrue.intersection(whenFalse)
        return
      }
      let (testTrue, testFalse) = try condition(test)
      assigned = testTrue
      try expression(then)
      let afterThen = assigned
      assigned = testFalse
      try expression(elsePart)
      assigned = afterThen.intersection(assigned)
    case .assign(let target, let value):
      try assignmentTarget(target)
      try expression(value)
      if case .local(let local) = target.kind { assigned.insert(local) }
    case .compoundAssign(_, let target, let value):
      try expression(target)
      try expression(value)
    case .increment(_, let target):
      try expression(target)
    }
  }

  /// The parts of an assignment's target evaluated before the value (not the variable itself).
  private mutating func assignmentTarget(_ target: TypedExpression) throws(Diagnostic) {
    switch target.kind {
    case .instanceField(let receiver, _): try expression(receiver)
    case .staticField(_, let receiver): if let receiver { try expression(receiver) }
    case .arrayElement(let array, let index):
      try expression(array)
      try expression(index)
    default: break
    }
  }
}

extension JavaChecker {
  /// Reachability and definite assignment of a body; whether it can complete normally.
  func analyzeFlow(of body: [TypedStatement], parameters: [LocalVariable]) throws(Diagnostic) -> Bool {
    var analyzer = FlowAnalyzer()
    for parameter in parameters { analyzer.assigned.insert(parameter) }
    return try analyzer.statements(body)
  }
}
