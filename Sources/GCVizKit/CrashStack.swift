import Foundation

/// An alternate signal stack for the calling thread. A scenario that
/// recurses until its thread's stack is exhausted gets a SIGSEGV that no
/// handler could run for on that same stack; with this one, the crash
/// handler of the live screen still restores the terminal.
enum CrashStack {
  /// Large enough for the crash handler (a few system calls) and glibc's
  /// own needs (`SIGSTKSZ` is at least 8 KiB, more with large vector state).
  static let size = 64 << 10

  /// Installs one for this thread; `remove` frees it before the thread ends.
  static func install() {
    guard let memory = malloc(size) else { return }
    var stack = stack_t(ss_sp: memory, ss_flags: 0, ss_size: size)
    if sigaltstack(&stack, nil) != 0 { free(memory) }
  }

  static func remove() {
    var disable = stack_t(ss_sp: nil, ss_flags: Int32(SS_DISABLE), ss_size: 0)
    var old = stack_t()
    guard sigaltstack(&disable, &old) == 0, old.ss_flags & Int32(SS_DISABLE) == 0 else { return }
    free(old.ss_sp)
  }
}
