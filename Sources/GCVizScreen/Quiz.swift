import GCEngine

/// `play --quiz`: before a line that changes an object's count, the
/// screen asks for the count once the line has run; the answer is typed,
/// revealed, and scored.
public struct Quiz: Equatable, Sendable {
  /// One question: the object (highlighted in the graph), its count now,
  /// and the count once the line ran (0: freed).
  public struct Question: Equatable, Sendable {
    public var object: ObjectID
    /// `ClassA #12`, as its box is titled.
    public var name: String
    public var line: Int
    public var now: Int
    public var answer: Int
    /// Where the move that asked goes once answered.
    public var then: Int
    public var typed = ""
    /// Set once Enter gave the answer: whether it was right.
    public var verdict: Bool?

    public init(object: ObjectID, name: String, line: Int, now: Int, answer: Int, then: Int) {
      self.object = object
      self.name = name
      self.line = line
      self.now = now
      self.answer = answer
      self.then = then
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
    let after = q.answer == 0 ? "rc=0: freed" : "rc=\(q.answer)"
    switch q.verdict {
    case nil: return "quiz · line \(q.line): rc of \(q.name) (now \(q.now)) once it ran? \(q.typed)"
    case true?: return "quiz · right: \(q.name) has \(after) · \(score) · Enter goes on"
    case false?: return "quiz · no: \(q.name) has \(after) (you said \(q.typed)) · \(score) · Enter goes on"
    }
  }
}
