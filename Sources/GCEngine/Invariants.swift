/// Consistency checks the tests run after events: the generation lists
/// partition the tracked objects, links agree, counters are sane.
extension Heap {
  public func listProblems() -> [String] {
    var problems: [String] = []
    var seen = Set<Int32>()
    for head in [Int32(0), 1, 2, Heap.permanentHead] {
      var x = gcNext[Int(head)]
      var previous = head
      var steps = 0
      while x != head {
        if x < Heap.firstObject || Int(x) >= alive.count {
          problems.append("list \(head): bad link \(x) after \(previous)")
          break
        }
        if gcPrev[Int(x)] != previous {
          problems.append(
            "list \(head): #\(x) (\(kinds[Int(x)]), gen \(generations[Int(x)])) prev is \(gcPrev[Int(x)]), not \(previous)"
          )
        }
        if !alive[Int(x)] { problems.append("list \(head): #\(x) is dead") }
        if !seen.insert(x).inserted { problems.append("list \(head): #\(x) twice") }
        let expected = head == Heap.permanentHead ? 3 : Int8(head)
        if generations[Int(x)] != expected {
          problems.append("#\(x) in list \(head) but generation \(generations[Int(x)])")
        }
        previous = x
        x = gcNext[Int(x)]
        steps += 1
        if steps > alive.count { problems.append("list \(head): cycle"); break }
      }
    }
    for i in Int(Heap.firstObject)..<alive.count where alive[i] && generations[i] >= 0 && !seen.contains(Int32(i)) {
      problems.append("#\(i) (\(kinds[i])) tracked as generation \(generations[i]) but in no list")
    }
    if counts.contains(where: { $0 < 0 }) { problems.append("negative count \(counts)") }
    return problems
  }
}
