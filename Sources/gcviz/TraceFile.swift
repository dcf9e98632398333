import ArgumentParser
import Foundation
import GCEngine
import GCVizKit
import ScenarioSource

/// `gcviz run --trace FILE [--trace-limit SIZE]`: opening the file, and
/// what the command says when the trace stopped early.
extension Run {
  /// Opens `--trace`'s path; one that cannot be opened exits 2.
  func openTrace(_ path: String) throws -> TraceWriter {
    do {
      return try TraceWriter(path: path, limit: traceLimit.bytes)
    } catch {
      Self.complain("gcviz: error: cannot write the trace to '\(InertText.escaping(path, keep: []))': \(error.reason)")
      throw ExitCode(Runner.exitBadInput)
    }
  }

  /// After the run: a failed write exits 9, a trace cut at its limit 7.
  static func finishTrace(_ writer: TraceWriter) throws {
    writer.finish()
    switch writer.stop {
    case nil: return
    case .writeFailed(let code):
      complain(
        "gcviz: error: cannot write the trace to '\(InertText.escaping(writer.path, keep: []))': \(String(cString: strerror(code)))"
      )
      throw ExitCode(Runner.exitInternalFailure)
    case .sizeLimit:
      complain(
        "gcviz: stopped: the trace reached its size limit (\(SizeArgument(bytes: writer.limit)); raise it with --trace-limit SIZE, 0 for none): the events after that are not in it"
      )
      // The trace is output too: the output limit's exit code.
      throw ExitCode(LimitReached.output(writer.limit).exitCode)
    }
  }

  private static func complain(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }
}

extension TraceWriter.OpenError {
  var reason: String { String(cString: strerror(code)) }
}
