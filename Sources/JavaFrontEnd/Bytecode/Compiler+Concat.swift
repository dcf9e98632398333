// String concatenation as javac 17 compiles it (StringConcat.IndyConstants):
// the operands of a chain of `+` are flattened; constants go into the
// recipe as text (empty strings vanish, null becomes "null", a constant
// holding U+0001 or U+0002 is passed separately as U+0002); every other
// operand is pushed and marked U+0001; one invokedynamic
// makeConcatWithConstants per 199 operands, joined by one more if needed.

extension JavaCompiler {
  /// javac's MAX_INDY_CONCAT_ARG_SLOTS.
  static let maximumConcatSlots = 200

  func genConcat(_ expression: TypedExpression) {
    let operands = collectConcatOperands(expression)
    var chunks: [[TypedExpression]] = []
    var current: [TypedExpression] = []
    for operand in operands {
      if current.count + 1 >= Self.maximumConcatSlots {
        chunks.append(current)
        current = []
      }
      current.append(operand)
    }
    if !current.isEmpty { chunks.append(current) }

    for chunk in chunks {
      var recipe = ""
      var constants: [String] = []
      var arguments: [String] = []
      for operand in chunk {
        if let constant = operand.constant {
          let text = constant.text
          if text.isEmpty { continue }
          if text.unicodeScalars.contains(where: { $0 == "\u{1}" || $0 == "\u{2}" }) {
            recipe += "\u{2}"
            constants.append(text)
          } else {
            recipe += text
          }
        } else if operand.type == .null {
          recipe += "null"
        } else {
          recipe += "\u{1}"
          arguments.append(operand.type.descriptor)
          load(genExpr(operand))
        }
      }
      emitConcat(recipe: recipe, constants: constants, arguments: arguments)
    }
    if chunks.count > 1 {
      emitConcat(
        recipe: String(repeating: "\u{1}", count: chunks.count), constants: [],
        arguments: Array(repeating: JavaType.string.descriptor, count: chunks.count))
    }
  }

  private func emitConcat(recipe: String, constants: [String], arguments: [String]) {
    let descriptor = "(" + arguments.joined() + ")" + JavaType.string.descriptor
    emit(.invokedynamic, .concat(JVMStringConcat(recipe: recipe, constants: constants, descriptor: descriptor)))
  }

  /// The operands of a chain of string `+`, parentheses looked through.
  private func collectConcatOperands(_ expression: TypedExpression) -> [TypedExpression] {
    let inner = expression.skippingParentheses
    if case .concat(let left, let right) = inner.kind {
      return collectConcatOperands(left) + collectConcatOperands(right)
    }
    // javac keeps the operand without its parentheses: a part that Lower
    // made constant goes into the recipe as text.
    return [inner]
  }
}
