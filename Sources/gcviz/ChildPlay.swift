import Foundation
import GCVizTerminal

/// The picker plays a scenario as a child `gcviz play`: whatever happens to
/// that run (a diagnostic, a limit, a trap in the simulator), the picker
/// lives on and says what happened. The child gets the terminal while it
/// runs; its stderr is the picker's captured stderr, which the picker reads
/// back for its notice.
enum ChildPlay {
  /// How the child ended.
  enum Ending: Equatable {
    case exited(Int32)
    case killed(Int32)
    /// posix_spawn failed with this error.
    case notStarted(Int32)
  }

  /// Runs `gcviz ARGUMENTS` and waits for it. A quit signal the picker gets
  /// meanwhile (SIGTERM, SIGHUP, or Ctrl-C, which the child gets too) is
  /// passed on and returned, so the picker ends after it.
  static func run(_ arguments: [String], terminal: CursesTerminal) -> (ending: Ending, signal: Int32?) {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // Default handlers and nothing blocked, as from a shell.
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv = (["gcviz"] + arguments).map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, "/proc/self/exe", nil, &attributes, argv, environ)
    guard spawned == 0 else { return (.notStarted(spawned), nil) }

    var received: Int32?
    var status: Int32 = 0
    while true {
      let done = waitpid(pid, &status, WNOHANG)
      if done == pid || (done < 0 && errno != EINTR) { break }
      if let signal = terminal.takeSignal() {
        received = signal
        kill(pid, signal)
      }
      usleep(20_000)
    }
    let ending: Ending = status & 0x7f == 0 ? .exited((status >> 8) & 0xff) : .killed(status & 0x7f)
    return (ending, received)
  }
}
