import ArgumentParser
import GCEngine

/// A size on the command line (`1048576`, `64K`, `256M`, `1G`), read and
/// shown by `ByteSize`.
struct SizeArgument: ExpressibleByArgument, CustomStringConvertible {
  var bytes: Int

  init(bytes: Int) { self.bytes = bytes }

  init?(argument: String) {
    guard let bytes = ByteSize.parse(argument) else { return nil }
    self.bytes = bytes
  }

  var description: String { ByteSize.format(bytes) }
}
