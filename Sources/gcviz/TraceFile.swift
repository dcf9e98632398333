import ArgumentParser
import Foundation
import GCVizKit
import ScenarioSource

/// `gcviz run --trace FILE [--trace-limit SIZE]`: opening the file, and
/// what the command says when the trace stopped early.
extension Run {
  /// The output limit's exit code (stdout, stderr and the trace file).
  static let exitOutputLimit: Int32 = 7
  /// gcviz itself failed (here: the trace could not be written mid-run).
  static let exitInternalFailure: Int32 = 9

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
      throw ExitCode(exitInternalFailure)
    case .sizeLimit:
      complain(
        "gcviz: stopped: the trace reached its size limit (\(ByteSize(bytes: writer.limit)); raise it with --trace-limit SIZE, 0 for none): the events after that are not in it"
      )
      throw ExitCode(exitOutputLimit)
    }
  }

  private static func complain(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }
}

extension TraceWriter.OpenError {
  var reason: String { String(cString: strerror(code)) }
}
