/// A list's item array as memory of its own (Objects/listobject.c): a new
/// list gets exactly the slots it is made with, and every later change of
/// length goes through `list_resize`, whose over-allocation decides when
/// the array moves to a bigger block (and frees the old one).
extension Heap {
  /// Called after a list's items changed from `previousCount` items;
  /// `fresh`: the list was just made with them (PyList_New).
  func listItemsChanged(_ i: Int, previousCount: Int, fresh: Bool = false) {
    guard let model = profile.listItems else { return }
    let count = items[i].count
    let capacity: Int
    if fresh && storageAddress[i] == 0 {
      guard count > 0 else { return }
      capacity = count
    } else {
      guard
        let grown = model.capacity(for: count, count: previousCount, capacity: Int(listCapacity[i]))
      else { return }
      capacity = grown
    }
    resizeListItems(i, capacity: capacity, model: model)
  }

  private func resizeListItems(_ i: Int, capacity: Int, model: ListItemsModel) {
    let bytes = capacity * 8
    let address = storageAddress[i]
    listCapacity[i] = Int32(capacity)
    if address == 0 {
      guard bytes > 0 else { return }
      storageAddress[i] = model.inObjectAllocator ? allocator.allocate(bytes) : allocator.allocateSystem(bytes)
      storageSize[i] = Int32(bytes)
      return
    }
    guard bytes > 0 else {
      releaseStorage(i)
      return
    }
    let old = Int(storageSize[i])
    let moved =
      model.inObjectAllocator
      ? allocator.reallocate(address, from: old, to: bytes)
      : allocator.reallocateSystem(address, from: old, to: bytes)
    storageAddress[i] = moved.address
    storageSize[i] = Int32(moved.size)
  }

  /// Gives a new object a separate block of `bytes` from the object
  /// allocator (a 3.11 instance's values array, made right after it).
  public func attachStorage(_ id: ObjectID, bytes: Int) {
    let i = id.index
    storageAddress[i] = allocator.allocate(bytes)
    storageSize[i] = Int32(bytes)
  }

  /// Frees an object's separate block: a list's item array (list_dealloc
  /// and list_clear do it before the list object's own memory goes), an
  /// instance's values array (subtype_dealloc, after dropping the values).
  func releaseStorage(_ i: Int) {
    let address = storageAddress[i]
    guard address != 0 else { return }
    let size = Int(storageSize[i])
    if kinds[i] == .set || kinds[i] == .frozenset {
      freeSetTable(address, size: size)
    } else if kinds[i] != .list || profile.listItems?.inObjectAllocator != false {
      allocator.free(address, size: size)
    } else {
      allocator.freeSystem(address, size: size)
    }
    storageAddress[i] = 0
    storageSize[i] = 0
    listCapacity[i] = 0
  }
}
