import GCEngine
import Testing

/// The allocator traffic that decides printed addresses besides the
/// objects themselves: realloc, list item arrays, run-time strs.
@Suite("Allocator: realloc, list item arrays, strs")
struct AllocationTests {
  /// The capacities `list_resize` gives a list filled by appends.
  private func appendCapacities(_ model: ListItemsModel, upTo n: Int) -> [Int] {
    var capacity = 0
    var seen = [0]
    for count in 1...n {
      if let grown = model.capacity(for: count, count: count - 1, capacity: capacity) {
        capacity = grown
        seen.append(grown)
      }
    }
    return seen
  }

  @Test("list_resize grows as CPython 3.11 and 2.7 do")
  func listGrowth() {
    // The sequences listobject.c's comments give for repeated appends.
    #expect(appendCapacities(Profile.cpython311.listItems!, upTo: 80) == [0, 4, 8, 16, 24, 32, 40, 52, 64, 76, 92])
    #expect(appendCapacities(Profile.cpython27.listItems!, upTo: 80) == [0, 4, 8, 16, 25, 35, 46, 58, 72, 88])
    // Popping keeps the array until fewer than half the slots are used.
    let model = Profile.cpython311.listItems!
    #expect(model.capacity(for: 8, count: 9, capacity: 16) == nil)
    #expect(model.capacity(for: 7, count: 8, capacity: 16) == 12)
    #expect(model.capacity(for: 0, count: 1, capacity: 4) == 0)
  }

  @Test("pymalloc realloc keeps a block that shrinks by a quarter at most, else frees it after the copy")
  func reallocation() {
    let allocator = Allocator(Profile.cpython311.allocator)
    let block = allocator.allocate(144)
    #expect(allocator.reallocate(block, from: 144, to: 112) == (block, 144))
    let moved = allocator.reallocate(block, from: 144, to: 65)
    #expect(moved.address != block && moved.size == 65)
    // The old block is the next one of its class.
    #expect(allocator.allocate(140) == block)
    let bytes = allocator.bytesInUse
    allocator.free(moved.address, size: moved.size)
    #expect(allocator.bytesInUse == bytes - 80)
  }

  @Test("str sizes: 2.7 bytes, 3.11 compact ASCII and wider text")
  func stringSizes() {
    let hex = "0x7f8b4c6dd9b0"
    #expect(Profile.cpython27.stringSizes.size(of: hex) == 51)
    #expect(Profile.cpython311.stringSizes.size(of: hex) == 63)
    #expect(Profile.cpython311.stringSizes.size(of: "é") == 74)
    #expect(Profile.cpython311.stringSizes.size(of: "─x") == 78)
  }

  @Test("a 3.11 list's item array takes a freed block of the instances' class at its third item")
  func listItemsShareClasses() {
    let heap = Heap(profile: .cpython311)
    let instance = heap.makeObject(.instance, size: 56, freeList: nil)
    let address = heap.address(instance)
    let list = heap.makeObject(.list, size: heap.profile.objectSizes.list, freeList: .list)
    heap.setItems(list, [.int(1), .int(2)])
    heap.decref(instance, .unbind)
    // 2 items: 16 bytes; the third append moves them to 8 slots, 64 bytes.
    heap.withItems(list) { $0.append(.int(3)) }
    let next = heap.makeObject(.instance, size: 56, freeList: nil)
    #expect(heap.address(next) != address)
    // Freeing the list gives the array's block back before the list's own.
    heap.decref(list, .unbind)
    #expect(heap.address(heap.makeObject(.instance, size: 56, freeList: nil)) == address)
  }

  @Test("a run-time str is no GC object: it leaves count0 alone and frees its block")
  func strings() {
    let heap = Heap(profile: .cpython311)
    let before = heap.counts
    let s = heap.makeString("0x7f8b4c6dd9b0")
    #expect(heap.kind(s) == .str && heap.stringText(s) == "0x7f8b4c6dd9b0")
    #expect(heap.counts == before)
    let address = heap.address(s)
    heap.decref(s, .unbind)
    #expect(!heap.isAlive(s) && heap.counts == before)
    #expect(heap.address(heap.makeObject(.instance, size: 56, freeList: nil)) == address)
  }
}
