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

extension Heap {
  /// Every reference `id` holds (and so counts in its referents' refcounts),
  /// which is not always what its traverse visits: a 3.11 dict's traverse
  /// skips str keys, a weakref holds no reference to its referent. 2.7 frame
  /// objects are left out: their slots mirror the interpreter's frames.
  public func forEachHeldReference(_ id: ObjectID, _ body: (ObjectID) -> Void) {
    let i = id.index
    func value(_ v: Value) { if case .object(let o) = v { body(o) } }
    switch kinds[i] {
    case .frame:
      // Slots of a running frame mirror the interpreter's, counted there.
      if flags[i] & Heap.flagOwnsSlots != 0 { items[i].forEach(value) }
    case .dict:
      for (k, v) in tables[i].entries {
        value(k)
        value(v)
      }
    case .instance, .exception:
      if classOf[i] >= 0 { body(ObjectID(classOf[i])) }
      if dictOf[i] >= 0 { body(ObjectID(dictOf[i])) }
      items[i].forEach(value)
    default:
      items[i].forEach(value)
      if dictOf[i] >= 0 { body(ObjectID(dictOf[i])) }
    }
  }

  /// Objects whose refcount differs from the references held to them by
  /// other objects plus `roots` (the interpreter's own: frames, globals...).
  public func refcountProblems(roots: [ObjectID: Int]) -> [String] {
    // Counted in a flat array: this runs between every line step in tests.
    var held = [Int](repeating: 0, count: alive.count)
    for (id, n) in roots { held[id.index] += n }
    let live = liveObjects
    for id in live { forEachHeldReference(id) { held[$0.index] += 1 } }
    var problems: [String] = []
    for id in live where refcounts[id.index] != held[id.index] {
      problems.append("#\(id.raw) \(kinds[id.index]) rc=\(refcounts[id.index]) but \(held[id.index]) references")
    }
    return problems
  }
}
