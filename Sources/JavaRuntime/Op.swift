// An instruction decoded for execution: the symbolic operands of
// JVMInstruction resolved once (classes, fields and methods to indices,
// branch offsets to instruction indices), so the loop never looks up names.

/// How an `if<cond>` or `if_icmp<cond>` compares.
enum IntTest {
  case eq, ne, lt, ge, gt, le

  func holds(_ a: Int, _ b: Int) -> Bool {
    switch self {
    case .eq: return a == b
    case .ne: return a != b
    case .lt: return a < b
    case .ge: return a >= b
    case .gt: return a > b
    case .le: return a <= b
    }
  }
}

enum IntOperation {
  case add, sub, mul, div, rem
}

/// What `System.out.print`/`println` prints: its descriptor's parameter.
enum PrintArgument {
  case nothing
  case int
  case boolean
  case string
}

enum Op {
  case pushNull
  case pushInt(Int)
  /// `ldc` of a String: a value, not a counted object.
  case pushString(String)
  case loadInt(Int)
  case loadReference(Int)
  case storeInt(Int)
  case storeReference(Int)
  case increment(Int, by: Int)
  case arrayLoad
  case arrayStore
  case arrayLength
  case pop
  case dup
  case dupX1
  case dupX2
  case arithmetic(IntOperation)
  case negate
  /// `if<cond>`: compares the popped int with 0.
  case ifInt(IntTest, target: Int)
  case ifIntCompare(IntTest, target: Int)
  /// `if_acmpeq` (true) and `if_acmpne` (false).
  case ifSameReference(Bool, target: Int)
  /// `ifnull` (true) and `ifnonnull` (false).
  case ifNull(Bool, target: Int)
  case goto(Int)
  case returnValue
  case returnVoid
  /// A static field: its class (initialized first) and its index in the statics.
  case getStatic(classIndex: Int, slot: Int)
  case putStatic(classIndex: Int, slot: Int, isReference: Bool)
  /// `getstatic System.out`: a value that is not a heap object.
  case systemOut
  /// An instance field by its index in the object's items.
  case getField(Int)
  case putField(Int, isReference: Bool)
  /// A method of the program, by index.
  case invoke(Int)
  /// `invokespecial Object.<init>`: pops the receiver and returns at once.
  case objectInit
  case print(PrintArgument, newline: Bool)
  case systemGC
  /// `invokedynamic makeConcatWithConstants`, by call-site index.
  case concat(Int)
  case newObject(classIndex: Int)
  /// `anewarray`: the array type's index in `LinkedProgram.types`.
  case newArray(typeIndex: Int)
}
