import PythonFrontEnd

/// The builtin exception classes the simulator models, and their tree in
/// each dialect (2.7 puts most of them under `StandardError`; 3.x has no
/// `StandardError` and adds `RecursionError`).
extension Native {
  var isExceptionClass: Bool { (200..<250).contains(rawValue) }

  var exceptionClassName: String? {
    switch self {
    case .baseException: return "BaseException"
    case .exception: return "Exception"
    case .standardError: return "StandardError"
    case .arithmeticError: return "ArithmeticError"
    case .lookupError: return "LookupError"
    case .valueError: return "ValueError"
    case .typeError: return "TypeError"
    case .keyError: return "KeyError"
    case .indexError: return "IndexError"
    case .zeroDivisionError: return "ZeroDivisionError"
    case .overflowError: return "OverflowError"
    case .attributeError: return "AttributeError"
    case .nameError: return "NameError"
    case .unboundLocalError: return "UnboundLocalError"
    case .runtimeError: return "RuntimeError"
    case .notImplementedError: return "NotImplementedError"
    case .recursionError: return "RecursionError"
    case .assertionError: return "AssertionError"
    case .stopIteration: return "StopIteration"
    case .keyboardInterrupt: return "KeyboardInterrupt"
    case .systemExit: return "SystemExit"
    case .memoryError: return "MemoryError"
    case .referenceError: return "ReferenceError"
    case .generatorExit: return "GeneratorExit"
    default: return nil
    }
  }

  /// The class an exception class derives from (nil for BaseException).
  func exceptionBase(in dialect: PythonDialect) -> Native? {
    let standard: Native = dialect == .python2 ? .standardError : .exception
    switch self {
    case .baseException: return nil
    case .exception, .keyboardInterrupt, .systemExit, .generatorExit: return .baseException
    case .standardError, .stopIteration: return .exception
    case .arithmeticError, .lookupError, .valueError, .typeError, .attributeError, .nameError, .runtimeError,
      .assertionError, .memoryError, .referenceError:
      return standard
    case .keyError, .indexError: return .lookupError
    case .zeroDivisionError, .overflowError: return .arithmeticError
    case .unboundLocalError: return .nameError
    case .notImplementedError, .recursionError: return .runtimeError
    default: return nil
    }
  }

  /// Whether the dialect has this class at all.
  func exceptionExists(in dialect: PythonDialect) -> Bool {
    switch self {
    case .standardError: return dialect == .python2
    case .recursionError: return dialect == .python3
    default: return isExceptionClass
    }
  }

  /// The builtin exception classes by name.
  static let exceptionClasses: [String: Native] = {
    var table: [String: Native] = [:]
    for raw in Int32(200)..<250 {
      if let n = Native(rawValue: raw), let name = n.exceptionClassName { table[name] = n }
    }
    return table
  }()

  /// Whether `self` is `other` or derives from it.
  func isExceptionSubclass(of other: Native, in dialect: PythonDialect) -> Bool {
    var c: Native? = self
    while let current = c {
      if current == other { return true }
      c = current.exceptionBase(in: dialect)
    }
    return false
  }
}
