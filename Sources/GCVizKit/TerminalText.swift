/// What a scenario prints may reach a terminal: control characters (ESC,
/// CSI, BEL, ...) are shown as `\xNN` so the text cannot drive it.
public enum TerminalText {
  public static func escapingControls(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for s in text.unicodeScalars {
      if (s.value < 0x20 && s != "\n" && s != "\t") || s.value == 0x7f || (0x80..<0xa0).contains(s.value) {
        let hex = String(s.value, radix: 16)
        out.append(contentsOf: ("\\x" + (hex.count < 2 ? "0" + hex : hex)).unicodeScalars)
      } else {
        out.append(s)
      }
    }
    return String(out)
  }
}
