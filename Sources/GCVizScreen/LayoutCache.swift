import Synchronization

/// Placements, routes and component layouts already worked out, by what
/// they were worked out from. Consecutive frames mostly draw the same
/// graph (a step changes counts, not sizes or edges), and a step that adds
/// an object changes one component: that one is laid out again, the others
/// come from here. A cache of pure functions: what it returns is what
/// computing again would return, so the live screen and `gcviz render`
/// still agree cell for cell.
final class LayoutCache: Sendable {
  static let shared = LayoutCache()

  struct Key: Hashable, Sendable {
    var graph: LayoutGraph
    var metrics: LayoutMetrics
    /// The width a component's columns wrap at (components only).
    var bandWidth = 0
  }

  struct Component: Sendable {
    var layout: GraphLayout.ComponentLayout
    var isBackEdge: [Bool]
  }

  private struct Store {
    var placements: [Key: GraphPlacement] = [:]
    var routes: [Key: [Route?]] = [:]
    var components: [Key: Component] = [:]
  }

  private let store = Mutex(Store())
  /// Entries kept per kind; past that the kind starts afresh (the frames of
  /// a session revisit a handful of layouts, not thousands).
  static let capacity = 256

  func placement(_ key: Key, _ make: () -> GraphPlacement) -> GraphPlacement {
    if let found = store.withLock({ $0.placements[key] }) { return found }
    let made = make()
    store.withLock {
      if $0.placements.count >= Self.capacity { $0.placements.removeAll() }
      $0.placements[key] = made
    }
    return made
  }

  func routes(_ key: Key, _ make: () -> [Route?]) -> [Route?] {
    if let found = store.withLock({ $0.routes[key] }) { return found }
    let made = make()
    store.withLock {
      if $0.routes.count >= Self.capacity { $0.routes.removeAll() }
      $0.routes[key] = made
    }
    return made
  }

  func component(_ key: Key, _ make: () -> Component) -> Component {
    if let found = store.withLock({ $0.components[key] }) { return found }
    let made = make()
    store.withLock {
      if $0.components.count >= 4 * Self.capacity { $0.components.removeAll() }
      $0.components[key] = made
    }
    return made
  }
}
