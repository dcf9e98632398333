/// strs made while the script runs, and the scratch buffers that build
/// them. Neither is a GC object: they leave the generation counts alone,
/// but they take blocks in the same size classes as instances, which is
/// what decides the addresses a scenario prints.
extension Heap {
  /// A new str holding `text`, refcount 1. With `buffer`, the str is that
  /// scratch block resized to fit (how `%` finishes its result): the block
  /// stays when it shrinks by at most a quarter, else the str gets a new
  /// block and the scratch one is freed after.
  /// `size` overrides the profile's layout (an encoded bytes object).
  public func makeString(_ text: String, resizing buffer: (address: UInt64, size: Int)? = nil, size: Int? = nil)
    -> ObjectID
  {
    let size = size ?? profile.stringSizes.size(of: text)
    let block: (address: UInt64, size: Int)
    if let buffer {
      block = allocator.reallocate(buffer.address, from: buffer.size, to: size)
    } else {
      block = (allocator.allocate(size), size)
    }
    let id = install(.str, address: block.address, size: block.size)
    items[id.index].append(.str(text))
    return id
  }

  /// The text of a str object.
  public func stringText(_ id: ObjectID) -> String {
    if case .str(let text) = items[id.index].first { return text }
    return ""
  }

  /// A scratch block (a formatting buffer): memory without an object.
  public func allocateScratch(_ size: Int) -> UInt64 { allocator.allocate(size) }

  public func freeScratch(_ address: UInt64, size: Int) { allocator.free(address, size: size) }

  /// The bytes an ASCII str of `length` characters asks for.
  public func stringSize(ascii length: Int) -> Int { profile.stringSizes.size(ofASCII: length) }
}
