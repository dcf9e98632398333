import CNcursesw
import Glibc
import Synchronization

/// Signals caught while the screen is up. Ctrl-C, SIGTERM, SIGHUP and
/// SIGQUIT are only noted here (a handler may do little else safely) and
/// polled by the input loop, which restores the terminal and exits
/// 128 + signal. A crash (SIGSEGV, SIGILL and SIGTRAP from a Swift trap,
/// SIGABRT, SIGBUS, SIGFPE) cannot wait for the loop: its handler restores
/// the saved terminal modes and writes the reset bytes and the message
/// `CrashReport` prepared (async-signal-safe calls only), then lets the
/// signal kill the process as it would have.
///
/// The handlers replace the Swift runtime's backtracer while the screen is
/// up: on a terminal it is interactive and would wait 30 s for a key on a
/// screen nobody can read. `uninstall` gives its handlers back.
enum SignalTrap {
  static let pending = Atomic<Int32>(0)
  static let crashed = Atomic<Bool>(false)
  static let quitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
  static let crashSignals: [Int32] = [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE]

  /// The terminal modes before the screen started (read by the crash
  /// handler). On the heap, not in a global `termios`: Swift 6.3 emits that
  /// global 57 bytes long and `tcgetattr` writes 60 (AddressSanitizer's
  /// global-buffer-overflow, Fuzz/FINDINGS.md). Made by `install`, before
  /// any handler can read it.
  nonisolated(unsafe) static let savedModes: UnsafeMutablePointer<termios> = {
    let modes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    modes.initialize(to: termios())
    return modes
  }()
  nonisolated(unsafe) static var hasSavedModes = false
  /// The handlers that were there before, put back by `uninstall`.
  nonisolated(unsafe) static var previous: [Int32: sigaction] = [:]

  /// Installs the handlers; call before `initscr` so ncurses keeps ours.
  static func install() {
    if tcgetattr(STDIN_FILENO, savedModes) == 0 { hasSavedModes = true }
    for s in quitSignals { set(s, noteSignal, flags: SA_RESTART) }
    // On the alternate stack where the thread has one (a scenario's thread
    // does): a stack overflow leaves no room on the thread's own stack.
    for s in crashSignals { set(s, restoreAndDie, flags: SA_ONSTACK) }
    // A parent may have started us with these blocked (signal masks are
    // inherited: a tmux server started from a thread that blocks all
    // signals passes that on). Blocked, Ctrl-C and SIGTERM would do nothing.
    var wanted = sigset_t()
    sigemptyset(&wanted)
    for s in quitSignals + crashSignals + [SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&wanted, s) }
    pthread_sigmask(SIG_UNBLOCK, &wanted, nil)
  }

  private static func set(_ signal: Int32, _ handler: @convention(c) (Int32) -> Void, flags: Int32) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = handler
    action.sa_flags = flags
    sigemptyset(&action.sa_mask)
    var old = sigaction()
    sigaction(signal, &action, &old)
    if previous[signal] == nil { previous[signal] = old }
  }

  /// Puts the previous handlers back (after the screen is gone).
  static func uninstall() {
    for (s, old) in previous {
      var action = old
      sigaction(s, &action, nil)
    }
    previous = [:]
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

/// Restores the terminal and reports the crash once (another thread that
/// crashes meanwhile waits for the first to end the process), then
/// re-raises with the default action: the exit status still tells the
/// signal, and a core dump is made where they are enabled.
private func restoreAndDie(_ sig: Int32) {
  if SignalTrap.crashed.exchange(true, ordering: .relaxed) {
    while true { pause() }
  }
  if SignalTrap.hasSavedModes { _ = tcsetattr(STDIN_FILENO, TCSANOW, SignalTrap.savedModes) }
  CrashReport.emit(signal: sig)
  var action = sigaction()
  action.__sigaction_handler.sa_handler = SIG_DFL
  sigemptyset(&action.sa_mask)
  sigaction(sig, &action, nil)
  // Blocked until this handler returns; a fault then happens again at
  // the faulting instruction, a raised signal is delivered: either way
  // the default action ends the process.
  _ = raise(sig)
}
