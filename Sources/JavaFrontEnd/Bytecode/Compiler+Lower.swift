// What javac's Lower does to expressions before Gen sees them, as far as
// the subset goes: `true && x` becomes x and `false && x` false (the same
// for ||), a conditional with a known condition becomes the branch taken,
// `!` of what became a constant is folded, and parentheses around a part
// that was replaced disappear (Lower.visitParens), so the replacement's
// constness shows. A condition is known when it is a constant or compares
// null with null (Lower.expValue).

extension JavaCompiler {
  func lower(_ expression: TypedExpression) -> TypedExpression {
    lowerTracking(expression).expression
  }

  /// Lower.isTrue / isFalse: a constant, or `null == null` and the like.
  func knownTruth(_ expression: TypedExpression) -> Bool? {
    if case .boolean(let value) = expression.constant { return value }
    if case .comparison(let op, let left, let right) = expression.skippingParentheses.kind,
      op == .equal || op == .notEqual, left.type == .null, right.type == .null
    {
      return op == .equal
    }
    return nil
  }

  /// The lowered expression, and whether Lower put another tree in its
  /// place (which makes enclosing parentheses go).
  private func lowerTracking(_ expression: TypedExpression) -> (expression: TypedExpression, replaced: Bool) {
    if expression.constant != nil { return (expression, false) }
    var result = expression
    switch expression.kind {
    case .constant, .null, .this, .local:
      return (expression, false)
    case .parenthesized(let inner):
      let (lowInner, replaced) = lowerTracking(inner)
      if replaced { return (lowInner, true) }
      result.kind = .parenthesized(lowInner)
    case .logical(let op, let left, let right):
      let lowLeft = lower(left)
      if let value = knownTruth(lowLeft) {
        // false && x is false, true && x is x; true || x is true, false || x is x.
        return (value == (op == .and) ? lower(right) : lowLeft, true)
      }
      result.kind = .logical(op, lowLeft, lower(right))
    case .conditional(let condition, let then, let elsePart):
      let lowCondition = lower(condition)
      if let value = knownTruth(lowCondition) { return (lower(value ? then : elsePart), true) }
      result.kind = .conditional(condition: lowCondition, then: lower(then), else: lower(elsePart))
    case .not(let operand):
      let lowOperand = lower(operand)
      if case .boolean(let value) = lowOperand.constant {
        // Folded in place: the same tree, so parentheses around it stay.
        result.kind = .constant(.boolean(!value))
      } else {
        result.kind = .not(lowOperand)
      }
    case .staticField(let field, let discarded):
      result.kind = .staticField(field, discardedReceiver: discarded.map(lower))
    case .instanceField(let receiver, let field):
      result.kind = .instanceField(receiver: lower(receiver), field)
    case .arrayLength(let array):
      result.kind = .arrayLength(lower(array))
    case .arrayElement(let array, let index):
      result.kind = .arrayElement(array: lower(array), index: lower(index))
    case .invoke(let method, let kind, let receiver, let arguments, let discarded):
      result.kind = .invoke(
        method, kind, receiver: receiver.map(lower), arguments: arguments.map(lower),
        discardedReceiver: discarded.map(lower))
    case .newObject(let className, let constructor, let arguments):
      result.kind = .newObject(className: className, constructor: constructor, arguments: arguments.map(lower))
    case .newArray(let elementClass, let length):
      result.kind = .newArray(elementClass: elementClass, length: lower(length))
    case .arrayInitializer(let elementClass, let elements):
      result.kind = .arrayInitializer(elementClass: elementClass, elements: elements.map(lower))
    case .negate(let operand):
      result.kind = .negate(lower(operand))
    case .unaryPlus(let operand):
      result.kind = .unaryPlus(lower(operand))
    case .arithmetic(let op, let left, let right):
      result.kind = .arithmetic(op, lower(left), lower(right))
    case .comparison(let op, let left, let right):
      result.kind = .comparison(op, lower(left), lower(right))
    case .concat(let left, let right):
      result.kind = .concat(lower(left), lower(right))
    case .assign(let target, let value):
      result.kind = .assign(target: lower(target), value: lower(value))
    case .compoundAssign(let op, let target, let value):
      // The value stays as written: javac's dependency scan reads it before
      // Lower prunes it (genExpr lowers it after the scan).
      result.kind = .compoundAssign(op, target: lower(target), value: value)
    case .increment(let increment, let target):
      result.kind = .increment(increment, target: lower(target))
    }
    return (result, false)
  }

  /// javac's AssignopDependencyScanner: `x op= e` where e applies a unary
  /// operator (or another compound assignment) to the same variable is
  /// compiled as `x = x op e`, the object of a field access held in a
  /// temporary local so it is evaluated once. It scans e as written, before
  /// Lower: an operator in a part that Lower prunes counts too.
  func compoundAssignDependsOnTarget(_ target: TypedExpression, _ value: TypedExpression) -> Bool {
    guard let variable = VariableIdentity(target) else { return false }
    var found = false
    func scan(_ expression: TypedExpression) {
      if found { return }
      switch expression.kind {
      case .compoundAssign(_, let inner, let innerValue):
        if VariableIdentity(inner) == variable { found = true } else { scan(inner); scan(innerValue) }
      case .negate(let operand), .unaryPlus(let operand), .not(let operand), .increment(_, let operand):
        if VariableIdentity(operand) == variable { found = true } else { scan(operand) }
      default:
        expression.children.forEach(scan)
      }
    }
    scan(value)
    return found
  }
}

/// The variable an expression names, as javac's TreeInfo.symbol sees it:
/// a local, or a field whoever's object it is.
enum VariableIdentity: Equatable {
  case local(Int)
  case field(JVMFieldRef)

  init?(_ expression: TypedExpression) {
    switch expression.skippingParentheses.kind {
    case .local(let local): self = .local(local.id)
    case .instanceField(_, let field), .staticField(let field, _): self = .field(field)
    default: return nil
    }
  }
}

extension TypedExpression {
  /// The direct subexpressions, in evaluation order.
  var children: [TypedExpression] {
    switch kind {
    case .constant, .null, .this, .local: return []
    case .staticField(_, let discarded): return discarded.map { [$0] } ?? []
    case .instanceField(let receiver, _), .arrayLength(let receiver), .negate(let receiver), .unaryPlus(let receiver),
      .not(let receiver), .increment(_, let receiver), .parenthesized(let receiver):
      return [receiver]
    case .arrayElement(let array, let index): return [array, index]
    case .invoke(_, _, let receiver, let arguments, let discarded):
      return (discarded.map { [$0] } ?? []) + (receiver.map { [$0] } ?? []) + arguments
    case .newObject(_, _, let arguments), .arrayInitializer(_, let arguments): return arguments
    case .newArray(_, let length): return [length]
    case .arithmetic(_, let left, let right), .comparison(_, let left, let right), .logical(_, let left, let right),
      .concat(let left, let right):
      return [left, right]
    case .assign(let target, let value), .compoundAssign(_, let target, let value): return [target, value]
    case .conditional(let condition, let then, let elsePart): return [condition, then, elsePart]
    }
  }
}
