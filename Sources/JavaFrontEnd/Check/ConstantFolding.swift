// Folding of constant expressions (JLS 15.29), with Java's int arithmetic:
// wrapping on overflow, division truncating toward zero, and no folding of
// a division by zero (that stays an idiv, as in javac).

func fold(_ op: BinaryOperator, _ left: ConstantValue, _ right: ConstantValue) -> ConstantValue? {
  switch (op, left, right) {
  case (.add, .string, _), (.add, _, .string):
    return .string(left.text + right.text)
  case (_, .int(let l), .int(let r)):
    switch op {
    case .add: return .int(l &+ r)
    case .subtract: return .int(l &- r)
    case .multiply: return .int(l &* r)
    case .divide: return r == 0 ? nil : .int(l.dividedReportingOverflow(by: r).partialValue)
    case .remainder: return r == 0 ? nil : .int(l.remainderReportingOverflow(dividingBy: r).partialValue)
    case .less: return .boolean(l < r)
    case .lessEqual: return .boolean(l <= r)
    case .greater: return .boolean(l > r)
    case .greaterEqual: return .boolean(l >= r)
    case .equal: return .boolean(l == r)
    case .notEqual: return .boolean(l != r)
    case .and, .or: return nil
    }
  case (_, .boolean(let l), .boolean(let r)):
    switch op {
    case .equal: return .boolean(l == r)
    case .notEqual: return .boolean(l != r)
    case .and: return .boolean(l && r)
    case .or: return .boolean(l || r)
    default: return nil
    }
  default:
    return nil
  }
}
