import GCEngine
import GCVizTimeline

/// `Enter` on an object: its box info, referents, referrers, and the path
/// from a root that keeps it alive (or why none does).
enum InspectorOverlay {
  static func draw(_ grid: inout Grid, id: ObjectID, _ scene: Scene) {
    let inspection = ObjectInspection(state: scene.state, id: id, showHidden: scene.options.showHidden)
    let g = scene.glyphs
    func name(_ id: ObjectID) -> String { scene.object(id).map(Format.reference) ?? "#? (freed)" }
    guard let object = inspection.object else {
      Overlay.draw(
        &grid, title: "Inspector", footer: "Enter close", lines: [("object \(id.raw) is no longer alive", .plain)],
        scene)
      return
    }
    let sep = " \(g.separator) "
    var lines: [(String, Style)] = []
    // The toy JVM's objects are instances and arrays (the engine keeps an
    // array as a list), and have no generation.
    let jvm = scene.context.isJVM
    let kind = jvm ? (object.typeName.hasSuffix("[]") ? "array" : "instance") : "\(object.kind)"
    var facts = [kind, "address \(Format.address(object.address))", "\(object.size) B"]
    if !object.name.isEmpty { facts.insert("name \(object.name)", at: 0) }
    lines.append((facts.joined(separator: sep), .plain))
    var state = [Format.refcount(object)]
    if !jvm { state.append(object.generation.map { $0 == 3 ? "permanent" : "gen\($0)" } ?? "untracked") }
    if object.trialColor != .black { state.append(Format.trialColor(object.trialColor)) }
    if object.isBuffered { state.append("in the root buffer") }
    if let gcRefs = object.gcRefs { state.append("gc_refs \(gcRefs)") }
    if let mark = object.mark { state.append(Format.mark(mark)) }
    if object.inGarbage { state.append("in gc.garbage") }
    if object.isHidden { state.append("hidden") }
    lines.append((state.joined(separator: sep), Palette.style(for: object)))
    lines.append(("", .plain))
    lines.append(("referents (\(inspection.referents.count))", Palette.title))
    for reference in inspection.referents {
      let arrow = reference.isWeak ? "\(g.weakLine)\(g.weakHead)" : g.arrow
      lines.append(
        ("  \(reference.label) \(arrow) \(name(reference.target))\(reference.isWeak ? " (weak)" : "")", .plain))
    }
    if inspection.referents.isEmpty { lines.append(("  none", Palette.dim)) }
    lines.append(("referrers (\(inspection.referrers.count))", Palette.title))
    // Thousands of referrers would only be cut by the box anyway.
    for referrer in inspection.referrers.prefix(40) {
      switch referrer {
      case .frame(let function, let slot): lines.append(("  \(function) \(slot)", .plain))
      case .interpreter(let name): lines.append(("  interpreter: \(name)", .plain))
      case .object(let from, let label):
        lines.append(("  \(name(from)) \(g.edgeLine)\(label)\(g.edgeLine)\(g.edgeHead) this", .plain))
      }
    }
    if inspection.referrers.count > 40 {
      lines.append(("  \(g.more) \(Format.count(inspection.referrers.count - 40)) more", Palette.dim))
    }
    if inspection.referrers.isEmpty { lines.append(("  none", Palette.dim)) }
    lines.append(("kept alive by", Palette.title))
    if let path = inspection.path {
      // A long chain keeps its two ends: where it starts and how it arrives.
      let hops = path.hops.count
      for (i, hop) in path.hops.enumerated() where hops <= 10 || i < 3 || i >= hops - 5 {
        if hops > 10 && i == hops - 5 {
          lines.append(("    \(g.more) \(Format.count(hops - 8)) more hops", Palette.dim))
        }
        if i == 0 {
          lines.append(("  \(path.root) \(g.arrow) \(name(hop.target))", .plain))
        } else {
          lines.append(("    \(g.edgeLine)\(hop.label)\(g.edgeLine)\(g.edgeHead) \(name(hop.target))", .plain))
        }
      }
    } else if object.inGarbage {
      lines.append(("  gc.garbage (no path from a frame)", Palette.style(for: .uncollectable)))
    } else {
      lines.append(("  no path: unreachable (garbage)", .fg(.red)))
      if object.refcount > 0 {
        lines.append(("  its rc=\(object.refcount) comes only from other objects (a cycle)", Palette.dim))
      }
    }
    Overlay.draw(
      &grid, title: "Inspector \(g.separator) \(Format.objectName(object))", footer: "Enter close", lines: lines, scene)
  }
}
