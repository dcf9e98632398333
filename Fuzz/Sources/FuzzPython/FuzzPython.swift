import FuzzSupport
import GCEngine
import GCVizKit

/// libFuzzer's entry: the input as a Python scenario, parsed, compiled and
/// run under cpython2.7 and then cpython3.11 (most inputs stop at the
/// parser in one of them, so both cost little more than one).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPython(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let scenario = Scenario(name: "fuzz", path: "fuzz.py", source: FuzzRun.text(data, size))
  for profile in Profile.cpythonProfiles {
    FuzzRun.run(scenario, profile: profile)
  }
  return 0
}
