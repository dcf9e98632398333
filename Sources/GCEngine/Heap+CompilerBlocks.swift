/// Blocks the real interpreter's compiler takes and gives back before the
/// script's first line (its dicts, lists and tuples are no simulated
/// objects): they come from and go back to the type free lists, moving
/// count0 as CPython's allocator does, so the script starts with the
/// counts and spares the real one has.
extension Heap {
  /// A GC allocation: a spare from `freeList`, else a new block (count0 + 1,
  /// which may start an automatic collection, as in _PyObject_GC_Malloc).
  public func takeCompilerBlock(_ freeList: FreeListKind?, size: Int) -> UInt64 {
    if let freeList, let spare = spareAddresses[freeList.slot].popLast() { return spare }
    counts[0] += 1
    maybeCollectAutomatically()
    return allocator.allocate(size)
  }

  /// The block back: onto `freeList` when it has room, else to the
  /// allocator (PyObject_GC_Del: count0 - 1 if above 0).
  public func returnCompilerBlock(_ freeList: FreeListKind?, address: UInt64, size: Int) {
    if let freeList, spareAddresses[freeList.slot].count < spareCapacity[freeList.slot] {
      spareAddresses[freeList.slot].append(address)
      return
    }
    allocator.free(address, size: size)
    if counts[0] > 0 { counts[0] -= 1 }
  }

  /// Bytes a block of `kind` takes (a tuple's by its length).
  public func blockSize(_ kind: FreeListKind) -> Int { sizeForFreeList(kind) }
}
