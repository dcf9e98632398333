import Foundation
import GCEngine
import GCVizScreen
import GCVizTimeline

/// What the live visualizer does with a key, and what it shows: the whole
/// of `gcviz play` except the terminal. Keys go in, grids come out, so the
/// front end is tested without a terminal, and the grid at a step is the
/// one `gcviz render` prints for that step.
public final class PlaySession {
  /// What the caller does after a key.
  public enum Outcome: Equatable {
    case keepGoing
    case quit
  }

  public private(set) var recording: LiveRecording
  /// Names, source lines and captions: made once per recording, not per frame.
  var context: ScreenContext
  /// The viewer's position in the timeline (entries applied).
  public internal(set) var position = 0
  public internal(set) var options: ScreenOptions
  /// Steps per second while playing.
  public var speed: Double { options.speed }
  var pending: PendingSeek?
  /// The recording's line count when the pending search began: a search
  /// gives up after `seekStepLimit` more lines (a `while True` may never
  /// run the line asked for).
  var pendingSince = 0
  /// Lines a search (`n`, `o`, `:`, `c`) runs ahead before it gives up.
  public var seekStepLimit = 200_000
  /// The last search (`/`): `/` Enter with nothing typed goes on with it.
  var lastSearch: String?
  private let limits: RunLimits
  private let workingDirectory: String
  /// When the last automatic step was taken while playing.
  var lastAdvance: Double = 0
  var noticeUntil: Double = 0
  /// A clock in seconds (tests drive their own).
  let clock: () -> Double
  /// The history the live recording keeps in memory (the rest is
  /// recorded again when gone back to).
  let entryLimit: Int
  /// The state last drawn: what the screen keeps showing once a step got
  /// stuck (the timeline can no longer be read).
  private var lastDrawn: (state: GCVizTimeline.RunState, total: Int?)?

  public static let speeds: [Double] = [0.5, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 4096, 16384]

  public init(
    _ scenario: Scenario, profile: Profile, options: ScreenOptions = ScreenOptions(),
    limits: RunLimits = LiveRecording.standardLimits,
    workingDirectory: String = FileManager.default.currentDirectoryPath,
    entryLimit: Int = LiveRecording.defaultEntryLimit, stdoutMode: StdoutMode = .tty,
    clock: @escaping () -> Double = { Date().timeIntervalSinceReferenceDate }
  ) {
    self.options = options
    self.limits = limits
    self.workingDirectory = workingDirectory
    self.entryLimit = entryLimit
    self.clock = clock
    recording = LiveRecording(scenario, profile: profile, entryLimit: entryLimit, stdoutMode: stdoutMode)
    context = Screenshot.context(scenario, profile: profile, totalLineSteps: nil, stdoutMode: stdoutMode)
    recording.start(limits: limits, workingDirectory: workingDirectory)
    pending = .step(0)
    lastAdvance = clock()
  }

  deinit { recording.cancel() }

  /// A step ran past the time limit: the screen stays on the last state
  /// drawn, says so, and only `q` is left.
  var stuck: LimitReached? { recording.stuckLimit }

  /// Waits (at most `seconds`) until step 0 can be shown or the run ended:
  /// the first frame then shows the first line about to run.
  public func waitForStart(seconds: Double = 2) {
    let deadline = clock() + seconds
    while pending != nil, stuck == nil, clock() < deadline {
      resolvePending()
      if pending != nil { usleep(2000) }
    }
  }

  // MARK: Drawing

  /// The screen now, at `size`.
  public func frame(width: Int, height: Int) -> Grid {
    lastWidth = width
    lastHeight = height
    if let stuck {
      var state = lastDrawn?.state ?? GCVizTimeline.RunState()
      state.ending = .stopped(message: Recording.screenMessage(stuck.message))
      var context = self.context
      context.totalLineSteps = lastDrawn?.total
      var options = self.options
      options.playing = false
      return Screen.render(state: state, context: context, size: (width, height), options: options)
    }
    resolvePending()
    if options.notice != nil, clock() >= noticeUntil { options.notice = nil }
    let (state, total) = recording.read { t in (t.state(at: position), t.isFinished ? t.lineCount : nil) }
    lastDrawn = (state, total)
    var context = self.context
    context.totalLineSteps = total
    return Screen.render(state: state, context: context, size: (width, height), options: options)
  }

  /// How long the caller may wait for a key before the next frame is due.
  public var idleMilliseconds: Int {
    if stuck != nil { return 1000 }
    if pending != nil { return 20 }
    if options.playing { return max(1, min(100, Int(1000 / speed))) }
    return recording.isComplete ? 1000 : 100
  }

  // MARK: Time

  /// Advances while playing: as many steps as the speed says since the last.
  public func tick() {
    if stuck != nil { return }
    resolvePending()
    guard options.playing, pending == nil else {
      lastAdvance = clock()
      return
    }
    let now = clock()
    // A quiz plays a line at a time: each may ask its question.
    let due = options.quiz != nil ? min(1, Int((now - lastAdvance) * speed)) : Int((now - lastAdvance) * speed)
    guard due > 0 else { return }
    lastAdvance += Double(due) / speed
    let stopAtCollections = options.stopAtCollections
    let (target, atEnd, collection) = recording.read { t -> (Int, Bool, Int?) in
      let step = t.state(at: position).step
      let target = t.position(ofStep: step + due)
      // `t`: a collection on the way stops the play at its start.
      let collection = stopAtCollections ? t.nextCollection(after: position).flatMap { $0 <= target ? $0 : nil } : nil
      return (target, target >= t.endPosition && t.isFinished, collection)
    }
    if let collection {
      moveTo(collection)
      options.playing = false
      options.grain = "collection"
      notify("stopped at a collection; space plays on")
      return
    }
    advance(to: target)
    if atEnd || options.quiz?.question != nil { options.playing = false }
  }

  // MARK: Keys

  public func handle(_ key: Key) -> Outcome {
    if stuck != nil { return key == .character("q") ? .quit : .keepGoing }
    if let command = KeyBinding.command(for: key, in: keyMode, jvm: context.isJVM) {
      return perform(command)
    }
    // In a prompt or a quiz question, what no binding takes is typed.
    if case .character(let c) = key, let prompt = options.prompt, prompt.accepts(c) {
      options.prompt?.text.append(c)
    }
    if case .character(let c) = key, let question = options.quiz?.question, question.accepts(c) {
      options.quiz?.question?.typed.append(c)
    }
    return .keepGoing
  }

  /// Where keys are read now: a prompt or the help take every key; the
  /// inspector and the focused graph take some.
  public var keyMode: KeyMode {
    if options.quiz?.question != nil { return .quiz }
    if options.prompt != nil { return .prompt }
    if options.helpVisible { return .help }
    if options.inspecting != nil { return .inspector }
    if options.focusedPanel == .objects { return .objects }
    if options.focusedPanel == .source || options.focusedPanel == .output { return .textPanel }
    return .main
  }

  /// What a command does: the one place keys turn into actions.
  func perform(_ command: PlayCommand) -> Outcome {
    switch command {
    case .quit: return .quit
    case .playPause:
      options.playing.toggle()
      lastAdvance = clock()
    case .stepOver: stepOver()
    case .stepBack: stepBack()
    case .stepOut: stepOut()
    case .nextLine: stepLine(by: 1)
    case .previousLine: stepLine(by: -1)
    case .nextEvent:
      options.grain = "event"
      moveTo(recording.read { $0.nextEvent(after: position) })
    case .previousEvent:
      options.grain = "event"
      moveTo(recording.read { $0.previousEvent(before: position) })
    case .nextCollection:
      options.grain = "collection"
      seekNextCollection()
    case .previousCollection:
      options.grain = "collection"
      if let target = recording.read({ $0.previousCollection(before: position) }) {
        moveTo(target)
      } else {
        notify("no earlier collection")
      }
    case .stopAtCollections:
      options.stopAtCollections.toggle()
      notify(options.stopAtCollections ? "playing stops at each collection" : "playing runs through collections")
    case .first:
      options.grain = nil
      moveTo(recording.read { $0.position(ofStep: $0.firstKeptStep) })
    case .last:
      options.grain = nil
      moveTo(recording.read { $0.endPosition })
    case .goToStep: options.prompt = KeyPrompt(.step)
    case .goToLine: options.prompt = KeyPrompt(.line)
    case .search: options.prompt = KeyPrompt(.search)
    case .faster: changeSpeedOrHops(by: 1)
    case .slower: changeSpeedOrHops(by: -1)
    case .focusGraph: toggleFocus()
    case .focusNextPanel: focus(by: 1)
    case .focusPreviousPanel: focus(by: -1)
    case .unfocusPanel: options.focusedPanel = nil
    case .scrollUp: scroll(by: -1)
    case .scrollDown: scroll(by: 1)
    case .pageUp: scroll(by: -10)
    case .pageDown: scroll(by: 10)
    case .panLeft: pan(by: -Self.panStep)
    case .panRight: pan(by: Self.panStep)
    case .inspect: inspect()
    case .previousObject: selectNeighbour(-1)
    case .nextObject: selectNeighbour(1)
    case .closeInspector: options.inspecting = nil
    case .showHidden: options.showHidden.toggle()
    case .showStack: options.showStack.toggle()
    case .switchProfile: switchProfile()
    case .switchSide: break  // bound only in `.compare`, which `CompareSession` reads
    case .help:
      options.helpVisible = true
      options.helpScroll = 0
    case .closeHelp: options.helpVisible = false
    case .promptConfirm: confirmPrompt()
    case .promptCancel: options.prompt = nil
    case .promptErase: _ = options.prompt?.text.popLast()
    case .promptType, .quizType: break  // typing is what no binding takes (see `handle`)
    case .quizAnswer: answerQuiz()
    case .quizSkip: skipQuiz()
    case .quizErase: _ = options.quiz?.question?.typed.popLast()
    }
    return .keepGoing
  }

  // MARK: View

  /// `+`/`-`: the focus's reach while the graph has a focus, else the speed.
  private func changeSpeedOrHops(by delta: Int) {
    if let focus = options.focus {
      options.focus?.hops = max(0, min(9, focus.hops + delta))
    } else {
      changeSpeed(by: delta)
    }
  }

  private func changeSpeed(by delta: Int) {
    let index = Self.speeds.firstIndex { $0 >= speed } ?? Self.speeds.count - 1
    options.speed = Self.speeds[max(0, min(Self.speeds.count - 1, index + delta))]
  }

  private func focus(by delta: Int) {
    // nil (no panel) is part of the cycle, after the last panel.
    let cycle: [Panel?] = Panel.allCases.filter { $0 != .bytecode || context.isJVM } + [nil]
    let index = cycle.firstIndex { $0 == options.focusedPanel } ?? cycle.count - 1
    options.focusedPanel = cycle[(index + delta + cycle.count) % cycle.count]
  }

  /// Scrolls the focused panel, or the help while it is open.
  private func scroll(by delta: Int) {
    if options.helpVisible {
      let limit = Screen.helpScrollLimit(context: context, height: lastHeight)
      options.helpScroll = max(0, min(limit, options.helpScroll + delta))
      return
    }
    guard let panel = options.focusedPanel else {
      notify("Tab focuses a panel; then the arrows scroll it")
      return
    }
    // As in `less`: ↓ shows what is further down, newer output and inner
    // frames too, though those panels count their offset up from the bottom.
    let offsetDelta = panel.scrollsFromBottom ? -delta : delta
    var offset = max(0, options.scrollOffset(panel) + offsetDelta)
    // Past the oldest line a key would only be undone by as many presses.
    let state = recording.read { $0.state(at: position) }
    if let limit = Screen.scrollLimit(
      panel, state: state, context: context, size: (lastWidth, lastHeight), options: options)
    {
      offset = min(offset, limit)
    }
    options.scroll[panel] = offset
  }

  /// Columns `←`/`→` pan the focused panel by.
  public static let panStep = 8

  /// Pans the focused panel sideways (the keys are bound only where one is).
  private func pan(by delta: Int) {
    guard let panel = options.focusedPanel else { return }
    options.pan[panel] = max(0, options.panOffset(panel) + delta)
  }

  /// `f`: the graph narrows to the object last inspected (or the newest)
  /// and its neighbours one hop out; `f` again shows it all.
  private func toggleFocus() {
    guard options.focus == nil else {
      options.focus = nil
      return
    }
    let (order, state) = objectOrder()
    let target =
      lastInspected.flatMap { order.contains($0) ? $0 : nil }
      ?? order.max { (state.objects[$0]?.serial ?? 0) < (state.objects[$1]?.serial ?? 0) }
    guard let target else {
      notify("no live objects to focus on")
      return
    }
    options.focus = GraphFocus(object: target, hops: 1)
    options.scroll[.objects] = 0
    options.pan[.objects] = 0
  }

  func objectOrder() -> (order: [ObjectID], state: RunState) {
    let state = recording.read { $0.state(at: position) }
    return (Screen.objectOrder(state: state, context: context, options: options), state)
  }

  /// Opens the inspector on the object last inspected if it is still
  /// drawn, else on the newest object.
  func inspect() {
    let (order, state) = objectOrder()
    if let last = lastInspected, order.contains(last) {
      options.inspecting = last
    } else if let newest = order.max(by: { (state.objects[$0]?.serial ?? 0) < (state.objects[$1]?.serial ?? 0) }) {
      options.inspecting = newest
    } else {
      notify("no live objects to inspect")
    }
    lastInspected = options.inspecting
  }
  var lastInspected: ObjectID?
  /// The size of the last frame drawn: how far the help and the panels can scroll.
  private var lastWidth = 120
  private var lastHeight = 40

  private func selectNeighbour(_ delta: Int) {
    let order = objectOrder().order
    guard !order.isEmpty else { return }
    let index = options.inspecting.flatMap { order.firstIndex(of: $0) } ?? 0
    options.inspecting = order[(index + delta + order.count) % order.count]
    lastInspected = options.inspecting
  }

  /// `p`: the same scenario under the next profile of its family, at the
  /// same place in the program (the same run of the same line), not the
  /// same step number: a collection or a `__del__` on one profile only
  /// shifts the step numbers.
  private func switchProfile() {
    let profiles = Profile.all.filter { $0.family == recording.profile.family }
    let current = profiles.firstIndex { $0.name == recording.profile.name } ?? 0
    let next = profiles[(current + 1) % profiles.count]
    let scenario = recording.scenario
    if let diagnostic = Runner.check(scenario, profile: next) {
      notify("not under \(next.name): \(diagnostic.message)")
      return
    }
    let (step, chain) = recording.read { ($0.state(at: position).step, $0.programPositions(at: position)) }
    recording.cancel()
    let stdoutMode = recording.stdoutMode
    recording = LiveRecording(scenario, profile: next, entryLimit: entryLimit, stdoutMode: stdoutMode)
    recording.start(limits: limits, workingDirectory: workingDirectory)
    context = Screenshot.context(scenario, profile: next, totalLineSteps: nil, stdoutMode: stdoutMode)
    options.inspecting = nil
    position = 0
    pending = chain.isEmpty ? .step(step) : .program(chain, step: step)
    notify("now \(next.name), at " + (chain.first.map { "line \($0.line), run \($0.run + 1)" } ?? "step \(step)"))
  }

  func notify(_ text: String) {
    options.notice = text
    noticeUntil = clock() + 3
  }
}
