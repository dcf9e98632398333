import GCEngine
import PythonFrontEnd

/// Errors CPython reports and then ignores (in `__del__`, weakref
/// callbacks, gc.callbacks), and the 3.x `gc.callbacks` hook.
extension Interpreter {
  func reportUnraisable(_ error: RunError, inFinalizerOf object: ObjectID, function: ObjectID) {
    guard case .python(let exception) = error else {
      pendingLimit = pendingLimit ?? limit(of: error)
      return
    }
    if is27 {
      // 2.7 names the bound method `__del__` was called through.
      let selfRepr = (try? repr(.object(object))) ?? "?"
      writeUnraisable27(exception, where: boundMethodRepr(function, of: .object(object), selfRepr: selfRepr))
    } else {
      let where_ = (try? repr(.object(function))) ?? "?"
      writeUnraisable311(exception, where: where_)
    }
    discardUncaught(exception)
  }

  /// An error raised in C code working for `object` (a weakref callback,
  /// a gc callback, a generator being closed), which names it.
  func reportUnraisable(_ error: RunError, in object: Value) {
    guard case .python(let exception) = error else {
      pendingLimit = pendingLimit ?? limit(of: error)
      return
    }
    let where_ = (try? repr(object)) ?? "?"
    if is27 { writeUnraisable27(exception, where: where_) } else { writeUnraisable311(exception, where: where_) }
    discardUncaught(exception)
  }

  private func limit(of error: RunError) -> RunLimit? {
    if case .limit(let l) = error { return l }
    return nil
  }

  /// PyErr_WriteUnraisable writes the value with repr: an exception Python
  /// code raised is an instance by then (do_raise normalizes a class), one
  /// raised in C is still its message string.
  private func writeUnraisable27(_ exception: PythonException, where location: String) {
    var text = "Exception \(exception.type)"
    if let o = exception.object, heap.isAlive(o), heap.kind(o) == .exception {
      text += ": " + ((try? repr(.object(o))) ?? "?")
    } else if !exception.message.isEmpty || exception.type != "AssertionError" {
      text += ": " + quoted(exception.message)
    }
    write(text + " in " + location + " ignored\n", to: .stderr)
  }

  private func writeUnraisable311(_ exception: PythonException, where location: String) {
    // An error raised in C with no traceback gets the running frame's line
    // (_PyErr_WriteUnraisableDefaultHook).
    if !exception.hasEntries, let f = frames.last, f.pc > 0 {
      _ = exception.unwinding(
        through: TracebackEntry(
          line: Int(f.line), column: Int(f.column), function: f.code.name, span: tracebackSpan(f)))
    }
    var text = "Exception ignored in: \(location)\n"
    // write_unraisable_exc_file writes ": " and str(value) even when empty.
    text += formatTraceback(
      exception, summary: "\(exception.type): \(exception.message)", carets: profile.carets == .cPrinter)
    write(text, to: .stderr)
  }

  /// An exception that ended the run, as `sys.excepthook` prints it: 3.x
  /// first the exceptions it was raised while handling.
  public func formatUncaught(_ exception: PythonException) -> String {
    var text = formatTraceback(exception)
    var current = exception
    for _ in 0..<100 where !is27 {
      if let cause = current.cause {
        text =
          formatTraceback(cause) + "\nThe above exception was the direct cause of the following exception:\n\n" + text
        current = cause
      } else if let context = current.context, !current.suppressContext {
        text =
          formatTraceback(context) + "\nDuring handling of the above exception, another exception occurred:\n\n" + text
        current = context
      } else {
        break
      }
    }
    return text
  }

  /// Where an uncaught exception's traceback would need what the simulator
  /// does not print: 3.13's traceback.py prints every line of a failing
  /// expression that spans lines (with carets under each), where the
  /// simulator prints its first. The refusal's text and location, or nil.
  public func unprintedTraceback(_ exception: PythonException) -> (what: String, line: Int, column: Int)? {
    guard profile.carets == .tracebackModule else { return nil }
    var current: PythonException? = exception
    for _ in 0..<100 {
      guard let e = current else { break }
      for entry in e.traceback {
        if let span = entry.span, span.range.start.line != span.range.end.line {
          return (
            "a traceback through an expression spanning lines (printed whole by traceback.py)", entry.line, entry.column
          )
        }
      }
      current = e.cause ?? (e.suppressContext ? nil : e.context)
    }
    return nil
  }

  /// `Traceback (most recent call last):` and one entry per frame.
  /// `summary` replaces the last line (`Type: message`).
  /// `carets`: false for a printer that draws none (3.13's C one).
  public func formatTraceback(_ exception: PythonException, summary: String? = nil, carets: Bool = true) -> String {
    let summary = summary ?? exception.summary
    // An exception never raised (a cause made for `from`) has no traceback.
    if !exception.hasEntries { return summary + "\n" }
    var text = "Traceback (most recent call last):\n"
    let fileName = displayFileName
    var previous: String?
    var repeats = 0
    func flushRepeats() {
      if repeats > 0 {
        text += "  [Previous line repeated \(repeats) more time\(repeats == 1 ? "" : "s")]\n"
      }
      repeats = 0
    }
    var runLength = 0
    for entry in exception.traceback {
      let source =
        entry.line >= 1 && entry.line <= program.sourceLines.count
        ? program.sourceLines[entry.line - 1].trimmingCharacters(in: " \t") : ""
      let name = entry.function
      var chunk = "  File \"\(fileName)\", line \(entry.line), in \(name)\n"
      if !source.isEmpty {
        chunk += "    \(source)\n"
        if !is27, carets, let caretLine = caretLine(entry) { chunk += caretLine }
      }
      if !is27 && chunk == previous {
        runLength += 1
        if runLength >= 3 {
          repeats += 1
          continue
        }
      } else {
        flushRepeats()
        runLength = 0
      }
      previous = chunk
      text += chunk
    }
    flushRepeats()
    text += summary + "\n"
    return text
  }

  /// 3.11's marker line under the failing expression (Python/traceback.c):
  /// none when the expression spans lines or is the whole stripped line.
  func caretLine(_ entry: TracebackEntry) -> String? {
    guard let span = entry.span, span.range.start.line == entry.line, span.range.end.line == entry.line,
      entry.line >= 1, entry.line <= program.sourceLines.count
    else { return nil }
    let line = Array(program.sourceLines[entry.line - 1].unicodeScalars)
    let leading = line.prefix { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }.count
    var trailingEnd = line.count
    while trailingEnd > leading, [" ", "\t", "\n", "\r", "\u{0C}"].contains(line[trailingEnd - 1]) {
      trailingEnd -= 1
    }
    let start = span.range.start.column - 1
    let end = span.range.end.column - 1
    guard start >= leading, end > start else { return nil }
    var anchor = span.anchor
    if profile.carets == .tracebackModule {
      // traceback.py: `return f(x)` / `y = f(x)` starting the line, the
      // call being the whole failing span, gets none; calls are anchored.
      if let statement = span.valueOfStatementAt, statement.line == entry.line, statement.column - 1 == leading {
        return nil
      }
      anchor = anchor ?? span.callAnchor
    }
    // A span over the whole line is elided unless anchors split it (a
    // binary operator, a subscript): then the primary part does not.
    if start == leading && end >= trailingEnd && anchor == nil { return nil }
    var markers = ""
    if let anchor {
      let a = anchor.start.column - 1
      let b = anchor.end.column - 1
      markers += String(repeating: "~", count: max(0, a - start))
      markers += String(repeating: "^", count: max(0, b - a))
      markers += String(repeating: "~", count: max(0, end - b))
    } else {
      markers = String(repeating: "^", count: end - start)
    }
    return String(repeating: " ", count: 4 + start - leading) + markers + "\n"
  }

  func runGCCallbacks(phase: String, generation: Int, collected: Int, uncollectable: Int) {
    guard !is27, let list = callbackList, !heap.items[list.index].isEmpty else { return }
    let callbacks = heap.items[list.index]
    let floor = handlerFloor
    handlerFloor = frames.count
    defer { handlerFloor = floor }
    for cb in callbacks {
      heap.incref(cb, .stack)
      do throws(RunError) {
        let info = try makeDict(pairs: [
          .str("generation"), .int(generation), .str("collected"), .int(collected),
          .str("uncollectable"), .int(uncollectable),
        ])
        defer { heap.decref(info, .stack) }
        let result = try callValue(cb, args: [.str(phase), .object(info)])
        heap.decref(result, .stack)
      } catch {
        reportUnraisable(error, in: cb)
      }
      heap.decref(cb, .stack)
    }
  }
}
