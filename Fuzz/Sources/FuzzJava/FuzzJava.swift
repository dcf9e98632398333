import FuzzSupport
import GCEngine
import GCVizKit

/// libFuzzer's entry: the input as a Java scenario, compiled and run on the
/// toy JVM under jvm-rc and then jvm-rc+cycles. The file is named after its
/// public class, as a scenario file is, so the input is not refused only
/// for its name.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJava(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let source = FuzzRun.text(data, size)
  let name = publicClassName(source) ?? "Main"
  let scenario = Scenario(name: name, path: name + ".java", source: source)
  for profile in Profile.jvmProfiles {
    FuzzRun.run(scenario, profile: profile)
  }
  return 0
}

/// The identifier after the first `public class`, if any.
func publicClassName(_ source: String) -> String? {
  guard let range = source.range(of: "public class") else { return nil }
  let name = source[range.upperBound...].drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" })
    .prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" })
  return name.isEmpty ? nil : String(name)
}
