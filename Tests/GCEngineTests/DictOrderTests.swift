import GCEngine
import Testing

/// Expected values below were printed by the real CPython 2.7.18
/// (`hash(s)`, `d.keys()`; addresses from a run under `setarch -R`).
@Suite("2.7 dict hash-table order")
struct DictOrderTests {
  private func table27(_ addresses: [Int32: UInt64] = [:]) -> DictStorage {
    DictStorage(order: .python27Slots, hasher: DictHasher { addresses[$0.raw] ?? 0 })
  }

  private func strings(_ keys: [String]) -> [Value] { keys.map { .str($0) } }

  private func insert(_ keys: [String], into table: inout DictStorage) {
    for (i, k) in keys.enumerated() { table.set(.str(k), .int(i)) }
  }

  @Test(
    "string_hash matches 2.7",
    arguments: [
      ("", 0), ("a", 12_416_037_344), ("b", 12_544_037_731), ("abc", 1_453_079_729_188_098_211),
      ("obj1", -11_885_355_753_423_808), ("__name__", -368_181_376_027_291_943),
      ("hello world", -2_324_238_377_118_044_897), ("zeta", 8_794_634_931_059_479_834),
      (String(repeating: "x", count: 40), 4_977_189_553_667_810_664), ("été", 7_663_802_489_438_502_929),
    ])
  func stringHash(text: String, expected: Int) {
    #expect(DictHasher.stringHash(text) == expected)
  }

  @Test("int, bool, None and pointer hashes match 2.7")
  func otherHashes() {
    let hasher = DictHasher { _ in 0x7fff_f79a_9a90 }
    #expect(hasher.hash(.int(-1)) == -2)
    #expect(hasher.hash(.int(42)) == 42)
    #expect(hasher.hash(.bool(true)) == 1)
    #expect(hasher.hash(.none) == 8_796_084_598_750)
    #expect(hasher.hash(.object(ObjectID(9))) == 8_796_084_218_281)
  }

  @Test("inserts iterate in slot order")
  func inserts() {
    var t = table27()
    insert(["obj1", "obj2", "a", "b", "c", "zeta"], into: &t)
    #expect(t.entries.map(\.key) == strings(["obj1", "a", "c", "obj2", "b", "zeta"]))
    var u = table27()
    insert(["b", "a"], into: &u)
    #expect(u.entries.map(\.key) == strings(["a", "b"]))
  }

  @Test("a deleted key that comes back takes the first dummy on its probe path")
  func deleteAndReinsert() {
    var t = table27()
    insert(["x", "y", "z", "name", "next", "t"], into: &t)
    _ = t.remove(.str("y"))
    t.set(.str("y"), .int(7))
    #expect(t.entries.map(\.key) == strings(["name", "next", "t", "y", "x", "z"]))
    var u = table27()
    insert(["a", "b", "c", "d", "e"], into: &u)
    _ = u.remove(.str("b"))
    _ = u.remove(.str("a"))
    u.set(.str("q"), .int(1))
    u.set(.str("b"), .int(2))
    #expect(u.entries.map(\.key) == strings(["q", "c", "b", "e", "d"]))
    #expect(u.count == 5)
  }

  @Test("resizes re-insert in old slot order")
  func resizes() {
    var t = table27()
    insert((0..<100).map { "k\($0)" }, into: &t)
    let expected = [
      59, 58, 57, 56, 55, 54, 53, 52, 51, 50, 48, 49, 44, 45, 46, 47, 40, 41, 42, 43, 71, 70, 73, 72, 75, 74, 77,
      76, 79, 78, 66, 67, 64, 65, 62, 63, 60, 61, 68, 69, 99, 98, 93, 92, 91, 90, 97, 96, 95, 94, 13, 12, 11, 10,
      17, 16, 15, 14, 19, 18, 88, 89, 80, 81, 82, 83, 84, 85, 86, 87, 35, 34, 37, 36, 31, 30, 33, 32, 39, 38, 3,
      2, 1, 0, 7, 6, 5, 4, 9, 8, 28, 29, 22, 23, 20, 21, 26, 27, 24, 25,
    ]
    #expect(t.entries.map(\.key) == strings(expected.map { "k\($0)" }))
    #expect(t.get(.str("k42")) == .int(42))
  }

  @Test("deletes, then inserts that refill dummies and resize")
  func mixed() {
    var t = table27()
    insert((0..<20).map { "n\($0)" }, into: &t)
    for i in stride(from: 0, to: 20, by: 3) { _ = t.remove(.str("n\(i)")) }
    for i in 0..<5 { t.set(.str("m\(i)"), .int(i)) }
    let expected = [
      "n13", "n10", "n11", "n16", "n17", "n14", "n19", "n8", "m4", "m1", "m0", "m3", "m2", "n1", "n2", "n4", "n5",
      "n7",
    ]
    #expect(t.entries.map(\.key) == strings(expected))
    var values: [Value] = []
    t.forEachValue { values.append($0) }
    #expect(values == t.entries.map(\.value))
  }

  @Test("int keys: value hashes, colliding probes, True finds 1")
  func intKeys() {
    var t = table27()
    for k in [3, 1, 2, 10, -1, 8, 16, 24] { t.set(.int(k), .int(0)) }
    t.set(.bool(true), .str("one"))
    #expect(t.entries.map(\.key) == [1, 2, 3, 8, 10, 16, 24, -1].map { .int($0) })
    #expect(t.get(.int(1)) == .str("one"))
  }

  @Test("None, str and int keys together")
  func mixedKinds() {
    var t = table27()
    t.set(.none, .int(1))
    t.set(.str("a"), .int(2))
    t.set(.int(0), .int(3))
    #expect(t.entries.map(\.key) == [.str("a"), .int(0), .none])
  }

  @Test("object keys hash by address")
  func objectKeys() {
    let addresses: [UInt64] = [
      0x7fff_f79a_9a90, 0x7fff_f79a_9cd0, 0x7fff_f79a_9b10, 0x7fff_f79a_9bd0, 0x7fff_f79a_9c10, 0x7fff_f79a_9c50,
      0x7fff_f79a_9f50,
    ]
    var byID: [Int32: UInt64] = [:]
    for (i, a) in addresses.enumerated() { byID[Int32(100 + i)] = a }
    var t = table27(byID)
    for i in 0..<7 { t.set(.object(ObjectID(Int32(100 + i))), .int(i)) }
    #expect(t.entries.map(\.value) == [4, 5, 0, 1, 2, 6, 3].map { .int($0) })
  }

  @Test("a display of more than five pairs is presized (BUILD_MAP)")
  func presized() {
    let keys = ["obj1", "obj2", "a", "b", "c", "zeta", "x", "y"]
    var literal = table27()
    literal.presize(keys.count)
    insert(keys, into: &literal)
    #expect(literal.entries.map(\.key) == strings(["obj1", "a", "c", "obj2", "y", "x", "zeta", "b"]))
    var grown = table27()
    insert(keys, into: &grown)
    #expect(grown.entries.map(\.key) == strings(["obj1", "a", "c", "obj2", "b", "y", "x", "zeta"]))
  }

  @Test("above 50,000 entries the table grows by used*2")
  func huge() {
    var t = table27()
    for i in 0..<60_000 { t.set(.str("k\(i)"), .int(i)) }
    let keys = t.entries.map(\.key)
    #expect(
      keys.prefix(8).elementsEqual(
        strings(["k49991", "k40479", "k9805", "k54363", "k43452", "k54362", "k51107", "k54361"])))
    #expect(
      keys.suffix(8).elementsEqual(
        strings(["k9262", "k40474", "k43458", "k4669", "k40475", "k51105", "k40478", "k37585"])))
  }

  @Test("clear starts over with a fresh table")
  func clear() {
    var t = table27()
    insert((0..<30).map { "k\($0)" }, into: &t)
    #expect(t.removeAll().count == 30)
    insert(["obj1", "obj2", "a", "b", "c", "zeta"], into: &t)
    #expect(t.entries.map(\.key) == strings(["obj1", "a", "c", "obj2", "b", "zeta"]))
  }

  @Test("insertion order stays as it was (3.x)")
  func insertionOrder() {
    var t = DictStorage()
    for k in ["obj1", "obj2", "a", "b"] { t.set(.str(k), .int(0)) }
    _ = t.remove(.str("obj2"))
    t.set(.str("obj2"), .int(1))
    #expect(t.entries.map(\.key) == strings(["obj1", "a", "b", "obj2"]))
  }

  @Test("the heap makes tables in its profile's order")
  func heapFactory() {
    #expect(Heap(profile: .cpython27).newTable().order == .python27Slots)
    #expect(Heap(profile: .cpython311).newTable().order == .insertion)
  }
}
