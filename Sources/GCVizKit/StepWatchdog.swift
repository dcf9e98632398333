import Foundation
import GCEngine
import Synchronization

/// Bounds the wall time of one step (`RunLimits.stepSeconds`). A step stuck
/// in work the other bounds do not catch cannot be interrupted from
/// outside, so a thread of its own watches the program's step count and,
/// when it has not moved for that long, calls `expire` once: the command
/// then reports the limit and exits, or the live screen shows it.
final class StepWatchdog: @unchecked Sendable {
  private let seconds: Double
  private let expire: @Sendable (LimitReached) -> Void
  private let counter = Mutex<StepCounter?>(nil)
  private let stopped = Atomic<Bool>(false)
  /// Waits that are not the program's (a live recording paced by its
  /// viewer) do not count.
  private let pauses = Atomic<Int>(0)

  init(seconds: Double, expire: @escaping @Sendable (LimitReached) -> Void) {
    self.seconds = seconds
    self.expire = expire
    let thread = Thread { [self] in watch() }
    thread.name = "gcviz step watchdog"
    thread.start()
  }

  /// The program whose steps to watch (once it exists).
  func watch(_ steps: StepCounter) { counter.withLock { $0 = steps } }

  func pause() { pauses.add(1, ordering: .relaxed) }
  func resume() { pauses.subtract(1, ordering: .relaxed) }

  /// The run is over: the thread ends at its next look.
  func stop() { stopped.store(true, ordering: .releasing) }

  private func watch() {
    // Ten looks per period: a stuck step is reported within 10 % late.
    let interval = max(0.005, min(0.25, seconds / 10))
    var lastCount = -1
    var lastChange = Date()
    while !stopped.load(ordering: .acquiring) {
      Thread.sleep(forTimeInterval: interval)
      // Before the program exists (compiling) no step has begun.
      let count = counter.withLock { $0?.value }
      if count == nil || count != lastCount || pauses.load(ordering: .relaxed) > 0 {
        lastCount = count ?? -1
        lastChange = Date()
      } else if Date().timeIntervalSince(lastChange) > seconds {
        if !stopped.load(ordering: .acquiring) { expire(.stepTime(seconds)) }
        return
      }
    }
  }
}
