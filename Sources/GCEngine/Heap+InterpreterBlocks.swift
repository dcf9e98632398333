/// Blocks the real interpreter takes and gives back for objects the
/// simulator does not show: the compiler's dicts, lists and tuples before
/// the script's first line, a module's functions at its first import.
/// They come from and go back to the type free lists, moving count0 as
/// CPython's allocator does, so the counts and spares stay the real ones.
extension Heap {
  /// A GC allocation: a spare from `freeList`, else a new block (count0 + 1,
  /// which may start an automatic collection, as in _PyObject_GC_Malloc).
  public func takeInterpreterBlock(_ freeList: FreeListKind?, size: Int) -> UInt64 {
    if let freeList, let spare = spareAddresses[freeList.slot].popLast() { return spare }
    counts[0] += 1
    maybeCollectAutomatically()
    return allocator.allocate(size)
  }

  /// The block back: onto `freeList` when it has room, else to the
  /// allocator (PyObject_GC_Del: count0 - 1 if above 0).
  public func returnInterpreterBlock(_ freeList: FreeListKind?, address: UInt64, size: Int) {
    if let freeList, spareAddresses[freeList.slot].count < spareCapacity[freeList.slot] {
      spareAddresses[freeList.slot].append(address)
      return
    }
    allocator.free(address, size: size)
    if counts[0] > 0 { counts[0] -= 1 }
  }

  /// `takeInterpreterBlock` for an object of a free-list type (a tuple's
  /// size from its length).
  public func takeInterpreterBlock(_ kind: FreeListKind) -> UInt64 {
    takeInterpreterBlock(kind, size: sizeForFreeList(kind))
  }

  public func returnInterpreterBlock(_ kind: FreeListKind, address: UInt64) {
    returnInterpreterBlock(kind, address: address, size: sizeForFreeList(kind))
  }

  /// An object taken and dropped at once (a call's argument tuple).
  public func passInterpreterBlock(_ kind: FreeListKind) {
    returnInterpreterBlock(kind, address: takeInterpreterBlock(kind))
  }
}
