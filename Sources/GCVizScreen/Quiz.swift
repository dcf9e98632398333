import GCEngine

/// `play --quiz`: before a line that changes an object's count, the
/// screen asks for the count once the line has run, and before a
/// collection which objects it will free; the answer is typed, revealed,
/// and scored.
public struct Quiz: Equatable, Sendable {
  /// What a question asks.
  public enum Ask: Equatable, Sendable {
    /// The count of `object` (highlighted in the graph) now, and once the
    /// line ran (0: freed).
    case count(object: ObjectID, name: String, now: Int, answer: Int)
    /// The numbers (`#12`) of the objects on screen the collection about
    /// to start will free, ascending (no generation: the toy JVM's).
    case freed(generation: Int?, serials: [Int])
  }

  public struct Question: Equatable, Sendable {
    public var ask: Ask
    /// The line about to run.
    public var line: Int
    /// Where the move that asked goes once answered.
    public var then: Int
    public var typed = ""
    /// Set once Enter gave the answer: whether it was right.
    public var verdict: Bool?

    public init(_ ask: Ask, line: Int, then: Int) {
      self.ask = ask
      self.line = line
      self.then = then
    }

    /// The object highlighted while the question is asked.
    public var object: ObjectID? {
      if case .count(let object, _, _, _) = ask { return object }
      return nil
    }

    /// Whether `character` can be part of the answer: digits, and for a
    /// collection `#`, spaces and commas between numbers.
    public func accepts(_ character: Character) -> Bool {
      guard verdict == nil, typed.count < 64 else { return false }
      if character.isASCII && character.isNumber { return true }
      if case .freed = ask { return character == " " || character == "," || character == "#" }
      return false
    }

    /// Whether `typed` answers it: the count, or the numbers in any order
    /// (nothing typed: nothing freed). nil: not an answer.
    public var isRight: Bool? {
      switch ask {
      case .count(_, _, _, let answer):
        return Int(typed).map { $0 == answer }
      case .freed(_, let serials):
        let numbers = typed.split { $0 == " " || $0 == "," || $0 == "#" }.map { Int($0) }
        guard !numbers.contains(nil) else { return nil }
        return Set(numbers.compactMap { $0 }) == Set(serials)
      }
    }
  }

  public var question: Question?
  public var asked = 0
  public var right = 0

  public init() {}

  /// What the key bar says.
  public var prompt: String? {
    guard let q = question else { return nil }
    let score = "score \(right)/\(asked)"
    switch (q.ask, q.verdict) {
    case (.count(_, let name, let now, _), nil):
      return "quiz · line \(q.line): rc of \(name) (now \(now)) once it ran? \(q.typed)"
    case (.count(_, let name, _, let answer), let right?):
      let after = answer == 0 ? "rc=0: freed" : "rc=\(answer)"
      let said = right ? "" : " (you said \(q.typed))"
      return "quiz · \(right ? "right" : "no"): \(name) has \(after)\(said) · \(score) · Enter goes on"
    case (.freed(let generation, _), nil):
      let collection = generation.map { "a collection of gen \($0)" } ?? "a cycle collection"
      return "quiz · line \(q.line) starts \(collection): which #numbers will it free? \(q.typed)"
    case (.freed(_, let serials), let right?):
      let freed = serials.isEmpty ? "nothing" : serials.map { "#\($0)" }.joined(separator: " ")
      let said = right ? "" : " (you said \(q.typed.isEmpty ? "nothing" : q.typed))"
      return "quiz · \(right ? "right" : "no"): it frees \(freed)\(said) · \(score) · Enter goes on"
    }
  }
}
