import GCEngine
import GCVizTimeline

/// Edges as they look while hidden objects are not shown (`d` off): an edge
/// into a hidden object (a 2.7 instance's `__dict__`, a class's namespace)
/// stands for that object's own edges, labelled through it, so
/// `c1.t = c2` reads `#41 ─t─▶ #42` and not `#41 ─__dict__─▶ #43 ─'t'─▶ #42`.
/// The graph and the inspector both use it, so they agree.
enum VisibleEdges {
  /// `object`'s references with those into hidden objects replaced by the
  /// hidden objects' own (composed labels, once each).
  static func references(of object: ObjectState, in objects: [ObjectID: ObjectState]) -> [Reference] {
    var out: [Reference] = []
    for reference in object.references {
      guard let target = objects[reference.target], target.isHidden else {
        out.append(reference)
        continue
      }
      for inner in target.references {
        let composed = Reference(
          label: compose(reference.label, inner.label), target: inner.target, isWeak: reference.isWeak || inner.isWeak)
        // A 2.7 instance lists its attributes itself too: once is enough.
        if !object.references.contains(composed) { out.append(composed) }
      }
    }
    return out
  }

  /// `__dict__` + `'t'` → `t`; other pairs are joined with a dot.
  static func compose(_ outer: String, _ inner: String) -> String {
    if outer == "__dict__" {
      if inner.count >= 2, let first = inner.first, first == inner.last, first == "'" || first == "\"" {
        return String(inner.dropFirst().dropLast())
      }
      return inner
    }
    return outer + "." + inner
  }
}
