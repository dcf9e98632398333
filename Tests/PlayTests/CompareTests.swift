import Foundation
import GCEngine
import GCVizKit
import GCVizScreen
import GCVizTimeline
import Testing

/// `--compare`: two recordings of one scenario moving in lockstep by
/// program position, the keys of the split screen, and the command line.
@Suite("Comparing two profiles")
struct CompareTests {
  static func recordings(_ name: String, _ profiles: [Profile]) throws -> [Recording] {
    try CompareSession.record(try ScenarioLibrary.load(name), profiles: profiles, workingDirectory: "/tmp").get()
  }

  static func session(_ name: String = "f2") throws -> CompareSession {
    CompareSession(try recordings(name, [.cpython27, .cpython311]))
  }

  static func screen(_ s: CompareSession, _ width: Int = 120, _ height: Int = 40) -> String {
    TextWriter.write(s.frame(width: width, height: height))
  }

  @Test("every built-in Python scenario names every Python profile, its default first")
  func builtInsRunUnderEveryPythonProfile() throws {
    let scenarios = ScenarioLibrary.all().filter { $0.language == .python }
    #expect(scenarios.count >= 15)
    let python = Profile.all.filter { $0.family == .cpython }.map(\.name)
    for scenario in scenarios {
      let file = scenario.name
      #expect(Set(scenario.profileNames) == Set(python), "\(file)")
      #expect(scenario.profileName == scenario.profileNames.first, "\(file)")
      for profile in Profile.all where profile.family == .cpython {
        #expect(Runner.check(scenario, profile: profile) == nil, "\(file) under \(profile.name)")
      }
    }
  }

  @Test("lockstep: at every line start of either side the other is at the same run of the same line, or its caller's")
  func lockstepMatchesProgramPositions() throws {
    let r = try Self.recordings("f2", [.cpython27, .cpython311])
    let lockstep = Lockstep(r[0].timeline, r[1].timeline)
    for side in 0..<2 {
      let t = r[side].timeline
      let other = r[1 - side].timeline
      let otherIndex = ProgramIndex(other)
      var previous = 0
      var matched = 0
      for index in 0..<t.lineStartCount {
        let here = t.lineStart(index: index).position
        let there = lockstep.counterpart(of: here, side: side)
        // Never backwards while this side goes forwards.
        #expect(there >= previous, "side \(side), line start \(index)")
        previous = there
        let key = try #require(lockstep.programPosition(at: here, side: side))
        let theirs = try #require(lockstep.programPosition(at: there, side: 1 - side))
        // At a line start of its own: the same line and run, unless the
        // other side never runs it (3.11's __del__ under 2.7).
        #expect(other.lineStart(index: try #require(other.lineStartIndex(atOrBefore: there))).position == there)
        if key == theirs {
          matched += 1
        } else {
          // Only a run the other profile never makes matches through a caller.
          #expect(otherIndex.index(of: key) == nil, "side \(side): \(key)")
          #expect(t.lineStart(index: index).depth > 0)
        }
      }
      // 2.7 runs no line 3.11 does not; 3.11 runs __del__ (2 lines) for all 60 instances.
      #expect(t.lineStartCount - matched == (side == 0 ? 0 : 120), "side \(side): \(matched) of \(t.lineStartCount)")
    }
    // The ends meet.
    #expect(lockstep.counterpart(of: r[0].timeline.endPosition, side: 0) == r[1].timeline.endPosition)
  }

  @Test("a __del__ both run, from different calls, matches through the line that ran it, not the other call's")
  func sameLineInTheSameCall() throws {
    // del-cycle: 3.11 finalizes r1, r2 inside gc.collect() on line 34;
    // 2.7 runs the same __del__ (line 14) only at `del gc.garbage[:]` (37).
    let r = try Self.recordings("del-cycle", [.cpython27, .cpython311])
    let lockstep = Lockstep(r[0].timeline, r[1].timeline)
    let t = r[1].timeline
    let first = try #require((0..<t.lineStartCount).map { t.lineStart(index: $0) }.first { $0.line == 14 })
    #expect(t.programPositions(at: first.position).last?.line == 34)
    let there = lockstep.counterpart(of: first.position, side: 1)
    #expect(r[0].timeline.currentLine(at: there)?.line == 34)
    // And from 2.7's __del__, 3.11 is at line 37's start, where it runs none.
    let old = r[0].timeline
    let del27 = try #require((0..<old.lineStartCount).map { old.lineStart(index: $0) }.first { $0.line == 14 })
    #expect(r[1].timeline.currentLine(at: lockstep.counterpart(of: del27.position, side: 0))?.line == 37)
  }

  @Test("f2 in lockstep: 2.7's gc.garbage only grows while 3.11's live count saws and its gc.garbage stays empty")
  func f2LeaksBesideASaw() throws {
    let s = try Self.session()
    var garbage: [Int] = []
    var live311: [Int] = []
    // Each `after N rounds` line of 2.7; 3.11 beside it at the same run.
    let t = s.recordings[0].timeline
    for index in 0..<t.lineStartCount where t.lineStart(index: index).line == 28 {
      s.moveLead(to: t.lineStart(index: index + 1).position)
      let states = (0..<2).map { s.recordings[$0].timeline.state(at: s.positions[$0]) }
      #expect(states[0].output.last?.text.hasPrefix("after ") == true)
      #expect(states[0].output.last?.text.prefix(16) == states[1].output.last?.text.prefix(16))
      garbage.append(states[0].counters.garbageCount)
      #expect(states[1].counters.garbageCount == 0)
      live311.append(alive(states[1]))
    }
    #expect(garbage.count == 6)
    #expect(garbage == garbage.sorted() && garbage.last! > garbage.first!, "\(garbage)")
    // A saw: 3.11's instances drop back at least once.
    #expect(zip(live311, live311.dropFirst()).contains { $1 < $0 }, "\(live311)")
    let screen = Self.screen(s)
    #expect(screen.contains("cpython2.7 · step"))
    #expect(screen.contains("cpython3.11 · step"))
  }

  /// The ClassA instances a state has.
  func alive(_ state: RunState) -> Int {
    state.objects.values.filter { $0.typeName == "ClassA" && $0.kind == .instance }.count
  }

  @Test("c stops at the next collection of either half; the other half is at that line, not collecting, and says so")
  func collectionOnOneSide() throws {
    let s = try Self.session()
    let indexes = s.recordings.map { ProgramIndex($0.timeline) }
    // Both collect in `gc.collect()` (line 36): both stop in their collections.
    _ = s.handle(.character("c"))
    #expect((0..<2).allSatisfy { s.recordings[$0].timeline.state(at: s.positions[$0]).collection != nil })
    #expect(s.lockstep.programPosition(at: s.positions[0], side: 0) == ProgramPosition(line: 36, run: 0))
    var contrasts = 0
    for _ in 0..<12 {
      _ = s.handle(.character("c"))
      let states = (0..<2).map { s.recordings[$0].timeline.state(at: s.positions[$0]) }
      let collecting = states.map { $0.collection != nil }
      #expect(collecting.contains(true))
      let text = Self.screen(s)
      if collecting == [true, false] {
        #expect(text.contains("collecting gen \(states[0].collection!.generation); cpython3.11 is not"))
        #expect(text.contains("no collection in this line; cpython2.7 collects"))
        contrasts += 1
      } else if collecting == [false, true] {
        #expect(text.contains("no collection in this line; cpython3.11 collects"))
        contrasts += 1
      }
      // Both at the same run of the same line, unless the collecting half
      // is in a line the other never runs (3.11's __del__).
      let here = try #require(s.lockstep.programPosition(at: s.positions[0], side: 0))
      let there = try #require(s.lockstep.programPosition(at: s.positions[1], side: 1))
      if here != there {
        let side = collecting[0] ? 0 : 1
        #expect(indexes[1 - side].index(of: side == 0 ? here : there) == nil, "\(here) vs \(there)")
      }
    }
    #expect(contrasts > 0)
  }

  @Test("every key of the split screen's table does something")
  func compareKeysDoSomething() throws {
    for binding in KeyBinding.table where binding.mode == .compare {
      for key in binding.keys {
        let s = try Self.session()
        // Mid-run, at a normal speed: every move has somewhere to go.
        s.moveLead(to: s.recordings[0].timeline.position(ofStep: 300))
        _ = s.handle(.character("c"))
        let before = (s.positions, s.lead, s.options)
        let outcome = s.handle(key)
        let after = (s.positions, s.lead, s.options)
        #expect(
          outcome == .quit || before.0 != after.0 || before.1 != after.1 || before.2 != after.2,
          "\(KeyBinding.name(key))")
      }
    }
  }

  @Test("t: playing stops at the next collection of either half, both in it; without t it plays to the end")
  func playingStopsAtCollections() throws {
    final class Clock: @unchecked Sendable { var now = 0.0 }
    let clock = Clock()
    let recordings = try Self.recordings("f2", [.cpython27, .cpython311])
    let s = CompareSession(recordings, clock: { clock.now })
    s.moveLead(to: recordings[0].timeline.position(ofStep: 320))
    _ = s.handle(.character("t"))
    _ = s.handle(.character(" "))
    #expect(Self.screen(s).contains("▶ playing ×1 · stops at gc"))
    clock.now += 1000
    s.tick()
    #expect(!s.options.playing)
    #expect(s.options.notice == "stopped at a collection; space plays on")
    let collecting = (0..<2).map { recordings[$0].timeline.state(at: s.positions[$0]).collection != nil }
    #expect(collecting.contains(true))
    #expect(recordings[0].timeline.state(at: s.positions[0]).step < 752)

    let through = CompareSession(recordings, clock: { clock.now })
    _ = through.handle(.character(" "))
    clock.now += 1000
    through.tick()
    #expect(!through.options.playing)
    #expect(through.positions == recordings.map(\.timeline.endPosition))
  }

  @Test("? opens the split screen's help: every compare key and the help's own, scrolled through at 80x24 too")
  func helpListsTheCompareKeys() throws {
    let s = try Self.session()
    _ = s.handle(.character("?"))
    #expect(s.keyMode == .help)
    for (width, height) in [(120, 40), (80, 24)] {
      var seen = Self.screen(s, width, height)
      for _ in 0..<40 {
        _ = s.handle(.down)
        seen += Self.screen(s, width, height)
      }
      for binding in KeyBinding.table where binding.mode == .compare || binding.mode == .help {
        let row = binding.keyNames.padding(toLength: HelpColumn.width, withPad: " ", startingAt: 0)
        #expect(seen.contains(row + binding.help), "\(width)x\(height): \(binding.keyNames) in \(binding.mode)")
      }
      // play's own keys are not the split screen's.
      #expect(!seen.contains("inspect: referents"))
      _ = s.handle(.pageUp)
      _ = s.handle(.pageUp)
      _ = s.handle(.pageUp)
      _ = s.handle(.pageUp)
    }
    // In the help no move is made; Esc closes it.
    let before = s.positions
    _ = s.handle(.right)
    #expect(s.positions == before)
    _ = s.handle(.escape)
    #expect(s.keyMode == .compare)
    #expect(!Self.screen(s).contains("gcviz keys"))
  }

  @Test("Tab makes the other half lead: its steps drive, the first half follows")
  func switchingTheLead() throws {
    let s = try Self.session()
    _ = s.handle(.tab)
    #expect(s.lead == 1)
    for _ in 0..<400 { _ = s.handle(.right) }
    let t = s.recordings[1].timeline
    #expect(t.state(at: s.positions[1]).step == 400)
    #expect(s.positions[0] == s.lockstep.counterpart(of: s.positions[1], side: 1))
    _ = s.handle(.end)
    #expect(s.positions == s.recordings.map(\.timeline.endPosition))
    #expect(Self.screen(s).contains("■ both ended"))
  }
}

/// `--compare` on the command line: what it refuses, and what it prints.
@Suite("--compare on the command line")
struct CompareCommandLineTests {
  @Test("a --compare that is not two different profiles of the scenario's language is one clear message and exit 2")
  func badCompare() throws {
    guard HostileInputTests.available() else { return }
    let profiles = Profile.all.map(\.name).joined(separator: ", ")
    let cases: [([String], String)] = [
      (
        ["--compare", "cpython2.7"],
        "Error: --compare takes two profiles separated by a comma, like cpython2.7,cpython3.11\n"
      ),
      (
        ["--compare", "cpython2.7,"],
        "Error: --compare takes two profiles separated by a comma, like cpython2.7,cpython3.11\n"
      ),
      (
        ["--compare", "a,b,c"],
        "Error: --compare takes two profiles separated by a comma, like cpython2.7,cpython3.11\n"
      ),
      (["--compare", "cpython2.7,cpython9"], "Error: --compare: unknown profile 'cpython9' (profiles: \(profiles))\n"),
      (
        ["--compare", "cpython3.11,cpython3.11"],
        "Error: --compare needs two different profiles, not cpython3.11 twice\n"
      ),
      (
        ["--compare", "cpython2.7,jvm-rc"],
        "gcviz: error: profile 'jvm-rc' does not run Python scenarios like f2.py (its profiles: cpython2.7, cpython3.11, cpython3.12, cpython3.13)\n"
      ),
      (
        ["--compare", "cpython2.7,cpython3.11", "--profile", "cpython2.7"],
        "Error: --compare and --profile exclude each other\n"
      ),
    ]
    for command in ["render", "play"] {
      for (arguments, message) in cases {
        let result = try HostileInputTests.run([command, "f2"] + arguments)
        #expect(result.exitCode == 2, "\(command) \(arguments)")
        #expect(result.stdout.isEmpty, "\(command) \(arguments)")
        #expect(result.stderr.hasPrefix(message), "\(command) \(arguments): \(result.stderr)")
      }
    }
    let java = try HostileInputTests.run(["render", "NodeCycle", "--compare", "jvm-rc,cpython3.11"])
    #expect(java.exitCode == 2)
    #expect(java.stderr.hasPrefix("gcviz: error: profile 'cpython3.11' does not run Java scenarios"), "\(java.stderr)")
    let quiz = try HostileInputTests.run(["play", "f2", "--compare", "cpython2.7,cpython3.11", "--quiz"])
    #expect(quiz.exitCode == 2)
    #expect(quiz.stderr.hasPrefix("Error: --quiz does not combine with --compare\n"))
    let stop = try HostileInputTests.run([
      "render", "f2", "--compare", "cpython2.7,cpython3.11", "--step", "3", "--stop", "1",
    ])
    #expect(stop.exitCode == 2)
    #expect(stop.stderr.hasPrefix("Error: --stop does not combine with --compare"))
    let past = try HostileInputTests.run(["render", "f1", "--compare", "cpython2.7,cpython3.11", "--step", "99999"])
    #expect(past.exitCode == 2)
    #expect(past.stderr.hasPrefix("gcviz: error: step 99999 is past the end (under cpython2.7 the run has "))
  }

  @Test(
    "render --compare prints both halves: the first profile's step, the second at its program position; --end both ends"
  )
  func renderBothHalves() throws {
    guard HostileInputTests.available() else { return }
    let shown = try HostileInputTests.run(
      ["render", "f2", "--compare", "cpython3.11,cpython2.7", "--step", "706", "--size", "120x40"])
    #expect(shown.exitCode == 0, "\(shown.stderr)")
    // 3.11 leads now: its step 706 is 2.7's 650 (line 11, run 48).
    #expect(shown.stdout.contains("gcviz · f2 · cpython3.11 vs cpython2.7 · stdout: tty · line 11, run 48"))
    #expect(shown.stdout.contains("▶ cpython3.11 · step 706/872"))
    #expect(shown.stdout.contains("  cpython2.7 · step 650/752 · gc 4/0/1 · gc.garbage 34"))
    let end = try HostileInputTests.run(["render", "f2", "--compare", "cpython2.7,cpython3.11", "--end"])
    #expect(end.exitCode == 0)
    #expect(end.stdout.contains("■ both ended"))
    // A bound that stops both runs: both say so, with the bound's exit code.
    let folder = try HostileInputTests.Folder()
    let endless = try folder.write("endless.py", "while True:\n    pass\n")
    let stopped = try HostileInputTests.run(
      ["render", endless, "--compare", "cpython2.7,cpython3.11", "--max-steps", "100"])
    #expect(stopped.exitCode == 3, "\(stopped.stderr)")
    #expect(stopped.stderr.contains("cpython2.7: gcviz: stopped after 100 steps"))
    #expect(stopped.stderr.contains("cpython3.11: gcviz: stopped after 100 steps"))
    #expect(end.stdout.contains("at the end: 60 ClassA alive, 60 in gc."))
    #expect(end.stdout.contains("at the end: 0 ClassA alive, 0 in gc."))
  }
}
