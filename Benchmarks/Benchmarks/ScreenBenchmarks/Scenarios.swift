import GCEngine
import GCVizKit
import GCVizTimeline

/// The scenarios the benchmarks record, and how they are recorded.
enum BenchScenarios {
  /// 10,000 instances kept in a list; every hundredth one becomes the
  /// `other` of the next hundred, so the graph has edges besides the list's.
  static let heap10k = Scenario(
    name: "heap10k", path: "heap10k.py",
    source: """
      #: title: 10,000 live objects (benchmark)
      #: profile: cpython3.11
      import gc

      class Node:
          def __init__(self, other):
              self.other = other

      def build():
          nodes = []
          anchor = None
          for i in range(10000):
              node = Node(anchor)
              nodes.append(node)
              if i % 100 == 0:
                  anchor = node
          return nodes

      if __name__ == '__main__':
          nodes = build()
          gc.collect()

      """)

  /// 100 instances in a list, every tenth the `other` of the next ten: a
  /// heap the graph draws box by box (the list's items fold into a run).
  static let heap100 = Scenario(
    name: "heap100", path: "heap100.py",
    source: """
      #: title: 100 live objects (benchmark)
      #: profile: cpython3.11
      class Node:
          def __init__(self, other):
              self.other = other

      nodes = []
      anchor = None
      i = 0
      while i < 100:
          node = Node(anchor)
          nodes.append(node)
          if i % 10 == 0:
              anchor = node
          i += 1
      done = True

      """)

  /// Runs forever: a two-object cycle per round (garbage only the
  /// collector frees), and a window of 200 long-lived objects that reach
  /// the older generations. Recorded with a step limit.
  static let churn = Scenario(
    name: "churn", path: "churn.py",
    source: """
      #: title: cycles and survivors, forever (benchmark)
      #: profile: cpython3.11
      class Node:
          def __init__(self, other):
              self.other = other

      def churn():
          keep = []
          i = 0
          while True:
              a = Node(None)
              b = Node(a)
              a.other = b
              del a
              del b
              if i % 50 == 0:
                  keep.append(Node(None))
                  if len(keep) > 200:
                      del keep[0]
              i += 1

      if __name__ == '__main__':
          churn()

      """)

  /// The built-in f1 (Python 3) without its `if i == 5: break`: the
  /// seed's loop that never ends.
  static func f1Forever() throws -> Scenario {
    let f1 = try ScenarioLibrary.load("f1-py3")
    var lines = f1.source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let stop = lines.firstIndex(where: { $0.contains("if i == 5:") }),
      lines[stop + 1].trimmingCharacters(in: .whitespaces).hasPrefix("break")
    else { throw BenchError("f1-py3.py no longer ends its loop with `if i == 5: break`") }
    lines.removeSubrange(stop...(stop + 1))
    return Scenario(name: "f1-forever", path: f1.path, source: lines.joined(separator: "\n"))
  }

  /// Records `scenario` under its own profile, up to `maxSteps` line steps.
  static func record(_ scenario: Scenario, maxSteps: Int, timeline: Timeline = Timeline()) throws -> Recording {
    let profile = try Runner.profile(for: scenario, override: nil)
    switch Recording.record(scenario, profile: profile, limits: RunLimits(steps: maxSteps), timeline: timeline) {
    case .success(let recording): return recording
    case .failure(let error): throw BenchError(error.message)
    }
  }
}

struct BenchError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// A small deterministic generator (SplitMix64), so that every run seeks
/// to the same sequence of steps.
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A value in `range` (the slight modulo bias does not matter here).
  mutating func next(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }
}
