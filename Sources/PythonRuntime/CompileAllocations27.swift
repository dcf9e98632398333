import GCEngine
import PythonFrontEnd

/// CPython 2.7 compiling the script (PyAST_Compile), replayed on the heap's
/// free lists from the module's `CPython27Unit`: symtable.c's entries and
/// its analysis dicts, then compile.c's units (their dicts of key tuples,
/// the code objects' tuples, the peephole's folds), then the symtable
/// freed. Each step's dict, list or tuple is taken and given back as the
/// real one is (the sequence was checked against CPython 2.7.18 under gdb:
/// count0 and every free list at PyEval_EvalCode, for the whole corpus).
struct CompileAllocations27 {
  let heap: Heap
  let sizes: Profile.ObjectSizes

  private func take(_ kind: FreeListKind) -> UInt64 { heap.takeInterpreterBlock(kind) }
  private func give(_ kind: FreeListKind, _ address: UInt64) { heap.returnInterpreterBlock(kind, address: address) }
  /// A tuple of `n` items: the shared empty tuple for 0 (no block), no
  /// free list from 20 items.
  private func takeTuple(_ n: Int) -> UInt64? {
    guard n > 0 else { return nil }
    return heap.takeInterpreterBlock(n < 20 ? .tuple(n) : nil, size: tupleSize(n))
  }
  private func giveTuple(_ n: Int, _ address: UInt64?) {
    guard let address else { return }
    heap.returnInterpreterBlock(n < 20 ? .tuple(n) : nil, address: address, size: tupleSize(n))
  }
  private func tupleSize(_ n: Int) -> Int { sizes.tupleBase + sizes.tuplePerItem * n }

  func run(_ module: CPython27Unit) {
    // A list the compile keeps past its end: where compile.c takes it is
    // not pinned down, but with it the list free list at PyEval_EvalCode
    // matches gdb's for every corpus file (PyArena_New's own list is made
    // before PyAST_Compile).
    _ = take(.list)
    let compilerStack = take(.list)
    // symtable_new: st_blocks, st_stack; each block's entry (ste_new):
    // its symbols dict, varnames and children lists, alive to the end.
    let blocks = take(.dict)
    let symtableStack = take(.list)
    var entries: [(UInt64, UInt64, UInt64)] = []
    func enter(_ unit: CPython27Unit) {
      entries.append((take(.dict), take(.list), take(.list)))
      unit.children.forEach(enter)
    }
    enter(module)
    // symtable_analyze: `free` and `global`, then analyze_block.
    let free = take(.dict)
    let global = take(.dict)
    analyze(module)
    give(.dict, free)
    give(.dict, global)
    compile(module)
    give(.dict, blocks)
    for (symbols, varnames, children) in entries {
      give(.dict, symbols)
      give(.list, varnames)
      give(.list, children)
    }
    give(.list, symtableStack)
    give(.list, compilerStack)
    // PyEval_EvalCode's frame for the module (the frame free list is
    // empty then); the simulator shows it without counting it again.
    _ = heap.takeInterpreterBlock(nil, size: sizes.frameBase)
  }

  /// analyze_block: local, scope, newglobal, newbound, newfree, allfree;
  /// analyze_child_block copies bound, free and global for each child.
  private func analyze(_ unit: CPython27Unit) {
    let own = (0..<6).map { _ in take(.dict) }
    for child in unit.children {
      let copies = (0..<3).map { _ in take(.dict) }
      analyze(child)
      copies.forEach { give(.dict, $0) }
    }
    own.forEach { give(.dict, $0) }
  }

  /// compiler_enter_scope … makecode … compiler_exit_scope for one unit.
  private func compile(_ unit: CPython27Unit) {
    // u_varnames (a key per parameter), u_cellvars, u_freevars, u_consts,
    // u_names: dicts whose keys are `(name, type)` tuples.
    let varnamesDict = take(.dict)
    var varnameKeys = (0..<unit.parameters).map { _ in take(.tuple(2)) }
    let cellsDict = take(.dict)
    let cellKeys = (0..<unit.cells).map { _ in take(.tuple(2)) }
    let freesDict = take(.dict)
    let freeKeys = (0..<unit.frees).map { _ in take(.tuple(2)) }
    let constsDict = take(.dict)
    let namesDict = take(.dict)
    // The tuples a code object keeps (a fromlist constant, co_names, …)
    // hold their blocks for good: taken and never given back.
    for fromlist in unit.fromlists {
      let t = takeTuple(fromlist.size)
      if fromlist.duplicate { giveTuple(fromlist.size, t) }
    }
    let plainKeys = unit.constantKeys - unit.children.count - unit.negativeZeroKeys
    var constKeys: [(FreeListKind, UInt64)] = (0..<max(0, plainKeys)).map { _ in (.tuple(2), take(.tuple(2))) }
    constKeys += (0..<unit.negativeZeroKeys).map { _ in (.tuple(3), take(.tuple(3))) }
    let nameKeys = (0..<unit.names).map { _ in take(.tuple(2)) }
    varnameKeys += (0..<max(0, unit.varnames - unit.parameters)).map { _ in take(.tuple(2)) }
    for child in unit.children {
      compile(child)
      constKeys.append((.tuple(2), take(.tuple(2))))
    }
    // makecode: the keys in order (a tuple made a list for the
    // peephole), names, varnames, cellvars, freevars, the folds, then
    // co_consts from the list.
    let keysInOrder = takeTuple(unit.constantKeys)
    let list = take(.list)
    giveTuple(unit.constantKeys, keysInOrder)
    for n in [unit.names, unit.varnames, unit.cells, unit.frees] + unit.foldedTuples + [unit.constants] {
      _ = takeTuple(n)
    }
    give(.list, list)
    // compiler_unit_free: each dict drops its keys, then goes itself.
    for (kind, key) in constKeys { give(kind, key) }
    give(.dict, constsDict)
    nameKeys.forEach { give(.tuple(2), $0) }
    give(.dict, namesDict)
    varnameKeys.forEach { give(.tuple(2), $0) }
    give(.dict, varnamesDict)
    freeKeys.forEach { give(.tuple(2), $0) }
    give(.dict, freesDict)
    cellKeys.forEach { give(.tuple(2), $0) }
    give(.dict, cellsDict)
  }
}
