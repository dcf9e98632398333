/// Disjoint sets over 0..<count (the weakly connected parts of a graph):
/// each set is named by its smallest member, so parts come out in the
/// order of their first member.
struct UnionFind {
  private var parent: [Int]

  init(count: Int) { parent = Array(0..<count) }

  /// The smallest member of `a`'s set (paths halved on the way).
  mutating func find(_ a: Int) -> Int {
    var a = a
    while parent[a] != a {
      parent[a] = parent[parent[a]]
      a = parent[a]
    }
    return a
  }

  /// Joins the sets of `a` and `b`.
  mutating func union(_ a: Int, _ b: Int) {
    let x = find(a)
    let y = find(b)
    if x != y { parent[max(x, y)] = min(x, y) }
  }
}
