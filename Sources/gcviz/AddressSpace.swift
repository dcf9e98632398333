import Foundation

/// Living within `ulimit -v`. glibc gives each new thread that allocates
/// its own malloc arena, reserving 64 to 128 MiB of address space for it;
/// under a low limit that reservation fails on every allocation (render f2
/// took 9 s under 200 MB) or leaves no room for the scenario. Under a limit
/// of a few GiB one arena is shared instead (measured: render f2 then runs
/// under 150 MB in 0.3 s). Without a limit nothing changes: the benchmark's
/// threads keep their arenas.
enum AddressSpace {
  static let sharedArenaBelow: rlim_t = 4 << 30
  /// `M_ARENA_MAX` of <malloc.h>, which the Glibc module does not import
  /// (nor `mallopt`, looked up below).
  static let arenaMax: Int32 = -8

  static func adapt() {
    var limit = rlimit()
    guard getrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit) == 0, limit.rlim_cur < sharedArenaBelow else {
      return
    }
    typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
    guard let mallopt = dlsym(nil, "mallopt") else { return }
    _ = unsafeBitCast(mallopt, to: Mallopt.self)(arenaMax, 1)
  }
}
