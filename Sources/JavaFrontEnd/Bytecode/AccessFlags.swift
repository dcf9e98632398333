// Access flags as the class file stores them (JVMS 4.1, 4.5, 4.6).

public struct JavaAccessFlags: OptionSet, Hashable, Sendable {
  public var rawValue: UInt16
  public init(rawValue: UInt16) { self.rawValue = rawValue }

  public static let `public` = JavaAccessFlags(rawValue: 0x0001)
  public static let `private` = JavaAccessFlags(rawValue: 0x0002)
  public static let protected = JavaAccessFlags(rawValue: 0x0004)
  public static let `static` = JavaAccessFlags(rawValue: 0x0008)
  /// On classes: javac sets ACC_SUPER on every class it writes.
  public static let `super` = JavaAccessFlags(rawValue: 0x0020)

}
