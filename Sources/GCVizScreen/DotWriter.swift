import GCEngine
import GCVizTimeline

/// The object graph at a step for Graphviz (`gcviz render --format dot`),
/// in objgraph's manner: a box per object labelled with its type, number
/// and count, edges labelled by slot, weak edges dashed; the generations
/// (and gc.garbage, the untracked, the toy JVM's heap) as clusters; the
/// frames as grey boxes whose names point into the heap. It is the graph
/// the screen draws, with room for every object (big heaps still fold).
public enum DotWriter {
  public static func write(state: RunState, context: ScreenContext, options: ScreenOptions) -> String {
    let scene = Scene(state: state, context: context, options: options)
    var style = GraphStyle.forView(width: 1000, height: 1000)
    style.budget = 1000
    style.maxSlots = 10_000
    let graph = HeapGraph.build(scene, style)
    var out = "digraph \"\(escape(context.scenarioName))\" {\n"
    out += "  graph [rankdir=LR, fontname=\"monospace\", label=\"\(escape(title(state, context)))\"];\n"
    out += "  node [shape=box, fontname=\"monospace\", fontsize=10];\n"
    out += "  edge [fontname=\"monospace\", fontsize=9];\n"
    var clusters: [String: [String]] = [:]
    var clusterOrder: [String] = []
    for (i, box) in graph.boxes.enumerated() {
      let lines = [box.title] + box.rows.filter { !$0.isPort }.map(\.text)
      var attributes = "label=\"\(lines.map(escape).joined(separator: "\\n"))\""
      let cluster: String?
      switch box.subject {
      case .frame, .garbage:
        attributes += ", style=filled, fillcolor=\"#dddddd\""
        cluster = nil
      case .object(let id):
        cluster = scene.object(id).map { group($0, jvm: context.isJVM) }
        if let color = color(box.style) { attributes += ", color=\"\(color)\", fontcolor=\"\(color)\"" }
      case .fold(let f):
        attributes += ", style=dashed"
        cluster = graph.folds[f].members.first.flatMap(scene.object).map { group($0, jvm: context.isJVM) }
      }
      let line = "n\(i) [\(attributes)];"
      if let cluster {
        if clusters[cluster] == nil { clusterOrder.append(cluster) }
        clusters[cluster, default: []].append(line)
      } else {
        out += "  \(line)\n"
      }
    }
    for (c, name) in clusterOrder.enumerated() {
      out += "  subgraph cluster_\(c) {\n    label=\"\(escape(name))\";\n"
      for line in clusters[name]! { out += "    \(line)\n" }
      out += "  }\n"
    }
    for (e, edge) in graph.edges.enumerated() {
      let label = graph.boxes[edge.source].rows[edge.port - 1].text
      var attributes = "label=\"\(escape(label))\""
      if edge.isWeak { attributes += ", style=dashed" }
      if graph.edgeWeights[e] > 1 { attributes += ", penwidth=2" }
      out += "  n\(edge.source) -> n\(edge.target) [\(attributes)];\n"
    }
    out += "}\n"
    return out
  }

  static func title(_ state: RunState, _ context: ScreenContext) -> String {
    "\(context.scenarioName) · \(context.profileName) · step \(state.step)"
  }

  /// The cluster an object is drawn in: its generation, gc.garbage, or
  /// untracked (the toy JVM: one heap).
  static func group(_ object: ObjectState, jvm: Bool) -> String {
    if jvm { return "heap" }
    if object.inGarbage { return "gc.garbage" }
    return GraphBox.generation(object.generation)
  }

  static func color(_ style: Style) -> String? {
    style.foreground == .default ? nil : SVGWriter.hex(style.foreground)
  }

  /// A DOT string's text: quotes and backslashes escaped, no line breaks.
  static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n", "\r": out += " "
      default: out.append(character)
      }
    }
    return out
  }
}
