import GCEngine
import GCVizScreen
import GCVizTimeline

/// `play --quiz`: a line step forward (`→`, `n`, playing) that changes the
/// count of an object on screen first asks for that count; the move
/// happens once the answer is revealed (or the question skipped).
extension PlaySession {
  /// Moves forward to `target`, unless the quiz has a question first.
  func advance(to target: Int) {
    guard options.quiz != nil, options.quiz?.question == nil, target > position else { return moveTo(target) }
    let (before, after) = recording.read { t in (t.state(at: position), t.state(at: target)) }
    guard let question = question(from: before, to: after, then: target) else { return moveTo(target) }
    pending = nil
    options.quiz?.question = question
    options.quiz?.asked += 1
  }

  /// The object the question is about: of the objects drawn now whose
  /// count the move changes, one a variable of the running frame names if
  /// any, else any; the newest of those.
  func question(from before: RunState, to after: RunState, then target: Int) -> Quiz.Question? {
    let drawn = Screen.objectOrder(state: before, context: context, options: options)
    func count(_ id: ObjectID) -> Int {
      guard let now = after.objects[id], now.serial == before.objects[id]?.serial else { return 0 }
      return now.refcount
    }
    let changed = drawn.filter { id in before.objects[id].map { count(id) != $0.refcount } ?? false }
    let named = Set(
      (before.frames.last?.variables ?? []).compactMap { variable -> ObjectID? in
        if case .object(let id) = variable.value { return id }
        return nil
      })
    let preferred = changed.filter(named.contains)
    let serial = { (id: ObjectID) in before.objects[id]?.serial ?? 0 }
    guard let id = (preferred.isEmpty ? changed : preferred).max(by: { serial($0) < serial($1) }),
      let object = before.objects[id]
    else { return nil }
    let name = object.name.isEmpty ? object.typeName : "\(object.typeName) \(object.name)"
    return Quiz.Question(
      object: id, name: "\(name) #\(object.serial)", line: before.line, now: object.refcount, answer: count(id),
      then: target)
  }

  /// Enter: reveals (and scores) the answer typed; once revealed, goes on.
  func answerQuiz() {
    guard let question = options.quiz?.question else { return }
    guard question.verdict != nil else {
      guard let typed = Int(question.typed) else { return notify("type the count, then Enter (Esc skips)") }
      let right = typed == question.answer
      options.quiz?.question?.verdict = right
      if right { options.quiz?.right += 1 }
      return
    }
    options.quiz?.question = nil
    moveTo(question.then)
  }

  /// Esc: no answer, not scored; the move goes on.
  func skipQuiz() {
    guard let question = options.quiz?.question else { return }
    if question.verdict == nil { options.quiz?.asked -= 1 }
    options.quiz?.question = nil
    moveTo(question.then)
  }
}
