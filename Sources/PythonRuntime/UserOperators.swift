import GCEngine
import PythonFrontEnd

/// The binary operators of user classes (`__add__`, `__radd__`, `__iadd__`,
/// ...), as the number slot functions call them: typeobject.c's
/// SLOT1BINFULL (the left operand's method, or the right one's reflected
/// method first when the right is of a proper subclass that overrides it;
/// then the right one's) behind binary_op1, and an in-place method first
/// for an augmented assignment (binary_iop1). NotImplemented is not
/// simulated, so a method found gives the result.
extension Interpreter {
  /// By operator, as the compiler numbers them: + - * // % ** << >> & | ^ /.
  static let operatorMethodNames = [
    "__add__", "__sub__", "__mul__", "__floordiv__", "__mod__", "__pow__", "__lshift__", "__rshift__", "__and__",
    "__or__", "__xor__", "__truediv__",
  ]

  /// The result of `left op right` through a user method; nil when no
  /// user method takes it (the caller's builtin rules and errors).
  func userBinaryOperation(_ op: Int, _ left: Value, _ right: Value, inPlace: Bool) throws(RunError) -> Value? {
    let leftClass = userInstanceClass(left)
    let rightClass = userInstanceClass(right)
    guard leftClass != nil || rightClass != nil else { return nil }
    for side in [left, right] {
      if case .object(let o) = side, isClassicInstance(o) {
        throw unsupported("an operator on a classic instance (2.7 coerces it first)")
      }
    }
    if is27 && op == 11 { throw unsupported("'/' on an instance (2.7's __div__ and __truediv__)") }
    let name = Interpreter.operatorMethodNames[op]
    let base = name.dropFirst(2)
    let reflected = "__r" + base
    // binary_iop1: the left operand's in-place method first.
    if inPlace, let function = try userSpecialMethod(left, "__i" + base) {
      return try callSpecialMethod(function, on: left.objectID!, [right])
    }
    /// A class whose type has the slot function: it defines the method or
    /// its reflection.
    func hasSlot(_ cls: ObjectID?) -> Bool {
      cls.map { lookupClassAttribute($0, name) != nil || lookupClassAttribute($0, reflected) != nil } ?? false
    }
    var tryRight = leftClass != rightClass && hasSlot(rightClass)
    if hasSlot(leftClass) {
      if tryRight, let leftClass, let rightClass, classAndAncestors(rightClass).contains(leftClass),
        try reflectionOverridden(reflected, left: leftClass, right: rightClass),
        let function = try userSpecialMethod(right, reflected)
      {
        return try callSpecialMethod(function, on: right.objectID!, [left])
      }
      if let function = try userSpecialMethod(left, name) {
        return try callSpecialMethod(function, on: left.objectID!, [right])
      }
      if leftClass == rightClass { tryRight = false }
    }
    if tryRight, let function = try userSpecialMethod(right, reflected) {
      return try callSpecialMethod(function, on: right.objectID!, [left])
    }
    return nil
  }

  /// method_is_overloaded: whether the right operand's type gives another
  /// reflected method than the left's. 2.7 reads both from the types
  /// (`getattr(type, name)`: an unbound method object each).
  private func reflectionOverridden(_ name: String, left: ObjectID, right: ObjectID) throws(RunError) -> Bool {
    let rightMethod = lookupClassAttribute(right, name)
    let leftMethod = lookupClassAttribute(left, name)
    guard let rightMethod else { return false }
    if is27 {
      // The right type's first, then the left's; the left's goes first.
      var made: [ObjectID] = []
      for (cls, method) in [(right, rightMethod), (left, leftMethod)] {
        guard case .object(let function)? = method, heap.kind(function) == .function else { continue }
        made.append(makeBoundMethod(function, .none, unboundClass: cls))
      }
      for unbound in made.reversed() { heap.decref(unbound, .stack) }
    }
    return leftMethod.map { !isSame($0, rightMethod) } ?? true
  }
}

/// The unary operators of user classes: `-x`, `+x`, `~x` and `abs(x)`
/// call `__neg__`, `__pos__`, `__invert__` and `__abs__` as typeobject.c's
/// SLOT0 functions (slot_nb_negative, ...) call them; a 2.7 classic
/// instance through instance_getattr (classobject.c's generic_unary_op),
/// whose missing method is an AttributeError.
extension Interpreter {
  /// By UNARY_* operand, as the compiler numbers them (1 `-`, 2 `+`, 3
  /// `~`), with abs() last.
  static let unaryMethodNames = [1: "__neg__", 2: "__pos__", 3: "__invert__", 4: "__abs__"]

  /// The result (owned) of unary operator `op` on a user instance; nil when
  /// `operand` is none or its class lacks the method (the caller's
  /// TypeError).
  func userUnaryOperation(_ op: Int, _ operand: Value) throws(RunError) -> Value? {
    guard let name = Interpreter.unaryMethodNames[op], case .object(let o) = operand,
      userInstanceClass(operand) != nil
    else { return nil }
    guard let function = try userSpecialMethod(operand, name) else {
      if isClassicInstance(o) { throw missingAttribute(o, name, deleting: false) }
      return nil
    }
    return try callSpecialMethod(function, on: o, [])
  }
}
