import GCEngine

/// The instruction set: a small stack machine shaped like CPython's
/// bytecode, because the evaluation stack's references are observable
/// (`sys.getrefcount` inside a callee in 2.7).
public enum Opcode: UInt8, Sendable {
  case nop
  case loadConst, loadFast, storeFast, deleteFast
  case loadGlobal, storeGlobal, deleteGlobal
  case loadName, storeName, deleteName
  case loadAttr, storeAttr, deleteAttr
  case loadMethod, callMethod
  case binarySubscr, storeSubscr, deleteSubscr
  case loadSlice, storeSlice, deleteSlice
  /// YIELD_VALUE: the generator's frame suspends with the top of the
  /// stack as what it yields; resumed, the sent value is pushed.
  case yieldValue
  /// FORMAT_VALUE: the top (under a format spec when bit 2 is set) made a
  /// str by conversion `arg & 3` (1 str, 2 repr, 3 ascii).
  case formatValue
  /// BUILD_STRING: the top `arg` strs joined into one.
  case buildString
  /// BEFORE_WITH / SETUP_WITH: the manager on top becomes its bound
  /// `__exit__`, under `__enter__()`'s result; the body's handler is `arg`.
  case setupWith
  /// The way out of a `with`: pops `__exit__` and calls it with three Nones.
  case exitWith
  /// WITH_EXCEPT_START: `__exit__(type, value, traceback)` of the exception
  /// on top (the `__exit__` three entries down); pushes whether it is true.
  case withExceptStart
  case binaryOp, unaryOp, compareOp
  case jump, popJumpIfFalse, popJumpIfTrue, jumpIfFalseOrPop, jumpIfTrueOrPop
  case buildList, buildTuple, buildMap
  /// BUILD_SET of the top `arg` values; 3.x's BUILD_SET 0 + LOAD_CONST
  /// frozenset + SET_UPDATE for a literal of constants (`arg`: the slot of
  /// their tuple in `constantTuples`).
  case buildSet, buildSetFromConstants
  case call
  /// A call with `name=value` arguments: operand = names index << 16 |
  /// argument count (positional + keyword), bit 15 set after loadMethod.
  case callKeywords
  case returnValue
  case popTop, dupTop, dupTopTwo, rotTwo, rotThree
  case getIter, forIter
  case makeFunction, makeClass
  case importName, importFrom
  case printItem, printNewline
  case unpackSequence
  case raiseAssertion
  /// `try`: a block whose handler (the argument) catches what the body
  /// raises; `finally` runs for any exception; a cleanup block (3.x, the
  /// `as` name's deletion) re-raises after its code.
  case setupExcept, setupFinally, setupCleanup, popBlock
  /// 3.x POP_EXCEPT: the handler is done; the exception handled before it
  /// (kept on the stack under the handler's values) is handled again.
  case popExcept
  /// CHECK_EXC_MATCH: pops a class (or tuple of classes), pushes whether
  /// the exception under it is an instance.
  case exceptionMatch
  /// RERAISE (2.7 END_FINALLY): raises the exception on the stack again,
  /// with its traceback, adding no entry for this frame.
  case reraise
  /// `raise` (argument 0: the exception being handled) or `raise X` (1).
  case raiseVarargs
  /// CALL_FUNCTION_EX (2.7 CALL_FUNCTION_VAR_KW): operand = keyword names
  /// index << 16 | plain positional count << 2 | has `*` << 1 | has `**`;
  /// the stack holds the callee, the plain positional values, the `*`
  /// value, the named keyword values, the `**` value.
  case callFunctionEx
  /// A comprehension's LIST_APPEND / MAP_ADD: pops the item (the key and
  /// value), adds it to the list (dict) `argument` entries down.
  case listAppend, mapAdd
  /// SET_ADD: pops the item, adds it to the set `argument` entries down.
  case setAdd
  /// Cells: MAKE_CELL puts the variable in slot `argument` into a new cell
  /// (kept in that slot); LOAD_DEREF / STORE_DEREF / DELETE_DEREF use the
  /// cell's contents; LOAD_CLOSURE pushes the cell itself.
  case makeCell, loadDeref, storeDeref, deleteDeref, loadClosure
}

public struct Instruction: Sendable {
  public var op: Opcode
  public var arg: Int32
  public var line: Int32
  public var column: Int32
}

/// The source span of the expression an instruction evaluates, for 3.11's
/// caret lines; `anchor` is the part marked `^` (a binary operator, a
/// subscript's brackets), the rest of the span being marked `~`.
public struct ExprSpan: Sendable {
  public var range: SourceRange
  public var anchor: SourceRange?
  /// A call's parenthesised arguments, which 3.13's `Lib/traceback.py`
  /// anchors too (`~~~^^^^`); 3.11's C printer does not.
  public var callAnchor: SourceRange?
  /// Where the statement starts when this call is the whole value of
  /// `return name(...)` or `name = name(...)`: 3.13's traceback.py
  /// (`_should_show_carets`) draws no carets under such a line.
  public var valueOfStatementAt: SourceLocation?

  public init(
    range: SourceRange, anchor: SourceRange?, callAnchor: SourceRange? = nil,
    valueOfStatementAt: SourceLocation? = nil
  ) {
    self.range = range
    self.anchor = anchor
    self.callAnchor = callAnchor
    self.valueOfStatementAt = valueOfStatementAt
  }
}

public final class CodeObject: @unchecked Sendable {
  public enum Kind: Sendable { case module, function, classBody }
  public let kind: Kind
  public let name: String
  public let qualifiedName: String
  public internal(set) var instructions: [Instruction] = []
  public internal(set) var constants: [Value] = []
  public internal(set) var names: [String] = []
  public internal(set) var localNames: [String] = []
  /// The keyword names of each `callKeywords` (3.11 keeps them as a
  /// constant tuple too, in `constantTuples`).
  public internal(set) var keywordNames: [[String]] = []
  public let parameterCount: Int
  public let firstLine: Int
  /// Index in the program's code table (2.7 keeps one zombie frame per code).
  public internal(set) var index: Int32 = 0
  /// Nested code objects (function bodies, class bodies) by constant index.
  public internal(set) var children: [CodeObject] = []
  /// What `makeFunction`/`makeClass` (whose argument is the child's index)
  /// take besides the child, per child: the count of defaults or bases on
  /// the stack, and whether the defaults are one constant tuple or the
  /// class statement had parentheses. Beside the instruction, not packed
  /// into its 32-bit argument, so any number of classes and bases fits.
  public internal(set) var childOperands: [(count: Int, flag: Bool)] = []
  /// Per child function: whether `makeFunction` takes a closure tuple
  /// (pushed after the defaults).
  public internal(set) var childHasClosure: [Bool] = []
  /// The last slots of the frame hold cells copied from the function's
  /// closure (its free variables); how many.
  public internal(set) var freeVariableCount = 0
  /// Slots whose variable lives in a cell (free variables included).
  public internal(set) var cellSlots: Set<Int> = []
  /// `*args` (the slot after the positional parameters) and `**kwargs`
  /// (the slot after that).
  public internal(set) var hasVarargs = false
  public internal(set) var hasVarkw = false
  /// A `yield` in its body: a call makes a generator, which runs it.
  public internal(set) var isGenerator = false
  /// A 3.x list, set or dict comprehension (what PEP 709 inlines in 3.12).
  public internal(set) var isComprehension = false
  /// Spans of the instructions that evaluate an expression, by index.
  public internal(set) var spans: [Int: ExprSpan] = [:]
  /// Tuples of constants, built once when the program loads.
  public internal(set) var constantTuples: [Int: [Value]] = [:]
  /// The slots of `constantTuples` written as tuple literals in the source
  /// (3.x's AST optimizer folds those; the compiler makes the others).
  public internal(set) var literalTupleSlots: Set<Int> = []

  init(kind: Kind, name: String, qualifiedName: String, parameterCount: Int, firstLine: Int) {
    self.kind = kind
    self.name = name
    self.qualifiedName = qualifiedName
    self.parameterCount = parameterCount
    self.firstLine = firstLine
  }
}

/// A compiled scenario: the module code and every code object in it.
public final class Program: @unchecked Sendable {
  public let module: CodeObject
  public let codes: [CodeObject]
  public let dialect: PythonDialect
  public let sourceLines: [String]
  public let fileName: String
  /// The compiler's SyntaxWarnings (3.x), by line, in the order made.
  public let syntaxWarnings: [IdentityLiteralWarning]
  /// What CPython 2.7's compiler makes for this module (2.7 dialect only):
  /// its allocations decide the counts and spares at the first line.
  public let cpython27Shape: CPython27Unit?

  init(
    module: CodeObject, codes: [CodeObject], dialect: PythonDialect, sourceLines: [String], fileName: String,
    syntaxWarnings: [IdentityLiteralWarning] = [], cpython27Shape: CPython27Unit? = nil
  ) {
    self.module = module
    self.codes = codes
    self.dialect = dialect
    self.sourceLines = sourceLines
    self.fileName = fileName
    self.syntaxWarnings = syntaxWarnings
    self.cpython27Shape = cpython27Shape
  }
}

/// The compiler's SyntaxWarning (`check_compare`): `is` or `is not` with a
/// literal at `line`; the runtime words it as its version does.
public struct IdentityLiteralWarning: Sendable {
  public var line: Int
  public var negated: Bool
  /// The literal's type name (`str`, `int`, `tuple`), which 3.12 names.
  public var literalType: String
}
