import Benchmark
import Foundation
import GCEngine
import GCVizKit
import GCVizScreen
import GCVizTimeline

// The live visualizer's three budgets. Each benchmark runs in a process of
// its own (the tool spawns one per benchmark), so the recordings made in
// setup never count towards another benchmark's memory.
let benchmarks: @Sendable () -> Void = {
  frameBuild()
  smallFrameBuild()
  stepFrameBuild()
  seek()
  playF1()
}

/// The screen size the budgets are stated for.
let screenSize = (width: 120, height: 40)

/// One screen (state to grid) for a heap of 10,000 live objects. Bar: 5 ms.
func frameBuild() {
  Benchmark(
    "Frame build, 10,000 live objects, 120x40",
    configuration: .init(
      metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident], timeUnits: .microseconds,
      warmupIterations: 3, maxDuration: .seconds(10), maxIterations: 500)
  ) { (benchmark: Benchmark, input: FrameInput) in
    for _ in benchmark.scaledIterations {
      blackHole(Screen.render(state: input.state, context: input.context, size: screenSize, options: ScreenOptions()))
    }
  } setup: {
    let recording = try BenchScenarios.record(BenchScenarios.heap10k, maxSteps: 1_000_000)
    // The last line about to run: the interpreter's exit, which frees
    // everything, has not happened yet.
    let state = Screenshot.state(recording, step: recording.timeline.lineCount - 1)
    guard state.objects.count >= 10_000 else {
      throw BenchError("expected 10,000 live objects, the state has \(state.objects.count)")
    }
    return FrameInput(state: state, context: Screenshot.context(for: recording))
  }
}

struct FrameInput: Sendable {
  var state: RunState
  var context: ScreenContext
}

/// One screen (state to grid, the object graph laid out and routed) for a
/// heap of 100 live objects. Bar: 1 ms.
func smallFrameBuild() {
  Benchmark(
    "Frame build, 100 live objects, 120x40",
    configuration: .init(
      metrics: [.wallClock, .mallocCountTotal], timeUnits: .microseconds, warmupIterations: 3,
      maxDuration: .seconds(10), maxIterations: 2_000)
  ) { (benchmark: Benchmark, input: FrameInput) in
    for _ in benchmark.scaledIterations {
      blackHole(Screen.render(state: input.state, context: input.context, size: screenSize, options: ScreenOptions()))
    }
  } setup: {
    let recording = try BenchScenarios.record(BenchScenarios.heap100, maxSteps: 1_000_000)
    let state = Screenshot.state(recording, step: recording.timeline.lineCount - 1)
    guard (100...110).contains(state.objects.values.filter { !$0.isHidden }.count) else {
      throw BenchError("expected about 100 live objects, the state has \(state.objects.count)")
    }
    return FrameInput(state: state, context: Screenshot.context(for: recording))
  }
}

/// Stepping: the screens of consecutive line steps of a loop that adds an
/// object each time round (a list of nodes growing from 60 to 80), one
/// after the other, as `n` shows them. What a step leaves as it was is
/// laid out again from the cache. Bar: that of the 100 objects, 1 ms.
func stepFrameBuild() {
  Benchmark(
    "Frame build per line step, one object more each step, 120x40",
    configuration: .init(
      metrics: [.wallClock, .mallocCountTotal], timeUnits: .microseconds, warmupIterations: 1,
      maxDuration: .seconds(10), maxIterations: 2_000)
  ) { (benchmark: Benchmark, input: StepsInput) in
    for _ in benchmark.scaledIterations {
      let state = input.states[input.next % input.states.count]
      input.next += 1
      blackHole(Screen.render(state: state, context: input.context, size: screenSize, options: ScreenOptions()))
    }
  } setup: {
    let recording = try BenchScenarios.record(BenchScenarios.heap100, maxSteps: 1_000_000)
    let t = recording.timeline
    // The steps of the loop while the list holds 60 to 80 nodes.
    let steps = (0..<t.lineCount).filter { step in
      let count = t.state(at: t.position(ofStep: step)).objects.values.filter { $0.typeName == "Node" }.count
      return (60...80).contains(count)
    }
    return StepsInput(
      states: steps.map { t.state(at: t.position(ofStep: $0)) }, context: Screenshot.context(for: recording))
  }
}

/// The states of consecutive steps, shown one per iteration, in order.
final class StepsInput {
  let states: [RunState]
  let context: ScreenContext
  var next = 0

  init(states: [RunState], context: ScreenContext) {
    self.states = states
    self.context = context
  }
}

/// The state at a random step of a 1,000,000-step run. Bar: 50 ms.
func seek() {
  let steps = 1_000_000
  Benchmark(
    "Seek to a random step of a 1,000,000-step run",
    configuration: .init(
      metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident], timeUnits: .microseconds,
      warmupIterations: 3, maxDuration: .seconds(10), maxIterations: 2_000)
  ) { (benchmark: Benchmark, input: SeekInput) in
    let timeline = input.timeline
    for _ in benchmark.scaledIterations {
      let step = input.random.next(in: 0...timeline.lineCount)
      blackHole(timeline.state(at: timeline.position(ofStep: step)))
    }
  } setup: {
    // The whole run kept (no entry limit), so that every step can be sought.
    let recording = try BenchScenarios.record(
      BenchScenarios.churn, maxSteps: steps, timeline: Timeline(entryLimit: .max))
    guard recording.timeline.lineCount >= steps, recording.timeline.firstPosition == 0 else {
      throw BenchError("expected \(steps) recorded steps, got \(recording.timeline.lineCount)")
    }
    return SeekInput(timeline: recording.timeline)
  }
}

/// The recorded run and where the next seek goes (the same sequence in
/// every run).
final class SeekInput {
  let timeline: Timeline
  var random = SplitMix64(seed: 0x6763_7669_7A)

  init(timeline: Timeline) { self.timeline = timeline }
}

/// Playing f1's endless loop to the end of a 10,000,000-step recording,
/// as the live screen does. One iteration; bar: 200 MB peak resident.
/// `GCVIZ_BENCH_F1_STEPS` sets another step count.
func playF1() {
  let steps = ProcessInfo.processInfo.environment["GCVIZ_BENCH_F1_STEPS"].flatMap { Int($0) } ?? 10_000_000
  Benchmark(
    "Play f1 (while True) for \(steps) steps",
    configuration: .init(
      metrics: [.wallClock, .peakMemoryResident, peakRSS], timeUnits: .seconds, warmupIterations: 0,
      maxDuration: .seconds(3_600), maxIterations: 1)
  ) { (benchmark: Benchmark, scenario: Scenario) in
    let profile = try! Runner.profile(for: scenario, override: nil)
    PeakRSS.reset()
    let live = LiveRecording(scenario, profile: profile)
    live.start(limits: RunLimits(steps: steps))
    // The viewer at the end, polling once per frame at the fastest frame
    // rate the live screen uses (1 ms): the recording may run up to its
    // lookahead ahead of it.
    while !live.isComplete {
      live.viewerMoved(to: live.read { $0.endPosition })
      usleep(1_000)
    }
    if let error = live.compileError { fatalError(error.message) }
    let recorded = live.read { $0.lineCount }
    precondition(recorded >= steps, "the recording stopped after \(recorded) of \(steps) steps")
    benchmark.measurement(peakRSS, PeakRSS.bytes())
  } setup: {
    try BenchScenarios.f1Forever()
  }
}

/// The kernel's high-water mark of resident memory (VmHWM), reset first:
/// a true peak, where `.peakMemoryResident` samples every 10 ms.
let peakRSS = BenchmarkMetric.custom("VmHWM (peak resident bytes)", polarity: .prefersSmaller, useScalingFactor: false)

enum PeakRSS {
  /// Starts a new high-water mark at the current resident size.
  static func reset() {
    try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
  }

  /// VmHWM in bytes (0 where /proc is missing).
  static func bytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return 0 }
    let kilobytes = line.split(whereSeparator: \.isWhitespace).dropFirst().first.flatMap { Int($0) } ?? 0
    return kilobytes * 1024
  }
}
