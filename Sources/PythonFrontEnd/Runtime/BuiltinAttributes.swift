import GCEngine

/// The attributes the builtin types really have (`dir()` of CPython 2.7.18
/// and 3.11.7, dunders aside). One the simulator does not implement is
/// refused, never answered with an AttributeError CPython would not raise:
/// `'abc'.count('b')` is a refusal, `'abc'.bogus` an AttributeError.
enum BuiltinAttributes {
  static let python2: [String: Set<String>] = [
    "str": [
      "_formatter_field_name_split", "_formatter_parser", "capitalize", "center", "count", "decode", "encode",
      "endswith", "expandtabs", "find", "format", "index", "isalnum", "isalpha", "isdigit", "islower", "isspace",
      "istitle", "isupper", "join", "ljust", "lower", "lstrip", "partition", "replace", "rfind", "rindex", "rjust",
      "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title",
      "translate", "upper", "zfill",
    ],
    "list": ["append", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort"],
    "dict": [
      "clear", "copy", "fromkeys", "get", "has_key", "items", "iteritems", "iterkeys", "itervalues", "keys", "pop",
      "popitem", "setdefault", "update", "values", "viewitems", "viewkeys", "viewvalues",
    ],
    "tuple": ["count", "index"],
  ]

  static let python3: [String: Set<String>] = [
    "str": [
      "capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs", "find", "format", "format_map",
      "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric",
      "isprintable", "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans", "partition",
      "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip",
      "split", "splitlines", "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill",
    ],
    "list": ["append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort"],
    "dict": [
      "clear", "copy", "fromkeys", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values",
    ],
    "tuple": ["count", "index"],
  ]
}

extension Interpreter {
  /// Refuses `name` when the value's builtin type has it in this version
  /// and the simulator does not (the caller then raises AttributeError).
  func refuseUnsimulatedAttribute(_ object: Value, _ name: String) throws(RunError) {
    let type = typeName(object)
    guard (is27 ? BuiltinAttributes.python2 : BuiltinAttributes.python3)[type]?.contains(name) == true else { return }
    throw unsupported("\(type).\(name)")
  }
}
