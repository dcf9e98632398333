import CNcursesw
import Glibc
import Synchronization

/// Signals caught while the screen is up. Ctrl-C, SIGTERM, SIGHUP and
/// SIGQUIT are only noted here (a handler may do little else safely) and
/// polled by the input loop, which restores the terminal and exits
/// 128 + signal. A crash (SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE)
/// cannot wait for the loop: its handler puts the saved terminal modes
/// back and leaves the alternate screen with async-signal-safe calls only,
/// then lets the signal kill the process as it would have.
enum SignalTrap {
  static let pending = Atomic<Int32>(0)
  static let quitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
  static let crashSignals: [Int32] = [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE]

  /// The terminal modes before the screen started (read by the crash handler).
  nonisolated(unsafe) static var savedModes = termios()
  nonisolated(unsafe) static var hasSavedModes = false

  /// Installs the handlers; call before `initscr` so ncurses keeps ours.
  static func install() {
    if tcgetattr(STDIN_FILENO, &savedModes) == 0 { hasSavedModes = true }
    for s in quitSignals { _ = signal(s, noteSignal) }
    for s in crashSignals { _ = signal(s, restoreAndDie) }
    // A parent may have started us with these blocked (signal masks are
    // inherited: a tmux server started from a thread that blocks all
    // signals passes that on). Blocked, Ctrl-C and SIGTERM would do nothing.
    var wanted = sigset_t()
    sigemptyset(&wanted)
    for s in quitSignals + crashSignals + [SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&wanted, s) }
    pthread_sigmask(SIG_UNBLOCK, &wanted, nil)
  }

  /// Puts the default handlers back (after the screen is gone).
  static func uninstall() {
    for s in quitSignals + crashSignals { _ = signal(s, SIG_DFL) }
  }

  /// The signal caught since the last call, if any.
  static func take() -> Int32? {
    let s = pending.exchange(0, ordering: .relaxed)
    return s == 0 ? nil : s
  }
}

private func noteSignal(_ signal: Int32) {
  SignalTrap.pending.store(signal, ordering: .relaxed)
}

/// Leaves the alternate screen, shows the cursor, resets attributes, and
/// restores the saved modes; then re-raises with the default action.
private func restoreAndDie(_ sig: Int32) {
  let reset: StaticString = "\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n"
  _ = write(STDOUT_FILENO, reset.utf8Start, reset.utf8CodeUnitCount)
  if SignalTrap.hasSavedModes { _ = tcsetattr(STDIN_FILENO, TCSANOW, &SignalTrap.savedModes) }
  _ = signal(sig, SIG_DFL)
  _ = raise(sig)
}
