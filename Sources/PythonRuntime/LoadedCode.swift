import GCEngine
import PythonFrontEnd

/// A code object as the running program holds it. The compiler's
/// `CodeObject` is immutable data; what running it adds lives here: the
/// constants once loaded (tuples of constants made heap objects), the
/// caches the eval loop keeps per code (like 3.11's inline caches), and
/// the instructions in a buffer of their own.
final class LoadedCode {
  let code: CodeObject
  /// `code.constants`, with each tuple of constants the heap object made
  /// for it when the program loaded.
  var constants: [Value]
  /// LOAD_GLOBAL's cache per name: the globals' keys version it holds
  /// for, and the entry in the globals (or -1 with the builtin's value).
  var globalCacheVersion: [Int] = []
  var globalCacheEntry: [Int] = []
  var globalCacheValue: [Value] = []
  /// Per instruction and `SiteCache.Kind`: the last lookup of that kind
  /// made while it ran, sized on first use.
  private var siteCaches: [SiteCache] = []
  /// The eval loop reads the instructions through a plain pointer instead
  /// of retaining and releasing an array on every call.
  let instructions: UnsafeMutableBufferPointer<Instruction>

  init(_ code: CodeObject) {
    self.code = code
    constants = code.constants
    instructions = .allocate(capacity: code.instructions.count)
    _ = instructions.initialize(from: code.instructions)
  }

  deinit { instructions.deallocate() }

  /// The CALL sites that have run once (3.12 specializes a call on its
  /// second run; see `Interpreter.callChecksEvalBreaker`), sized on first use.
  private var callSitesRun: [Bool] = []

  /// Whether the call at `site` ran before; marks it as run.
  func callSiteWarm(_ site: Int) -> Bool {
    if callSitesRun.isEmpty { callSitesRun = Array(repeating: false, count: instructions.count) }
    defer { callSitesRun[site] = true }
    return callSitesRun[site]
  }

  /// What the lookup of `kind` at instruction `site` remembered for this
  /// class, name and epoch (`.some(nil)`: remembered as absent), or nil.
  /// Compared in place: copying the entry would retain its name and value.
  @inline(__always) func cachedLookup(
    _ kind: SiteCache.Kind, at site: Int, cls: Int32, epoch: Int, name: String
  ) -> Value?? {
    guard !siteCaches.isEmpty else { return nil }
    return siteCaches.withUnsafeBufferPointer { caches in
      let entry = caches.baseAddress! + (site * SiteCache.Kind.count + kind.rawValue)
      guard entry.pointee.cls == cls && entry.pointee.epoch == epoch && entry.pointee.name == name else { return nil }
      return .some(entry.pointee.value)
    }
  }

  func remember(_ entry: SiteCache, _ kind: SiteCache.Kind, at site: Int) {
    if siteCaches.isEmpty {
      siteCaches = Array(repeating: SiteCache(), count: instructions.count * SiteCache.Kind.count)
    }
    siteCaches[site * SiteCache.Kind.count + kind.rawValue] = entry
  }
}

/// What one lookup at one instruction found, like 3.11's inline caches:
/// valid for the same class and name while the interpreter's class epoch
/// (bumped whenever a class is made or a class attribute changes) stays.
struct SiteCache {
  /// What was looked up: a class attribute, or a 3.11 shared-key index.
  enum Kind: Int {
    case classAttribute, sharedKey
    static let count = 2
  }

  var cls: Int32 = -1
  var epoch = -1
  var name = ""
  var value: Value?
}
