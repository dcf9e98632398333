import Foundation
import Synchronization

/// Threads with a large stack for parsing and running scenarios, which
/// recurse with the scenario's nesting (a debug build takes tens of KB a
/// level).
///
/// The stack is reserved address space, committed only as it is used, but
/// `ulimit -v` counts the reservation: under a 1 GB limit a 1 GiB stack
/// cannot be made (Foundation's `Thread` then never starts, and the caller
/// waited for ever). So smaller stacks are tried in turn, and with none the
/// work runs on the calling thread, said once on stderr.
public enum LargeStack {
  /// The sizes tried, largest first.
  public static let sizes = [1 << 30, 256 << 20, 64 << 20, 16 << 20]

  private static let warned = Atomic<Bool>(false)

  /// Runs `body` on a thread with the largest stack of `sizes` that can be
  /// made, and waits for it. Returns the stack size it ran with (the
  /// calling thread's when no thread could be made).
  @discardableResult
  public static func run(_ body: @escaping () -> Void) -> Int {
    final class Job: @unchecked Sendable {
      let body: () -> Void
      init(_ body: @escaping () -> Void) { self.body = body }
    }
    let job = Job(body)
    guard let (thread, size) = start({ job.body() }) else {
      warnOnce("running on the calling thread's stack")
      body()
      return currentStackSize
    }
    pthread_join(thread, nil)
    return size
  }

  /// Starts `body` on a thread with the largest stack of `sizes` that can be
  /// made (else the system's default size) and returns at once. Returns the
  /// stack size, or nil when no thread at all could be made.
  @discardableResult
  public static func spawn(_ body: @escaping @Sendable () -> Void) -> Int? {
    guard let (thread, size) = start(body, orDefault: true) else { return nil }
    pthread_detach(thread)
    return size
  }

  /// The stack size of the calling thread: a thread made here knows its
  /// own; any other is taken to have `ulimit -s` (the main thread's, and
  /// glibc's default for new threads). What a recursion limit can be
  /// scaled to.
  public static var currentStackSize: Int {
    if let size = pthread_getspecific(sizeKey.key) { return Int(bitPattern: size) }
    var limit = rlimit()
    guard getrlimit(__rlimit_resource_t(RLIMIT_STACK.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max else {
      return 8 << 20
    }
    return Int(limit.rlim_cur)
  }

  /// Where each thread made here keeps its stack size.
  private static let sizeKey = ThreadKey()

  private final class ThreadKey: Sendable {
    let key: pthread_key_t
    init() {
      var key = pthread_key_t()
      pthread_key_create(&key, nil)
      self.key = key
    }
  }

  private final class Box {
    let body: () -> Void
    var size = 0
    init(_ body: @escaping () -> Void) { self.body = body }
  }

  /// A joinable thread running `body`, and its stack size; nil when none of
  /// the sizes (nor, with `orDefault`, the default) can be made.
  private static func start(_ body: @escaping () -> Void, orDefault: Bool = false) -> (pthread_t, Int)? {
    let box = Box(body)
    let context = Unmanaged.passRetained(box).toOpaque()
    let entry: @convention(c) (UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? = { context in
      let box = Unmanaged<Box>.fromOpaque(context!).takeRetainedValue()
      pthread_setspecific(LargeStack.sizeKey.key, UnsafeRawPointer(bitPattern: box.size))
      CrashStack.install()
      box.body()
      CrashStack.remove()
      return nil
    }
    let attempts: [Int?] = sizes.map { $0 } + (orDefault ? [nil] : [])
    for size in attempts {
      var attributes = pthread_attr_t()
      guard pthread_attr_init(&attributes) == 0 else { continue }
      defer { pthread_attr_destroy(&attributes) }
      if let size, pthread_attr_setstacksize(&attributes, size) != 0 { continue }
      pthread_attr_getstacksize(&attributes, &box.size)
      var thread = pthread_t()
      if pthread_create(&thread, &attributes, entry, context) == 0 {
        if size == nil { warnOnce("running with the default thread stack") }
        return (thread, box.size)
      }
    }
    Unmanaged<Box>.fromOpaque(context).release()
    return nil
  }

  private static func warnOnce(_ what: String) {
    guard !warned.exchange(true, ordering: .relaxed) else { return }
    let smallest = sizes.last! >> 20
    FileHandle.standardError.write(
      Data(
        "gcviz: warning: cannot make a thread with a \(smallest) MiB stack (is `ulimit -v` low?); \(what), so deeply nested scenarios may crash\n"
          .utf8))
  }
}
