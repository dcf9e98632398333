import Synchronization

/// A program's line steps, readable from another thread: the watchdog
/// that bounds the time one step may take reads it while the program
/// runs. Relaxed loads and stores are plain moves, so counting costs the
/// step nothing more than an ordinary field would.
public final class StepCounter: Sendable {
  @usableFromInline let storage = Atomic<Int>(0)

  public init() {}

  /// Steps so far.
  @inlinable public var value: Int { storage.load(ordering: .relaxed) }

  /// One more step; the new count. Only the running program counts.
  @inlinable @inline(__always)
  public func increment() -> Int {
    let n = storage.load(ordering: .relaxed) &+ 1
    storage.store(n, ordering: .relaxed)
    return n
  }
}
