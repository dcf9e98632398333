// The parser, checker and compiler recurse once per nesting level of the
// source, and a debug build takes some 25 KB of stack per level: more than
// a secondary thread has (512 KB on macOS). So compilation runs on a
// thread of its own with a stack sized for the deepest nesting the parser
// accepts, and the caller waits for it.

import ScenarioSource

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Enough for JavaParser.maximumDepth levels in a debug build: the nesting
/// test passes at 1000 levels with 64 MB and crashes with 24 MB. Only the
/// pages used are committed.
let largeStackBytes = 64 << 20

/// Work handed to the large-stack thread, and its result.
private final class LargeStackJob {
  let body: () -> Result<JavaProgram, Diagnostic>
  var result: Result<JavaProgram, Diagnostic>?
  init(_ body: @escaping () -> Result<JavaProgram, Diagnostic>) { self.body = body }
}

/// Runs `body` on a new thread with a `largeStackBytes` stack and returns
/// its result; runs it on the current thread if no such thread can be made.
func onLargeStack(_ body: @escaping () -> Result<JavaProgram, Diagnostic>) -> Result<JavaProgram, Diagnostic> {
  let job = LargeStackJob(body)
  var attributes = pthread_attr_t()
  guard pthread_attr_init(&attributes) == 0 else { return body() }
  defer { pthread_attr_destroy(&attributes) }
  guard pthread_attr_setstacksize(&attributes, largeStackBytes) == 0 else { return body() }
  let context = Unmanaged.passRetained(job).toOpaque()
  #if canImport(Darwin)
    var thread: pthread_t? = nil
  #else
    var thread = pthread_t()
  #endif
  let created = pthread_create(
    &thread, &attributes,
    { context in
      let job = Unmanaged<LargeStackJob>.fromOpaque(context!).takeRetainedValue()
      job.result = job.body()
      return nil
    }, context)
  guard created == 0 else {
    Unmanaged<LargeStackJob>.fromOpaque(context).release()
    return body()
  }
  #if canImport(Darwin)
    pthread_join(thread!, nil)
  #else
    pthread_join(thread, nil)
  #endif
  return job.result!
}
