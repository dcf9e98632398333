// What pure reference counting never freed: after main returns and the
// classes are unloaded, every object still alive has a count above zero
// that only other dead-to-the-program objects hold (a cycle). One line
// per object, oldest first, then the total, on stderr:
//
//   Node #1 rc=1  other -> Node #2
//   Node #2 rc=1  other -> Node #1
// gcviz: 2 objects leaked

import GCEngine

public struct LeakReport: Sendable, Equatable {
  public struct Leak: Sendable, Equatable {
    /// `Node #1`.
    public var object: String
    public var refcount: Int
    /// `other -> Node #2`, `[0] -> Node #3`.
    public var references: [String]

    public var line: String {
      (["  \(object) rc=\(refcount)"] + references).joined(separator: "  ")
    }
  }

  public var leaks: [Leak]

  /// The report's text, each line ending in a newline.
  public var text: String {
    var text = ""
    for leak in leaks { text += leak.line + "\n" }
    switch leaks.count {
    case 0: text += "gcviz: no objects leaked\n"
    case 1: text += "gcviz: 1 object leaked\n"
    default: text += "gcviz: \(leaks.count) objects leaked\n"
    }
    return text
  }
}

extension JavaMachine {
  /// The objects alive now, as leaks (call after `unwind()` and `unloadClasses()`).
  public func leakReport() -> LeakReport {
    LeakReport(
      leaks: programObjects.map { id in
        LeakReport.Leak(
          object: describe(id), refcount: heap.refcount(id),
          references: references(of: id).map { "\($0.slot) -> \(describe($0.target))" })
      })
  }

  /// The end of a run: what is left of the frames goes (after an
  /// exception or a scenario's step bound), the classes are unloaded,
  /// and whatever is still alive is reported.
  public func finish() -> LeakReport {
    unwind()
    unloadClasses()
    return leakReport()
  }
}
