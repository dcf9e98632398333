import GCEngine
import PropertyBased
import Testing

/// DictStorage against Swift's Dictionary: whatever sequence of stores and
/// deletes, in either order model, every key finds its last value, deleted
/// keys are gone, and the count agrees (its KeyIndex probes, marks deleted
/// slots and grows on its own).
@Suite("Dict storage")
struct DictStorageTests {
  static func key(_ n: Int) -> Value {
    switch n % 4 {
    case 0: return .int(n / 4 - 40)
    case 1: return .str("k\(n / 4)")
    case 2: return .object(ObjectID(n / 4))
    default: return n % 8 == 3 ? .none : .bool(n % 16 == 7)
    }
  }

  @Test("stores and deletes agree with a Swift Dictionary, in both orders")
  func agreesWithDictionary() async {
    let operations = Gen.int(in: 0...999).array(of: 1...400)
    await propertyCheck(input: operations) { ops in
      for order in [DictOrder.insertion, .python27Slots] {
        var table = DictStorage(
          order: order, hasher: order == .python27Slots ? DictHasher { UInt64($0.raw) << 4 } : nil)
        var reference: [DictKey: Value] = [:]
        for (step, op) in ops.enumerated() {
          let key = Self.key(op % 200)
          if op >= 700 {
            #expect(table.remove(key) == reference.removeValue(forKey: DictKey(key)))
          } else {
            let value = Value.int(step)
            #expect(table.set(key, value) == reference.updateValue(value, forKey: DictKey(key)))
          }
          #expect(table.count == reference.count)
        }
        for n in 0..<200 {
          let key = Self.key(n)
          #expect(table.get(key) == reference[DictKey(key)])
          if case .str(let name) = key { #expect(table.get(name: name) == reference[DictKey(key)]) }
        }
      }
    }
  }

  @Test("a million int keys, then every other one deleted, are all found")
  func manyKeys() {
    var table = DictStorage()
    for i in 0..<1_000_000 { table.set(.int(i), .int(-i)) }
    for i in stride(from: 0, to: 1_000_000, by: 2) { _ = table.remove(.int(i)) }
    #expect(table.count == 500_000)
    #expect((0..<1_000_000).allSatisfy { table.get(.int($0)) == ($0 % 2 == 0 ? nil : .int(-$0)) })
  }
}
