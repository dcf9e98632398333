import Testing

@testable import GCVizTimeline

@Suite("Position list")
struct PositionListTests {
  @Test("compacted or not, every position and every count below a bound is the plain array's")
  func matchesAPlainArray() {
    var generator = SystemRandomNumberGenerator()
    var plain: [Int] = []
    var list = PositionList()
    var position = 0
    for i in 0..<2_000 {
      // Mostly small steps, now and then a collection's thousands.
      position +=
        i % 97 == 0 ? Int.random(in: 1_000...300_000, using: &generator) : Int.random(in: 1...40, using: &generator)
      plain.append(position)
      list.append(position)
      if i % 300 == 299 { list.compact(below: plain[i - 50]) }
    }
    #expect(list.count == plain.count)
    for i in plain.indices where list[i] != plain[i] {
      Issue.record("position \(i): \(list[i]) vs \(plain[i])")
      return
    }
    for bound in [0, 1, plain[0], plain[127], plain[128], plain[129], plain[1_700], position, position + 1]
      + (0..<500).map({ _ in Int.random(in: 0...position + 5, using: &generator) })
    {
      #expect(list.countBelow(bound) == plain.partitionIndex { $0 >= bound }, "bound \(bound)")
    }
  }

  @Test("not compacted, the oldest can be dropped")
  func dropsWhenNotCompacted() {
    var list = PositionList()
    for p in [3, 5, 9, 20] { list.append(p) }
    #expect(list.removeBelow(9) == 2)
    #expect(list.count == 2)
    #expect(list[0] == 9)
    #expect(list.countBelow(10) == 1)
  }
}
