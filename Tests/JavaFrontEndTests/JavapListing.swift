import JavaFrontEnd

/// What `javap -v -p` prints about class files, parsed into the parts the
/// differential test compares. Constant-pool indices are replaced by the
/// symbols javap prints in its `//` comments, in the same text form as
/// `JVMInstruction.description`.
struct JavapClass {
  struct Field: Equatable {
    var name: String
    var descriptor: String
    var flags: UInt16
  }

  struct Method {
    var name: String
    var descriptor: String
    var flags: UInt16
    var stack = 0
    var locals = 0
    /// `offset: text`, e.g. `18: putfield Field Node.other:LNode;`.
    var instructions: [String] = []
    /// `line N: offset` rows, in javap's order.
    var lineNumbers: [String] = []
    /// LocalVariableTable rows (`javac -g`), in javap's order, as
    /// `start length slot name descriptor`; empty without the table.
    var localVariables: [String] = []
    /// The bootstrap method of each invokedynamic, by offset.
    var bootstrapIndex: [Int: Int] = [:]
  }

  var name = ""
  var flags: UInt16 = 0
  var superName = ""
  var fields: [Field] = []
  var methods: [Method] = []
  /// Bootstrap method index to its arguments (the recipe, then constants), as javap escapes them.
  var bootstrapArguments: [Int: [String]] = [:]

  /// Parses the output of `javap -v -p` for one or more class files.
  static func parse(_ text: String) -> [JavapClass] {
    var classes: [JavapClass] = []
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
    while let start = lines.firstIndex(where: { $0.hasPrefix("Classfile ") }) {
      lines = lines[(start + 1)...]
      let end = lines.firstIndex(where: { $0.hasPrefix("Classfile ") }) ?? lines.endIndex
      classes.append(parseClass(Array(lines[..<end])))
      lines = lines[end...]
    }
    return classes
  }

  private static func parseClass(_ lines: [String]) -> JavapClass {
    var result = JavapClass()
    var index = 0
    var inMembers = false
    var inBootstrap = false
    var currentBootstrap = -1
    var block: [String] = []
    func flushMember() {
      if !block.isEmpty { result.addMember(block) }
      block = []
    }
    while index < lines.count {
      let line = lines[index]
      index += 1
      if !inMembers {
        if line.hasPrefix("  flags: ") && result.flags == 0 && result.name.isEmpty { result.flags = hexFlags(line) }
        if line.hasPrefix("  this_class:") { result.name = comment(line) ?? "" }
        if line.hasPrefix("  super_class:") { result.superName = comment(line) ?? "" }
        if line == "{" { inMembers = true }
        if line.hasPrefix("BootstrapMethods:") { inBootstrap = true }
        if inBootstrap {
          let trimmed = line.trimmingLeadingSpaces()
          if line.hasPrefix("  "), !line.hasPrefix("    "), let colon = trimmed.firstIndex(of: ":"),
            let number = Int(trimmed[..<colon])
          {
            currentBootstrap = number
            result.bootstrapArguments[number] = []
          } else if line.hasPrefix("      #"), currentBootstrap >= 0 {
            // `      #74 i=\u0001 c=\u0001`: the argument's text after the index.
            let afterIndex = trimmed.drop(while: { $0 != " " }).dropFirst()
            result.bootstrapArguments[currentBootstrap]?.append(String(afterIndex))
          } else if !line.hasPrefix(" ") && !line.hasPrefix("BootstrapMethods:") {
            inBootstrap = false
          }
        }
        continue
      }
      if line == "}" {
        flushMember()
        inMembers = false
        continue
      }
      if line.isEmpty {
        flushMember()
      } else {
        block.append(line)
      }
    }
    return result
  }

  private mutating func addMember(_ block: [String]) {
    let header = block[0].trimmingLeadingSpaces()
    var descriptor = ""
    var flags: UInt16 = 0
    for line in block {
      let trimmed = line.trimmingLeadingSpaces()
      if trimmed.hasPrefix("descriptor: ") { descriptor = String(trimmed.dropFirst("descriptor: ".count)) }
      if trimmed.hasPrefix("flags: ") && line.hasPrefix("    flags:") { flags = Self.hexFlags(line) }
    }
    guard header.contains("(") || header == "static {};" else {
      // A field: `public Node other;`.
      let name = header.dropLast().split(separator: " ").last.map(String.init) ?? ""
      fields.append(Field(name: name, descriptor: descriptor, flags: flags))
      return
    }
    var method = Method(name: methodName(header), descriptor: descriptor, flags: flags)
    var section = ""
    for line in block.dropFirst() {
      let trimmed = line.trimmingLeadingSpaces()
      if trimmed.hasPrefix("stack=") {
        for part in trimmed.split(separator: ",") {
          let pair = part.trimmingLeadingSpaces().split(separator: "=")
          if pair.first == "stack" { method.stack = Int(pair[1]) ?? -1 }
          if pair.first == "locals" { method.locals = Int(pair[1]) ?? -1 }
        }
        section = "code"
        continue
      }
      if trimmed.hasSuffix(":") || trimmed.hasPrefix("StackMapTable:") {
        section = trimmed
        continue
      }
      if section == "code", let instruction = Self.instruction(trimmed, owner: name) {
        method.instructions.append(instruction.text)
        if let bootstrap = instruction.bootstrap { method.bootstrapIndex[instruction.offset] = bootstrap }
      } else if section == "LineNumberTable:" && trimmed.hasPrefix("line ") {
        method.lineNumbers.append(trimmed)
      } else if section == "LocalVariableTable:" {
        // `   6       3     2     a   I`, after a header row of column names.
        let columns = trimmed.split(separator: " ")
        if columns.count == 5 && Int(columns[0]) != nil { method.localVariables.append(columns.joined(separator: " ")) }
      }
    }
    methods.append(method)
  }

  private func methodName(_ header: String) -> String {
    if header == "static {};" { return "<clinit>" }
    let beforeParenthesis = header[..<header.firstIndex(of: "(")!]
    let last = beforeParenthesis.split(separator: " ").last.map(String.init) ?? ""
    return last == name ? "<init>" : last
  }

  /// `18: putfield      #16   // Field Node.other:LNode;` to `18: putfield Field Node.other:LNode;`.
  static func instruction(_ line: String, owner: String) -> (text: String, offset: Int, bootstrap: Int?)? {
    guard let colon = line.firstIndex(of: ":"), let offset = Int(line[..<colon]) else { return nil }
    var rest = line[line.index(after: colon)...].trimmingLeadingSpaces()
    var comment: String? = nil
    if let slashes = rest.range(of: "//") {
      comment = String(rest[slashes.upperBound...]).trimmingLeadingSpaces()
      rest = String(rest[..<slashes.lowerBound])
    }
    let words = rest.split(separator: " ", maxSplits: 1)
    let mnemonic = String(words.first ?? "")
    let operands = words.count > 1 ? words[1].trimmingCharacters(in: " ") : ""
    guard var comment else {
      return ("\(offset): " + (operands.isEmpty ? mnemonic : "\(mnemonic) \(operands)"), offset, nil)
    }
    var bootstrap: Int? = nil
    if comment.hasPrefix("InvokeDynamic #"), let colon = comment.firstIndex(of: ":") {
      bootstrap = Int(comment[comment.index(comment.startIndex, offsetBy: "InvokeDynamic #".count)..<colon])
      comment = "InvokeDynamic " + comment[comment.index(after: colon)...]
    }
    // javap leaves out the owner of a member of the class itself.
    for kind in ["Field ", "Method "] where comment.hasPrefix(kind) {
      let symbol = comment.dropFirst(kind.count)
      let namePart = symbol.prefix { $0 != ":" }
      if !namePart.contains(".") { comment = kind + owner + "." + symbol }
    }
    return ("\(offset): \(mnemonic) \(comment)", offset, bootstrap)
  }

  private static func comment(_ line: String) -> String? {
    guard let range = line.range(of: "// ") else { return nil }
    return String(line[range.upperBound...])
  }

  private static func hexFlags(_ line: String) -> UInt16 {
    guard let open = line.range(of: "(0x"), let close = line[open.upperBound...].firstIndex(of: ")") else { return 0 }
    return UInt16(line[open.upperBound..<close], radix: 16) ?? 0
  }
}

extension StringProtocol {
  func trimmingLeadingSpaces() -> String { String(drop(while: { $0 == " " })) }
  func trimmingCharacters(in set: Character) -> String {
    String(drop(while: { $0 == set }).reversed().drop(while: { $0 == set }).reversed())
  }
}
