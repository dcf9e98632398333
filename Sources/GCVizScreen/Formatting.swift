import GCEngine
import GCVizTimeline

/// Number and label formatting shared by the panels (no Foundation: the
/// output must not depend on a locale).
enum Format {
  /// An object's count as a box shows it: `rc=2`, or `immortal` for a
  /// PEP 683 object (3.12+), whose count is a marker, not references.
  static func refcount(_ object: ObjectState) -> String {
    object.isImmortal ? "immortal" : "rc=\(object.refcount)"
  }

  /// `1204` → `1,204`.
  static func count(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (i, digit) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return value < 0 ? "-" + out : out
  }

  /// Bytes as `512 B`, `3.4 KiB`, `12.0 MiB` (one decimal, rounded).
  static func bytes(_ value: Int) -> String {
    if value < 1024 { return "\(value) B" }
    if value < 1024 * 1024 { return tenths(value, 1024) + " KiB" }
    return tenths(value, 1024 * 1024) + " MiB"
  }

  private static func tenths(_ value: Int, _ unit: Int) -> String {
    let t = (value * 10 + unit / 2) / unit
    return "\(t / 10).\(t % 10)"
  }

  /// `4` → `×4`, `0.5` → `×0.5`.
  static func speed(_ speed: Double, times: String) -> String {
    if speed.isFinite, speed == speed.rounded(), abs(speed) < 1e9 { return times + String(Int(speed)) }
    return times + String(speed)
  }

  /// The hex address CPython would print.
  static func address(_ value: UInt64) -> String { "0x" + String(value, radix: 16) }

  /// `ClassA #41`: the name a box, a frame variable or an edge uses.
  static func objectName(_ object: ObjectState) -> String {
    if object.kind == .classObject && !object.name.isEmpty { return "class \(object.name) #\(object.serial)" }
    return object.name.isEmpty
      ? "\(object.typeName) #\(object.serial)" : "\(object.typeName) \(object.name) #\(object.serial)"
  }

  /// `#41 ClassA`: target-first, as in `c1 ─▶ #41 ClassA`.
  static func reference(_ object: ObjectState) -> String {
    if object.kind == .classObject && !object.name.isEmpty { return "#\(object.serial) class \(object.name)" }
    return object.name.isEmpty
      ? "#\(object.serial) \(object.typeName)" : "#\(object.serial) \(object.typeName) \(object.name)"
  }

  /// The debug flags by name: `DEBUG_LEAK`, `DEBUG_STATS|DEBUG_SAVEALL`.
  static func debugFlags(_ flags: Int, leakMask: Int) -> String {
    if flags == 0 { return "off" }
    var names: [String] = []
    var rest = flags
    if flags & GCDebug.stats != 0 {
      names.append("DEBUG_STATS")
      rest &= ~GCDebug.stats
    }
    if leakMask != 0 && rest & leakMask == leakMask {
      names.append("DEBUG_LEAK")
      rest &= ~leakMask
    }
    let single: [(Int, String)] = [
      (GCDebug.collectable, "DEBUG_COLLECTABLE"), (GCDebug.uncollectable, "DEBUG_UNCOLLECTABLE"),
      (GCDebug.instances, "DEBUG_INSTANCES"), (GCDebug.objects, "DEBUG_OBJECTS"), (GCDebug.saveAll, "DEBUG_SAVEALL"),
    ]
    for (bit, name) in single where rest & bit != 0 {
      names.append(name)
      rest &= ~bit
    }
    if rest != 0 { names.append(String(rest)) }
    return names.joined(separator: "|")
  }

  /// What a collector phase does, in words.
  static func phase(_ phase: CollectionPhase) -> String {
    switch phase {
    case .updateRefs: return "copy refcounts to gc_refs"
    case .subtractRefs: return "subtract internal references"
    case .moveUnreachable: return "move unreachable objects aside"
    case .promote: return "promote survivors to the next generation"
    case .legacyFinalizers: return "set aside objects with __del__"
    case .weakrefs: return "clear weak references"
    case .finalize: return "call finalizers (__del__)"
    case .resurrection: return "check for resurrected objects"
    case .deleteGarbage: return "clear garbage (break the cycles)"
    case .uncollectable: return "move uncollectable objects to gc.garbage"
    }
  }

  /// The word a box shows for a mark.
  static func mark(_ mark: CollectionMark) -> String { mark.rawValue }

  /// Trial deletion's phases in words (Bacon and Rajan's names).
  static func trialPhase(_ phase: TrialPhase) -> String {
    switch phase {
    case .markRoots: return "mark grey, trial decrements"
    case .scanRoots: return "scan: black if held, else white"
    case .collectRoots: return "collect the white"
    }
  }

  /// `purple`, `grey`, `white`, `black`.
  static func trialColor(_ color: TrialColor) -> String {
    switch color {
    case .black: return "black"
    case .gray: return "grey"
    case .white: return "white"
    case .purple: return "purple"
    }
  }

  /// Joins segments with a separator, dropping trailing ones that do not fit.
  static func fit(_ segments: [String], separator: String, width: Int) -> String {
    var out = ""
    for segment in segments {
      let candidate = out.isEmpty ? segment : out + separator + segment
      if TextWidth.of(candidate) > width { break }
      out = candidate
    }
    return out.isEmpty ? TextWidth.truncate(segments.first ?? "", to: width) : out
  }
}

extension Array {
  /// The element at `index`, or nil past either end.
  func at(_ index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
