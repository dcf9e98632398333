import GCEngine
import GCVizKit
import PythonFrontEnd
import Testing

@testable import PythonRuntime

/// A module function is called through its module's file
/// (`Builtins+gc.swift`, ...), chosen by `Native.module`: each function a
/// module's attribute gives must name that module, and each function that
/// names a module must be one of its attributes, or a call would fall to
/// another module's table and be refused as unknown.
@Suite("Module functions and their modules agree")
struct ModuleTableTests {
  @Test("each module's functions name it, and only those", arguments: Profile.cpythonProfiles)
  func modulesAgree(_ profile: Profile) throws {
    let dialect: PythonDialect = profile.pythonMajorVersion == 2 ? .python2 : .python3
    let program = try Compiler.compile(
      PythonParser.parse("pass\n", dialect: dialect), fileName: "t.py", source: "pass\n")
    let interpreter = Interpreter(program: program, profile: profile, output: CapturedOutput())
    let tables = dialect == .python2 ? PythonNames.python2 : PythonNames.python3
    let modules: [(String, Native, (String) -> Value?)] = [
      ("gc", .moduleGC, interpreter.gcAttribute), ("sys", .moduleSys, interpreter.sysAttribute),
      ("time", .moduleTime, interpreter.timeAttribute), ("weakref", .moduleWeakref, interpreter.weakrefAttribute),
    ]
    var reached: Set<Native> = []
    for (name, module, attribute) in modules {
      for member in tables["module \(name)"] ?? [] {
        guard case .native(let raw)? = attribute(member), let native = Native(rawValue: raw), !native.isType else {
          continue
        }
        #expect(
          native.module == module,
          "\(name).\(member) is \(native), whose module is \(String(describing: native.module))")
        reached.insert(native)
      }
    }
    // Every function that names a module is reached by its name there
    // (2.7 lacks some of 3.x's gc functions: only those it has).
    let named = Set(Native.allCases.filter { $0.module != nil })
    let missing = named.subtracting(reached).filter { native in
      tables["module \(native.module!.pythonName)"]?.contains(native.pythonName) == true
    }
    #expect(missing.isEmpty, "functions no module attribute gives: \(missing)")
    #expect(reached.count > 20)
  }
}
