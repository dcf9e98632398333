import Foundation
import GCEngine
import GCVizRecording
import JavaFrontEnd
import JavaRuntime

/// `gcviz run` for a Java scenario: compile, run main on the toy JVM, print
/// what the program prints, then the leak report on stderr.
enum JavaRunner {
  /// Uncaught exceptions exit 1, as `java` does.
  static let exitUncaught: Int32 = 1

  static func run(
    _ scenario: Scenario, profile: Profile, output: OutputWriter, limits: RunLimits, sink: EventSink?,
    prepare: ((any RecordedProgram) -> Void)? = nil
  ) -> Int32 {
    // The messages go into the event stream too (a screen's output
    // panel), but for why a run stopped: that is the recording's ending.
    func report(_ text: String, recorded: Bool = true) {
      if recorded { sink?.record(.output(.stderr, text)) }
      output.write(text, to: .stderr)
    }
    let machine: JavaMachine
    switch makeMachine(scenario, profile: profile, output: output, sink: sink) {
    case .failure(let failure):
      output.write(failure.message, to: .stderr)
      return Runner.exitBadInput
    case .success(let m): machine = m
    }
    // A scenario's `//: steps: N` ends the run there as if main had returned.
    machine.apply(limits)
    let scenarioBound = Runner.scenarioStepBound(scenario, limits)
    machine.maxSteps = scenarioBound ?? limits.steps
    prepare?(machine)
    var code: Int32 = 0
    do {
      try machine.run()
    } catch {
      switch error {
      case .exception where machine.pendingLimit != nil:
        break  // the output was cut at its bound: that is why it ends
      case .exception(let throwable):
        report(throwable.report)
        code = exitUncaught
      case .limit(.steps(let n)) where n == scenarioBound:
        break  // the scenario's own bound: a normal end
      case .limit(let reached):
        report(reached.message + "\n", recorded: false)
        return reached.exitCode
      }
    }
    // Output cut at its bound, then the end before the next step.
    if let reached = machine.pendingLimit {
      report(reached.message + "\n", recorded: false)
      return reached.exitCode
    }
    report(machine.finish().text)
    return code
  }

  /// The compiled scenario on a fresh machine, or the rendered diagnostic.
  static func makeMachine(
    _ scenario: Scenario, profile: Profile, output: OutputWriter, sink: EventSink?
  ) -> Result<JavaMachine, JavaRunnerFailure> {
    let fileName = URL(fileURLWithPath: scenario.path).lastPathComponent
    do {
      let program = try JavaFrontEnd.compile(scenario.source, fileName: fileName)
      return .success(
        try JavaMachine(program: program, profile: profile, output: output, sink: sink, sourceFileName: fileName))
    } catch let diagnostic as Diagnostic {
      return .failure(
        JavaRunnerFailure(
          message: diagnostic.rendered(file: scenario.path, source: scenario.source), diagnostic: diagnostic))
    } catch {
      return .failure(
        JavaRunnerFailure(
          message: "gcviz: error: \(InertText.escaping("\(error)", keep: []))\n",
          diagnostic: Diagnostic("\(error)", at: SourceLocation(line: 1, column: 1))))
    }
  }
}

/// Why a Java scenario could not start: its rendered message.
struct JavaRunnerFailure: Error {
  var message: String
  var diagnostic: Diagnostic
}
