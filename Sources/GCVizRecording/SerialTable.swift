import GCEngine

/// Each recorded object's serial by its slot in the heap: an array, not a
/// dictionary, because the recorder asks for every reference of every
/// object it syncs (hashing was a fifth of recording a growing list).
struct SerialTable {
  private var serials: [Int] = []

  /// Each object that has a serial, by id.
  func forEach(_ body: (ObjectID) -> Void) {
    for (i, serial) in serials.enumerated() where serial != 0 { body(ObjectID(Int32(i))) }
  }

  /// nil: the object is not recorded (a startup stand-in, or freed).
  subscript(id: ObjectID) -> Int? {
    get {
      let i = id.index
      guard i >= 0, i < serials.count, serials[i] != 0 else { return nil }
      return serials[i] - 1
    }
    set {
      let i = id.index
      guard i >= 0 else { return }
      if i >= serials.count {
        guard newValue != nil else { return }
        serials.append(contentsOf: repeatElement(0, count: max(i + 1, serials.count * 2) - serials.count))
      }
      serials[i] = newValue.map { $0 + 1 } ?? 0
    }
  }
}
