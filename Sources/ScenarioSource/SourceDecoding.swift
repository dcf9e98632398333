/// A scenario file's bytes as text. A file that is not UTF-8 is refused at
/// its first bad byte: decoding it with replacement characters would run
/// something other than what the file says (CPython 3 refuses such a file
/// too; 2.7 would keep raw bytes in a str, which the simulator does not
/// model).
public enum SourceDecoding {
  /// Where a file stops being UTF-8.
  public struct InvalidUTF8: Error, Sendable {
    public var diagnostic: Diagnostic
    /// The first byte of the sequence that is not UTF-8.
    public var byte: UInt8
    /// The text with each bad sequence replaced by U+FFFD: the line a
    /// report shows, with the caret under the replacement.
    public var replaced: String
  }

  public static func decode(_ bytes: [UInt8]) -> Result<String, InvalidUTF8> {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    var line = 1
    var column = 1
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        offset += encoded.count
        if encoded.count == 1 && encoded.first == UInt8(ascii: "\n") {
          line += 1
          column = 1
        } else {
          column += 1
        }
      case .emptyInput:
        return .success(String(decoding: bytes, as: UTF8.self))
      case .error:
        // The byte that starts the bad sequence, as CPython names it
        // ("can't decode byte 0xc3 in position 12").
        let byte = bytes[offset]
        let hex = String(byte, radix: 16)
        let message =
          "invalid UTF-8 (byte 0x\(hex.count < 2 ? "0" : "")\(hex)): a scenario file must be UTF-8 text (byte strings are not supported by the simulator)"
        return .failure(
          InvalidUTF8(
            diagnostic: Diagnostic(message, at: SourceLocation(line: line, column: column)), byte: byte,
            replaced: String(decoding: bytes, as: UTF8.self)))
      }
    }
  }
}
