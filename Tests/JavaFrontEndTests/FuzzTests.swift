import Foundation
import JavaFrontEnd
import Testing

/// A small deterministic generator (SplitMix64), so a failing input can be reproduced.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Compiles `source`; a Diagnostic must point inside the text (or just past it).
func expectCompilesOrDiagnoses(_ source: String, _ label: String) {
  do {
    _ = try JavaFrontEnd.compile(source, fileName: "Fuzz.java")
  } catch {
    let lines = source.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).count
    let location = error.location
    #expect(
      location.line >= 1 && location.line <= lines + 1 && location.column >= 1,
      "\(label): \(error.message) at \(location)")
    _ = error.rendered(file: "Fuzz.java", source: source)
  }
}

@Suite("Java front end on broken input: errors, never a crash or a hang")
struct JavaFuzzTests {
  static let sources: [String] = JavaCases.all.compactMap { try? String(contentsOfFile: $0.path, encoding: .utf8) }

  @Test("every prefix of every scenario and corpus file (sampled)")
  func truncations() {
    for source in Self.sources {
      let scalars = Array(source.unicodeScalars)
      let step = max(1, scalars.count / 150)
      for cut in stride(from: 0, to: scalars.count, by: step) {
        expectCompilesOrDiagnoses(String(String.UnicodeScalarView(scalars[..<cut])), "prefix \(cut)")
      }
    }
  }

  @Test("random deletions and insertions in valid programs")
  func mutations() {
    var random = SplitMix64(state: 17)
    let insertions = [
      "{", "}", "(", ")", ";", "\"", "/*", "//", "=", "null", "new", "int", "class", ".", "[", "]", "'", "\\", "\u{0}",
      "é",
    ]
    for source in Self.sources {
      var scalars = Array(source.unicodeScalars)
      for round in 0..<40 {
        var mutated = scalars
        for _ in 0..<Int.random(in: 1...4, using: &random) {
          let position = Int.random(in: 0...mutated.count, using: &random)
          if Bool.random(using: &random), position < mutated.count {
            mutated.remove(at: position)
          } else {
            mutated.insert(contentsOf: insertions.randomElement(using: &random)!.unicodeScalars, at: position)
          }
        }
        expectCompilesOrDiagnoses(String(String.UnicodeScalarView(mutated)), "mutation \(round)")
        if round % 10 == 9 { scalars = mutated }
      }
    }
  }

  @Test("token soup")
  func tokenSoup() {
    var random = SplitMix64(state: 4242)
    let tokens = [
      "public", "class", "T", "static", "void", "main", "(", "String", "[", "]", "args", ")", "{", "}", "int", "x", "=",
      "1", ";", "if", "else", "while", "for", "return", "new", "Node", ".", "other", "null", "true", "false", "+", "-",
      "*", "/", "%", "<", ">", "==", "!=", "&&", "||", "!", "++", "--", "+=", "?", ":", ",", "System", "out", "println",
      "\"s\"", "break", "continue", "this", "boolean", "2147483648", "0x", "->", "@", "try", "switch",
    ]
    for round in 0..<1500 {
      let count = Int.random(in: 0...60, using: &random)
      let text = (0..<count).map { _ in tokens.randomElement(using: &random)! }.joined(separator: " ")
      expectCompilesOrDiagnoses(
        "public class Fuzz { public static void main(String[] args) { " + text + " } }", "soup \(round)")
      expectCompilesOrDiagnoses(text, "bare soup \(round)")
    }
  }

  @Test("deep nesting and long chains are errors, not stack overflows")
  func depth() {
    let deep = 20_000
    let cases = [
      program("    int x = " + String(repeating: "(", count: deep) + "1" + String(repeating: ")", count: deep) + ";"),
      program("    " + String(repeating: "{", count: deep) + String(repeating: "}", count: deep)),
      program("    int x = " + String(repeating: "-", count: deep) + "1;"),
      program("    int x = 1" + String(repeating: " + 1", count: deep) + ";"),
      program("    args" + String(repeating: ".x", count: deep) + " = null;"),
      program("    " + String(repeating: "if (true) ", count: deep) + "return;"),
      program("    int x = " + String(repeating: "true ? 1 : ", count: deep) + "2;"),
    ]
    for source in cases {
      #expect(diagnostic(source) != nil)
    }
  }

  /// The front end runs on a large stack of its own: nesting up to the
  /// parser's limit compiles even when called from a thread with a small
  /// stack (512 KB, a secondary thread's on macOS).
  @Test("nesting just within the limit compiles, called from a small stack")
  func nestingWithinLimit() {
    let depth = 990
    let sources = [
      program(
        "    int x = " + String(repeating: "(", count: depth) + "1" + String(repeating: " + 1)", count: depth) + ";"),
      program("    int a = 1;\n    System.out.println(\"s\"" + String(repeating: " + a", count: depth) + ");"),
      program(
        "    int x = 1;\n    " + String(repeating: "if (x > 0) { ", count: depth / 3 - 10) + "x++;"
          + String(repeating: " }", count: depth / 3 - 10)),
    ]
    for source in sources {
      final class Outcome: @unchecked Sendable { var error: String? = "not run" }
      let outcome = Outcome()
      let done = DispatchSemaphore(value: 0)
      let thread = Thread {
        do throws(Diagnostic) {
          _ = try JavaFrontEnd.compile(source, fileName: "T.java")
          outcome.error = nil
        } catch {
          outcome.error = error.message
        }
        done.signal()
      }
      thread.stackSize = 512 * 1024
      thread.start()
      done.wait()
      #expect(outcome.error == nil)
    }
  }
}
