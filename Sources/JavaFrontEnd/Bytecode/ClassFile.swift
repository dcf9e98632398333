// The compiled program: per class what a class file holds that a runtime
// needs (fields, methods with their code, line-number table and local
// variable table), with symbolic operands instead of constant-pool indices.

public struct JavaField: Hashable, Sendable {
  public var name: String
  /// `I`, `Z`, `LNode;`, `[LNode;`.
  public var descriptor: String
  public var access: JavaAccessFlags

  public var isStatic: Bool { access.contains(.static) }
  public var isReference: Bool { descriptor.first == "L" || descriptor.first == "[" }
}

/// One row of a LineNumberTable: from `startOffset` on, code belongs to `line`
/// (until the next row's offset).
public struct JavaLineNumber: Hashable, Sendable {
  public var startOffset: Int
  public var line: Int
}

/// One row of a LocalVariableTable (as `javac -g` writes it): from
/// `startPC` for `length` bytes, slot `slot` holds the variable `name`.
/// A row starts after the store that gives the variable its value; `this`
/// and the parameters cover the whole method. A variable that has no value
/// on some path into the code gets one row per stretch where it has one.
public struct JavaLocalVariable: Hashable, Sendable {
  public var startPC: Int
  public var length: Int
  public var slot: Int
  public var name: String
  /// `I`, `Z`, `LNode;`, `[Ljava/lang/String;`.
  public var descriptor: String

  public init(startPC: Int, length: Int, slot: Int, name: String, descriptor: String) {
    self.startPC = startPC
    self.length = length
    self.slot = slot
    self.name = name
    self.descriptor = descriptor
  }

  /// Whether the row covers the byte offset: startPC <= offset < startPC + length.
  public func covers(_ offset: Int) -> Bool { offset >= startPC && offset < startPC + length }
}

public struct JavaMethod: Hashable, Sendable {
  /// `<init>` for a constructor, `<clinit>` for the static initializer.
  public var name: String
  /// `(LNode;I)V`.
  public var descriptor: String
  public var access: JavaAccessFlags
  /// The operand stack's greatest depth (javap: `stack=`).
  public var maxStack: Int
  /// Local slots, `this` and parameters included (javap: `locals=`).
  public var maxLocals: Int
  public var code: [JVMInstruction]
  /// javac's LineNumberTable, in the order javac writes it.
  public var lineNumbers: [JavaLineNumber]
  /// javac's LocalVariableTable (`javac -g`), in the order javac writes it
  /// (and `javap -l` prints it). Compiler temporaries are not in it.
  public var localVariables: [JavaLocalVariable]

  public var isStatic: Bool { access.contains(.static) }
  public var isConstructor: Bool { name == "<init>" }
  public var parameterDescriptors: [String] { splitMethodDescriptor(descriptor).parameters }
  public var returnDescriptor: String { splitMethodDescriptor(descriptor).result }

  /// Slots the arguments take on entry: `this` (unless static), then one per parameter.
  public var argumentSlots: Int { parameterDescriptors.count + (isStatic ? 0 : 1) }

  /// The name of the variable that slot `slot` holds at byte offset
  /// `offset`, if the LocalVariableTable has one there (none at the store
  /// that initializes a variable, which its range follows).
  public func localName(slot: Int, atOffset offset: Int) -> String? {
    localVariables.first { $0.slot == slot && $0.covers(offset) }?.name
  }

  /// The instruction at a byte offset (a branch target), if one starts there.
  public func instructionIndex(atOffset offset: Int) -> Int? {
    var low = 0
    var high = code.count - 1
    while low <= high {
      let middle = (low + high) / 2
      if code[middle].offset == offset { return middle }
      if code[middle].offset < offset { low = middle + 1 } else { high = middle - 1 }
    }
    return nil
  }
}

public struct JavaClassFile: Hashable, Sendable {
  /// The binary name: `Node`, `NodeCycle$Node` for a nested class.
  public var name: String
  /// Always `java/lang/Object` in the subset.
  public var superName: String
  /// The class file's flags (a nested class keeps public or package access only).
  public var access: JavaAccessFlags
  /// The enclosing class of a nested class.
  public var outerClass: String?
  public var fields: [JavaField]
  /// In class-file order (javap's).
  public var methods: [JavaMethod]

  public func method(named name: String, descriptor: String) -> JavaMethod? {
    methods.first { $0.name == name && $0.descriptor == descriptor }
  }

  public func field(named name: String) -> JavaField? {
    fields.first { $0.name == name }
  }
}

public struct JavaProgram: Hashable, Sendable {
  /// Every class of the file, top-level classes in source order each
  /// followed by its nested classes.
  public var classes: [JavaClassFile]
  /// The public class, whose `main([Ljava/lang/String;)V` starts the program.
  public var mainClass: String

  public func `class`(named name: String) -> JavaClassFile? {
    classes.first { $0.name == name }
  }
}
