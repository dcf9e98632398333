import Foundation
import GCEngine
import GCVizKit
import GCVizScreen
import GCVizTimeline
import Testing

/// `play --quiz` through PlaySession: f3-py3 from step 14, where
/// `c1.t=c2` (line 19) takes c2's object from 1 to 2, `c2.t=c1` (line 20)
/// c1's, and `del c1` (line 21) takes c1's back to 1.
@Suite("The quiz")
struct QuizTests {
  typealias P = PlaySessionTests

  static func session() throws -> PlaySession {
    var options = ScreenOptions()
    options.quiz = Quiz()
    let s = try P.session("f3-py3", options: options)
    P.press(s, [.character("g"), .character("1"), .character("4"), .enter])
    #expect(step(s) == 14 && s.options.quiz?.question == nil)
    return s
  }

  static func step(_ s: PlaySession) -> Int { s.recording.read { $0.state(at: s.position).step } }
  static func bar(_ s: PlaySession) -> String {
    String(TextWriter.write(s.frame(width: 120, height: 40)).split(separator: "\n").last ?? "")
  }
  static func variable(_ s: PlaySession, _ name: String) -> ObjectState? {
    let state = s.recording.read { $0.state(at: s.position) }
    guard case .object(let id)? = state.frames.last?.variables.first(where: { $0.name == name })?.value else {
      return nil
    }
    return state.objects[id]
  }

  @Test("a line that changes a count asks first; the answer is revealed and scored; Enter then moves on")
  func askRevealScore() throws {
    let s = try Self.session()
    let c2 = try #require(Self.variable(s, "c2"))
    P.press(s, [.right])
    let question = try #require(s.options.quiz?.question)
    #expect(question.ask == .count(object: c2.id, name: "ClassA #\(c2.serial)", now: 1, answer: 2))
    #expect(question.line == 19)
    #expect(Self.step(s) == 14)
    #expect(s.keyMode == .quiz)
    #expect(Self.bar(s).hasPrefix(" quiz · line 19: rc of ClassA #\(c2.serial) (now 1) once it ran? ▏  Enter answer"))
    // Keys of other modes do nothing now; digits are typed.
    P.press(s, [.character("n"), .character("3")])
    #expect(Self.step(s) == 14 && s.options.quiz?.question?.typed == "3")
    P.press(s, [.enter])
    #expect(s.options.quiz?.question?.verdict == false)
    #expect(Self.bar(s).hasPrefix(" quiz · no: ClassA #\(c2.serial) has rc=2 (you said 3) · score 0/1 · Enter goes on"))
    #expect(Self.step(s) == 14)
    P.press(s, [.enter])
    #expect(Self.step(s) == 15 && s.options.quiz?.question == nil)
    // The next line: c1's object, answered right.
    let c1 = try #require(Self.variable(s, "c1"))
    P.press(s, [.character("n")])
    #expect(s.options.quiz?.question?.object == c1.id)
    P.press(s, [.character("9"), .backspace, .character("2"), .enter])
    #expect(s.options.quiz?.question?.verdict == true)
    #expect(Self.bar(s).hasPrefix(" quiz · right: ClassA #\(c1.serial) has rc=2 · score 1/2"))
    #expect(TextWriter.write(s.frame(width: 120, height: 40)).split(separator: "\n")[0].contains("quiz 1/2"))
    P.press(s, [.enter])
    #expect(Self.step(s) == 16)
    // Esc skips: the move goes on, nothing is scored.
    P.press(s, [.right])
    guard case .count(_, _, 2, 1)? = s.options.quiz?.question?.ask else {
      Issue.record("del c1 asks c1's count, 2 then 1: \(String(describing: s.options.quiz?.question))")
      return
    }
    P.press(s, [.escape])
    #expect(Self.step(s) == 17)
    #expect(s.options.quiz?.asked == 2 && s.options.quiz?.right == 1)
  }

  @Test("Enter with nothing typed says what to do; q quits from a question")
  func emptyAnswer() throws {
    let s = try Self.session()
    P.press(s, [.right, .enter])
    #expect(s.options.quiz?.question?.verdict == nil)
    #expect(s.options.notice == "type the answer, then Enter (Esc skips)")
    #expect(s.handle(.character("q")) == .quit)
  }

  @Test("playing stops at the question, and the box asked about is highlighted")
  func playingAsks() throws {
    final class Clock: @unchecked Sendable { var now = 0.0 }
    let clock = Clock()
    var options = ScreenOptions(speed: 4)
    options.quiz = Quiz()
    let s = PlaySession(
      try ScenarioLibrary.load("f3-py3"), profile: .cpython311, options: options, clock: { clock.now })
    s.waitForStart()
    #expect(s.recording.waitUntilComplete(seconds: 60))
    P.press(s, [.character("g"), .character("1"), .character("4"), .enter, .character(" ")])
    clock.now += 10
    s.tick()
    #expect(!s.options.playing)
    let question = try #require(s.options.quiz?.question)
    #expect(Self.step(s) == 14)
    // The box's title is drawn as the inspected one's: reversed.
    let grid = s.frame(width: 120, height: 40)
    let object = try #require(question.object)
    let title = "ClassA #\(s.recording.read { $0.state(at: s.position).objects[object]!.serial })"
    let text = TextWriter.write(grid).split(separator: "\n", omittingEmptySubsequences: false)
    let row = try #require(text.firstIndex { $0.contains("┌ " + title) })
    let column = text[row].distance(from: text[row].startIndex, to: text[row].range(of: title)!.lowerBound)
    var cellX = 0
    var seen = 0
    for x in 0..<grid.width where !grid[x, row].isContinuation {
      if seen == column {
        cellX = x
        break
      }
      seen += 1
    }
    #expect(grid[cellX, row].style.reverse)
  }

  @Test("before a collection: which objects on screen it frees, as #numbers in any order")
  func collectionFrees() throws {
    var options = ScreenOptions()
    options.quiz = Quiz()
    let s = try P.session("f2-py3", options: options)
    let t = s.recording
    // The first automatic collection (the first of all is the scenario's own gc.collect()).
    let (start, step) = try #require(
      t.read { t in
        sequence(first: t.position(ofStep: 0)) { t.nextCollection(after: $0) }.dropFirst()
          .first { t.state(at: $0).collection?.automatic == true }.map { ($0, t.state(at: $0).step) }
      })
    P.press(s, [.character("g")] + String(step).map { Key.character($0) } + [.enter, .right])
    let question = try #require(s.options.quiz?.question)
    guard case .freed(let generation, let serials) = question.ask else {
      Issue.record("a count asked before a collection: \(question)")
      return
    }
    // The cycles the collection frees: ClassA instances on screen now, gone once it ended.
    let (now, ended) = t.read { t in (t.state(at: s.position), t.state(at: t.collectionEnd(from: start)!)) }
    let gone = now.objects.values.filter { !$0.isHidden && ended.objects[$0.id]?.serial != $0.serial }
    #expect(generation == 0 && !serials.isEmpty)
    #expect(serials == gone.map(\.serial).sorted())
    #expect(gone.allSatisfy { $0.typeName == "ClassA" })
    #expect(Self.bar(s).contains("starts a collection of gen 0: which #numbers will it free?"))
    // Typed in another order, with #, commas and spaces: right.
    let typed = serials.reversed().map { "#\($0)" }.joined(separator: ", ")
    P.press(s, typed.map { Key.character($0) } + [.enter])
    #expect(s.options.quiz?.question?.verdict == true)
    #expect(Self.bar(s).contains("right: it frees " + serials.map { "#\($0)" }.joined(separator: " ")))
    P.press(s, [.enter])
    #expect(Self.step(s) == step + 1)
  }

  @Test("a collection that frees nothing on screen (DEBUG_SAVEALL keeps f3's cycle): Enter alone is right")
  func collectionFreesNothing() throws {
    let s = try Self.session()
    P.press(s, [.character("g"), .character("1"), .character("9"), .enter, .right])
    #expect(s.options.quiz?.question?.ask == .freed(generation: 2, serials: []))
    P.press(s, [.enter])
    #expect(Self.bar(s).hasPrefix(" quiz · right: it frees nothing · score 1/1"))
  }
}
