import GCEngine
import GCVizScreen
import GCVizTimeline

/// `play --quiz`: a line step forward (`→`, `n`, playing) first asks which
/// objects on screen a collection it starts will free, or else the new
/// count of an object on screen it changes; the move happens once the
/// answer is revealed (or the question skipped).
extension PlaySession {
  /// Moves forward to `target`, unless the quiz has a question first.
  func advance(to target: Int) {
    guard options.quiz != nil, options.quiz?.question == nil, target > position else { return moveTo(target) }
    let ask = recording.read { t in collectionQuestion(t, to: target) ?? countQuestion(t, to: target) }
    guard let ask else { return moveTo(target) }
    pending = nil
    let line = recording.read { $0.state(at: position).line }
    options.quiz?.question = Quiz.Question(ask, line: line, then: target)
    options.quiz?.asked += 1
  }

  /// The objects drawn now.
  private func drawn(_ state: RunState) -> [ObjectID] {
    Screen.objectOrder(state: state, context: context, options: options)
  }

  /// A collection that starts before `target`: of the objects drawn now
  /// and still there when it starts, the ones gone when it ends.
  private func collectionQuestion(_ t: Timeline, to target: Int) -> Quiz.Ask? {
    guard let start = t.nextCollection(after: position), start <= target, let end = t.collectionEnd(from: start)
    else { return nil }
    let (now, started, ended) = (t.state(at: position), t.state(at: start), t.state(at: end))
    let serials = drawn(now).compactMap { id -> Int? in
      guard let serial = now.objects[id]?.serial, started.objects[id]?.serial == serial else { return nil }
      return ended.objects[id]?.serial == serial ? nil : serial
    }
    return .freed(generation: context.isJVM ? nil : started.collection?.generation, serials: serials.sorted())
  }

  /// Of the objects drawn now whose count the move changes, one a
  /// variable of the running frame names if any, else any; the newest.
  private func countQuestion(_ t: Timeline, to target: Int) -> Quiz.Ask? {
    let (before, after) = (t.state(at: position), t.state(at: target))
    func count(_ id: ObjectID) -> Int {
      guard let now = after.objects[id], now.serial == before.objects[id]?.serial else { return 0 }
      return now.refcount
    }
    let changed = drawn(before).filter { id in before.objects[id].map { count(id) != $0.refcount } ?? false }
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
    return .count(object: id, name: "\(name) #\(object.serial)", now: object.refcount, answer: count(id))
  }

  /// Enter: reveals (and scores) the answer typed; once revealed, goes on.
  func answerQuiz() {
    guard let question = options.quiz?.question else { return }
    guard question.verdict != nil else {
      guard let right = question.isRight else {
        return notify("type the answer, then Enter (Esc skips)")
      }
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
