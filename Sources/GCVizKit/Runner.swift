import Foundation
import GCEngine
import GCVizRecording
import PythonFrontEnd
import PythonRuntime

/// Collects or forwards a run's output.
public final class CapturedOutput: OutputWriter {
  public private(set) var stdout = ""
  public private(set) var stderr = ""
  /// What the scenario's stdout is: a pipe for the tests, the screen's
  /// choice for its runs.
  public let stdoutMode: StdoutMode
  public init(stdoutMode: StdoutMode = .pipe) { self.stdoutMode = stdoutMode }
  public func write(_ text: String, to stream: GCEngine.OutputStream) {
    if stream == .stdout { stdout += text } else { stderr += text }
  }
}

/// What a headless run produced.
public struct RunResult: Sendable {
  public var stdout: String
  public var stderr: String
  public var exitCode: Int32
  public init(stdout: String, stderr: String, exitCode: Int32) {
    self.stdout = stdout
    self.stderr = stderr
    self.exitCode = exitCode
  }
}

/// Runs scenarios without a screen: `gcviz run`, the tests, the benchmark.
public enum Runner {
  /// Stack one nested Python call takes. Under AddressSanitizer (the
  /// suite's ASan run, the fuzz targets) every frame carries redzones and
  /// takes several times as much: measured, the debug estimate let a
  /// nested `==` overflow the stack there.
  static let stackBytesPerFrame = Interpreter.stackBytesPerFrame * (underAddressSanitizer ? 4 : 1)

  /// Whether this process was built with AddressSanitizer (its runtime's
  /// entry point is there to be found).
  public static let underAddressSanitizer: Bool = {
    guard let program = dlopen(nil, RTLD_NOW) else { return false }
    return dlsym(program, "__asan_init") != nil
  }()

  public static let exitPythonError: Int32 = 1
  public static let exitBadInput: Int32 = 2
  /// Each of the run's bounds ends with its own code (`LimitReached`).
  public static let exitLimits: ClosedRange<Int32> = 3...8
  /// gcviz itself failed: a trace that could not be written, a crash.
  public static let exitInternalFailure: Int32 = 9

  /// The profile a scenario runs under: `--profile`, else `#: profile:`
  /// (`//: profile:` in Java), else for Java jvm-rc, for Python 2 syntax
  /// cpython2.7, else cpython3.11. A profile of the other language is an error.
  public static func profile(for scenario: Scenario, override: String?) throws -> Profile {
    if let name = override ?? scenario.profileName {
      guard let p = Profile.named(name) else { throw ScenarioError.unknownProfile(name) }
      try checkLanguage(scenario, profile: p)
      return p
    }
    if scenario.language == .java { return .jvmRC }
    return PythonParser.detectDialect(scenario.source) == .python2 ? .cpython27 : .cpython311
  }

  /// A Python file under a JVM profile, or a Java file under a CPython one.
  static func checkLanguage(_ scenario: Scenario, profile: Profile) throws(ScenarioError) {
    guard profile.family == scenario.language.profileFamily else {
      let file = URL(fileURLWithPath: scenario.path).lastPathComponent
      throw ScenarioError.wrongLanguage(profile: profile.name, file: file, scenario.language)
    }
  }

  /// Parses and compiles; a problem comes back as a rendered diagnostic.
  public static func compile(_ scenario: Scenario, profile: Profile) -> Result<Program, Diagnostic> {
    let dialect: PythonDialect = profile.pythonMajorVersion == 2 ? .python2 : .python3
    do {
      let module = try PythonParser.parse(scenario.source, dialect: dialect)
      return .success(try Compiler.compile(module, fileName: scenario.path, source: scenario.source))
    } catch {
      if dialect == .python3, PythonParser.detectDialect(scenario.source) == .python2,
        error.message.contains("print")
      {
        var d = error
        d.message = "Python 2 print statement under profile \(profile.name) (use print(...) or --profile cpython2.7)"
        return .failure(d)
      }
      return .failure(error)
    }
  }

  /// Whether a scenario of either language compiles under `profile`: nil,
  /// or the problem as a diagnostic (what `play` reports before the screen).
  public static func check(_ scenario: Scenario, profile: Profile) -> Diagnostic? {
    if let problem = scenario.directiveProblem { return problem }
    if scenario.language == .java {
      switch JavaRunner.makeMachine(scenario, profile: profile, output: CapturedOutput(), sink: nil) {
      case .success: return nil
      case .failure(let failure): return failure.diagnostic
      }
    }
    if case .failure(let diagnostic) = compile(scenario, profile: profile) { return diagnostic }
    return nil
  }

  /// Runs a scenario to the end, writing to `output`; returns the exit code.
  /// Parsing and running both recurse with the scenario's nesting, so they
  /// run on a thread with a large stack whatever thread calls this.
  /// `onStepTimeout`: called (from another thread) when one step runs past
  /// `limits.stepSeconds`; the stuck step cannot be interrupted, so the
  /// caller ends the process or stops watching. Without it the time per
  /// step is not bounded (tests, embedding).
  public static func run(
    _ scenario: Scenario, profile: Profile, output: OutputWriter, limits: RunLimits = .standard,
    sink: EventSink? = nil, workingDirectory: String = FileManager.default.currentDirectoryPath,
    prepare: ((any RecordedProgram) -> Void)? = nil, onStepTimeout: (@Sendable (LimitReached) -> Void)? = nil
  ) -> Int32 {
    final class Box: @unchecked Sendable { var code: Int32 = 0 }
    let box = Box()
    LargeStack.run {
      box.code = runHere(
        scenario, profile: profile, output: output, limits: limits, sink: sink,
        workingDirectory: workingDirectory, watchdog: watchdog(limits, onStepTimeout), prepare: prepare)
    }
    return box.code
  }

  /// A watchdog for the time per step, if the limit is set and someone
  /// acts on it.
  static func watchdog(_ limits: RunLimits, _ expire: (@Sendable (LimitReached) -> Void)?) -> StepWatchdog? {
    guard limits.stepSeconds > 0, let expire else { return nil }
    return StepWatchdog(seconds: limits.stepSeconds, expire: expire)
  }

  static func runHere(
    _ scenario: Scenario, profile: Profile, output: OutputWriter, limits: RunLimits,
    sink: EventSink?, workingDirectory: String, watchdog: StepWatchdog? = nil,
    prepare: ((any RecordedProgram) -> Void)?
  ) -> Int32 {
    defer { watchdog?.stop() }
    let prepare: ((any RecordedProgram) -> Void)? = { program in
      watchdog?.watch(program.stepCounter)
      prepare?(program)
    }
    do {
      try checkLanguage(scenario, profile: profile)
    } catch {
      output.write("\(error)\n", to: .stderr)
      return exitBadInput
    }
    if let problem = scenario.directiveProblem {
      output.write(problem.rendered(file: scenario.path, source: scenario.source), to: .stderr)
      return exitBadInput
    }
    if scenario.language == .java {
      return JavaRunner.run(scenario, profile: profile, output: output, limits: limits, sink: sink, prepare: prepare)
    }
    let program: Program
    switch compile(scenario, profile: profile) {
    case .failure(let d):
      output.write(d.rendered(file: scenario.path, source: scenario.source), to: .stderr)
      return exitBadInput
    case .success(let p): program = p
    }
    let interpreter = Interpreter(program: program, profile: profile, output: output, sink: sink)
    interpreter.apply(limits)
    // A Python call, and a nested repr or comparison, recurse in Swift:
    // the thread's stack bounds how deep they may go.
    interpreter.nativeDepthBound = LargeStack.currentStackSize / stackBytesPerFrame
    let scenarioBound = scenarioStepBound(scenario, limits)
    interpreter.maxSteps = scenarioBound ?? limits.steps
    prepare?(interpreter)
    interpreter.displayFileName =
      !profile.mainFileIsAbsolute || scenario.path.hasPrefix("/")
      ? scenario.path : workingDirectory + "/" + scenario.path
    var code: Int32 = 0
    var failure: RunError?
    do {
      try interpreter.run()
    } catch {
      failure = error
    }
    // A traceback goes into the event stream too (the screen's output
    // panel shows it); why a run stopped is the recording's ending instead.
    func report(_ text: String, recorded: Bool = true) {
      if recorded { sink?.record(.output(.stderr, text)) }
      output.write(text, to: .stderr)
    }
    // Output cut at its bound, then an error or the end before the next
    // step: the bound is why the output stops there.
    if let reached = interpreter.unreportedLimit, failure.map({ if case .limit = $0 { false } else { true } }) ?? true {
      interpreter.writeOutUnflushed()
      report(reached.message + "\n", recorded: false)
      return reached.exitCode
    }
    if let error = failure {
      switch error {
      case .python(let exception):
        if let exit = interpreter.systemExitStatus(exception) {
          if let message = exit.message { report(message) }
          code = exit.status
        } else if let refused = interpreter.unprintedTraceback(exception) {
          interpreter.discardUncaught(exception)
          interpreter.writeOutUnflushed()
          report(
            Diagnostic(
              refused.what + " is not supported by the simulator",
              at: SourceLocation(line: refused.line, column: refused.column)
            )
            .rendered(file: scenario.path, source: scenario.source), recorded: false)
          return exitBadInput
        } else {
          report(interpreter.formatUncaught(exception))
          code = exitPythonError
        }
        interpreter.discardUncaught(exception)
      case .limit(.reached(.steps(let n))) where n == scenarioBound:
        break  // the scenario's own bound: a normal end
      case .limit(.reached(let reached)):
        interpreter.writeOutUnflushed()
        report(reached.message + "\n", recorded: false)
        return reached.exitCode
      case .limit(.unsupported(let what, let line, let column)):
        interpreter.writeOutUnflushed()
        report(
          Diagnostic(what, at: SourceLocation(line: line, column: column)).rendered(
            file: scenario.path, source: scenario.source), recorded: false)
        return exitBadInput
      }
    }
    interpreter.finalize()
    return code
  }

  /// A scenario's `#: steps: N` bounds its `while True` loops headless: the
  /// run ends there as if the script had. It only ever lowers the step
  /// limit; nil when it does not (no directive, or a looser one).
  static func scenarioStepBound(_ scenario: Scenario, _ limits: RunLimits) -> Int? {
    guard let n = scenario.steps, limits.steps == 0 || n < limits.steps else { return nil }
    return n
  }

  /// A run captured in memory (tests).
  public static func capture(_ scenario: Scenario, profile: Profile, limits: RunLimits = .standard) -> RunResult {
    let output = CapturedOutput()
    let code = run(scenario, profile: profile, output: output, limits: limits)
    return RunResult(stdout: output.stdout, stderr: output.stderr, exitCode: code)
  }
}
