import GCEngine
import PythonFrontEnd

/// The simulated `gc` module: the collector's switches, counts and
/// thresholds, debug flags, and the object walks (`get_objects`,
/// `get_referrers`, `get_referents`) over the simulated heap.
extension Interpreter {
  /// `gc.name`: the simulated member, or nil (refused or an
  /// AttributeError, as `moduleAttribute` decides).
  func gcAttribute(_ name: String) -> Value? {
    if let member = Native.gcMembers[name] {
      let only3 = [Native.gcGetStats, .gcFreeze, .gcUnfreeze, .gcGetFreezeCount, .gcIsFinalized]
      if !(is27 && only3.contains(member)) { return member.value }
    }
    switch name {
    case "garbage":
      heap.incref(heap.garbageList, .stack)
      return .object(heap.garbageList)
    case "callbacks" where !is27:
      let list = gcCallbacks()
      heap.incref(list, .stack)
      return .object(list)
    case "DEBUG_STATS": return .int(GCDebug.stats)
    case "DEBUG_COLLECTABLE": return .int(GCDebug.collectable)
    case "DEBUG_UNCOLLECTABLE": return .int(GCDebug.uncollectable)
    case "DEBUG_SAVEALL": return .int(GCDebug.saveAll)
    case "DEBUG_LEAK": return .int(profile.debugLeakFlags)
    case "DEBUG_INSTANCES" where is27: return .int(GCDebug.instances)
    case "DEBUG_OBJECTS" where is27: return .int(GCDebug.objects)
    default: break
    }
    return nil
  }

  /// Calls a function of `gc`. Arguments are borrowed; the result
  /// is an owned reference.
  func callGC(_ native: Native, _ args: [Value]) throws(RunError) -> Value {
    switch native {
    case .gcCollect:
      var generation = 2
      if let a = args.first {
        guard let g = intValue(a) else { throw pythonError("TypeError", "an integer is required") }
        generation = g
      }
      guard (0...2).contains(generation) else { throw pythonError("ValueError", "invalid generation") }
      return .int(heap.collect(generation: generation))
    case .gcEnable:
      heap.automaticCollection = true
      return .none
    case .gcDisable:
      heap.automaticCollection = false
      return .none
    case .gcIsEnabled:
      return .bool(heap.automaticCollection)
    case .gcGetCount:
      let c = heap.counts
      return .object(makeTuple([.int(c[0]), .int(c[1]), .int(c[2])], freeList: true))
    case .gcGetThreshold:
      let t = heap.thresholds
      return .object(makeTuple([.int(t[0]), .int(t[1]), .int(t[2])], freeList: true))
    case .gcSetThreshold:
      for (i, a) in args.enumerated() {
        guard let v = intValue(a) else { throw pythonError("TypeError", "an integer is required") }
        heap.thresholds[i] = v
      }
      return .none
    case .gcSetDebug:
      guard let flags = intValue(args[0]) else { throw pythonError("TypeError", "an integer is required") }
      heap.debugFlags = flags
      return .none
    case .gcGetDebug:
      return .int(heap.debugFlags)
    case .gcGetObjects:
      syncFrameObjects()
      var all: [Value] = []
      if let a = args.first, let g = intValue(a) {
        guard (0...2).contains(g) else {
          throw pythonError(
            "ValueError", "generation parameter must be less than the number of available generations (3)")
        }
        all = heap.objects(inGeneration: g).map { .object($0) }
      } else {
        for g in 0..<3 { all += heap.objects(inGeneration: g).map { .object($0) } }
      }
      for v in all { heap.incref(v, .container) }
      return .object(try makeList(all))
    case .gcGetReferrers:
      syncFrameObjects()
      var found: [Value] = []
      for g in 0..<3 {
        // gc_referrers_for skips the call's own argument tuple.
        for candidate in heap.objects(inGeneration: g) where candidate != currentArgumentTuple {
          var refers = false
          heap.forEachReferent(candidate) { target in
            if args.contains(.object(target)) { refers = true }
          }
          if refers { found.append(.object(candidate)) }
        }
      }
      for v in found { heap.incref(v, .container) }
      return .object(try makeList(found))
    case .gcGetReferents:
      var found: [Value] = []
      for a in args {
        guard case .object(let o) = a else { continue }
        found += heap.referentValues(o)
      }
      for v in found { heap.incref(v, .container) }
      return .object(try makeList(found))
    case .gcIsTracked:
      switch args[0] {
      case .object(let o): return .bool(heap.isTracked(o))
      case .native(let raw):
        // Builtin functions and modules are tracked GC objects; static types are not.
        guard let n = Native(rawValue: raw) else { return .bool(false) }
        return .bool(!n.isType)
      default: return .bool(false)
      }
    case .gcIsFinalized:
      if case .object(let o) = args.first ?? .none { return .bool(heap.isFinalized(o)) }
      return .bool(false)
    case .gcGetStats:
      var dicts: [Value] = []
      for s in heap.stats {
        let d = try makeDict(pairs: [
          .str("collections"), .int(s.collections), .str("collected"), .int(s.collected),
          .str("uncollectable"), .int(s.uncollectable),
        ])
        dicts.append(.object(d))
      }
      return .object(try makeList(dicts))
    case .gcFreeze, .gcUnfreeze, .gcGetFreezeCount:
      if native == .gcGetFreezeCount { return .int(heap.permanentCount) }
      if native == .gcFreeze { heap.freeze() } else { heap.unfreeze() }
      return .none
    default:
      throw unsupported("calling \(native.pythonName)")
    }
  }

  func gcCallbacks() -> ObjectID {
    if let list = callbackList { return list }
    let list = heap.makeObject(.list, size: profile.objectSizes.list, freeList: nil)
    heap.track(list)
    callbackList = list
    return list
  }
}
