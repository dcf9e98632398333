import Foundation
import GCEngine
import PythonFrontEnd
import PythonRuntime

/// The language of a scenario file, from its extension.
public enum ScenarioLanguage: String, Sendable {
  case python
  case java

  /// `.java` files are Java; everything else is Python.
  public init(path: String) {
    self = path.hasSuffix(".java") ? .java : .python
  }

  public var fileExtension: String { self == .java ? ".java" : ".py" }
  /// How a directive line starts: `#: title: ...`, `//: title: ...`.
  public var directivePrefix: String { self == .java ? "//:" : "#:" }
  /// The profiles that run this language.
  public var profileFamily: Profile.Family { self == .java ? .toyJVM : .cpython }
  public var profiles: [Profile] { Profile.all.filter { $0.family == profileFamily } }
  public var displayName: String { self == .java ? "Java" : "Python" }
}

/// A scenario file with its directives (`#:` in Python, `//:` in Java).
public struct Scenario: Sendable {
  public var name: String
  /// The path as the user gave it, or the built-in file's path.
  public var path: String
  public var source: String
  public var title: String?
  public var about: String?
  /// The default profile: the first `#: profile:` or `#: profiles:` names.
  public var profileName: String?
  /// Every profile the header names (`#: profiles: cpython2.7, cpython3.11`):
  /// the ones the scenario is written, and checked, to run under.
  public var profileNames: [String] = []
  /// `#: steps: N`: the step bound for `while True` loops run headless.
  public var steps: Int?
  /// A directive the runner cannot take (`#: steps: 0`, an unknown
  /// profile, an unknown directive): the run is refused with this, at the
  /// value or the directive's name.
  public var directiveProblem: Diagnostic?
  public var language: ScenarioLanguage

  /// The source's lines, line 1 first (what the source panel shows).
  public var lines: [String] {
    source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  /// The directives a scenario file may hold, after `#:` (`//:` in Java).
  /// A `#:` line whose text before its first colon is one word is a
  /// directive: an unknown one is refused, so a misspelt `#: profle:` does
  /// not pass unnoticed. (`#: prose with spaces` stays a comment.)
  public static let directiveNames = ["title", "about", "profile", "profiles", "steps"]

  public init(name: String, path: String, source: String) {
    self.name = name
    self.path = path
    self.source = source
    language = ScenarioLanguage(path: path)
    let prefix = language.directivePrefix
    for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let text = Self.trimmed(line)
      guard text.hasPrefix(prefix) else { continue }
      let body = text.dropFirst(prefix.count)
      guard let colon = body.firstIndex(of: ":") else { continue }
      let key = Self.trimmed(body[..<colon])
      let valueText = Self.trimmed(body[body.index(after: colon)...])
      let value = String(valueText)
      // Columns count Unicode scalars from the start of the line (`SourceLocation`).
      func refuse(_ message: String, at position: String.Index) {
        guard directiveProblem == nil else { return }
        let column = line.unicodeScalars.distance(from: line.startIndex, to: position) + 1
        directiveProblem = Diagnostic(message, at: SourceLocation(line: index + 1, column: column))
      }
      // An empty value is refused at the end of the line.
      let valueStart = valueText.isEmpty ? line.endIndex : valueText.startIndex
      switch key {
      case "title": title = value
      case "about": about = about.map { $0 + " " + value } ?? value
      case "profile", "profiles":
        let names = valueText.split(separator: ",").map(Self.trimmed).filter { !$0.isEmpty }
        profileName = names.first.map(String.init)
        profileNames = names.map(String.init)
        let known = language.profiles.map(\.name).joined(separator: ", ")
        if names.isEmpty { refuse("'\(prefix) \(key):' takes a profile name (known: \(known))", at: valueStart) }
        for name in names {
          if let profile = Profile.named(String(name)) {
            if profile.family != language.profileFamily {
              refuse(
                "profile '\(name)' does not run \(language.displayName) scenarios (its profiles: \(known))",
                at: name.startIndex)
            }
          } else {
            refuse("unknown profile '\(name)' (known: \(known))", at: name.startIndex)
          }
        }
      case "steps":
        // A bound only ever lowers the step limit: 0 (none) or junk would
        // lift it, so it is refused.
        if let n = Int(value), n > 0 {
          steps = n
        } else {
          refuse("'\(prefix) steps:' takes a positive number of line steps", at: valueStart)
        }
      default:
        if !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
          refuse(
            "unknown directive '\(prefix) \(key):' (known: \(Self.directiveNames.joined(separator: ", ")))",
            at: key.startIndex)
        }
      }
    }
  }

  /// `text` without the spaces and tabs around it, as a slice of the same
  /// line (its indices give the columns).
  static func trimmed(_ text: Substring) -> Substring {
    func isSpace(_ c: Character) -> Bool { c.unicodeScalars.allSatisfy(CharacterSet.whitespaces.contains) }
    var start = text.startIndex
    var end = text.endIndex
    while start < end, isSpace(text[start]) { start = text.index(after: start) }
    while end > start, isSpace(text[text.index(before: end)]) { end = text.index(before: end) }
    return text[start..<end]
  }
}

public enum ScenarioError: Error, CustomStringConvertible {
  case notFound(String, known: [String])
  case unreadable(String)
  /// A path that names a folder, and no built-in scenario.
  case directory(String)
  case unknownProfile(String)
  /// `GCVIZ_SCENARIOS` names no folder that can be listed: (path, why).
  case noFolder(String, reason: String)
  /// No bundle of built-in scenarios next to the binary (its folder).
  case notInstalled(String)
  /// A file that is not UTF-8: its rendered `file:line:col` report.
  case invalidUTF8(path: String, report: String)
  /// A profile of the other language: (profile, file, the file's language).
  case wrongLanguage(profile: String, file: String, ScenarioLanguage)

  /// The message, inert: names, paths and profile values may come from a
  /// scenario file or its folder.
  public var description: String {
    func inert(_ text: String) -> String { InertText.escaping(text, keep: []) }
    switch self {
    case .notFound(let name, let known):
      return
        "gcviz: error: no scenario file or built-in scenario named '\(inert(name))' (built-in: \(known.map(inert).joined(separator: ", ")))"
    case .unreadable(let path): return "gcviz: error: cannot read '\(inert(path))'"
    case .directory(let path): return "gcviz: error: \(inert(path)) is a directory, not a scenario file"
    case .noFolder(let path, let reason):
      return "gcviz: error: the scenario folder \(inert(path)) (GCVIZ_SCENARIOS) \(reason)"
    case .notInstalled(let folder):
      return
        "gcviz: error: the built-in scenarios are missing: \(ScenarioLibrary.bundleName) is not next to the gcviz binary in \(inert(folder)) (copy it there with the binary, or set GCVIZ_SCENARIOS to a folder of scenarios)"
    case .invalidUTF8(_, let report): return String(report.dropLast())
    case .unknownProfile(let p):
      return
        "gcviz: error: unknown profile '\(inert(p))' (profiles: \(Profile.all.map(\.name).joined(separator: ", ")))"
    case .wrongLanguage(let profile, let file, let language):
      return
        "gcviz: error: profile '\(inert(profile))' does not run \(language.displayName) scenarios like \(inert(file)) (its profiles: \(language.profiles.map(\.name).joined(separator: ", ")))"
    }
  }

  /// Why a library entry cannot be loaded, in a few words (`gcviz list`).
  public var brief: String {
    switch self {
    case .invalidUTF8(_, let report):
      let position = report.split(separator: ":").dropFirst().prefix(2).joined(separator: ":")
      return "not UTF-8 (at \(position))"
    case .unreadable: return "cannot be read"
    default: return String(description.dropFirst("gcviz: error: ".count))
    }
  }
}

/// The built-in scenarios: the repository's `scenarios/` folder, which the
/// build copies into GCVizKit's resource bundle next to the binary.
public enum ScenarioLibrary {
  /// SwiftPM's name for GCVizKit's resource bundle (`<package>_<target>`):
  /// a folder on Linux, installed next to the gcviz binary.
  public static let bundleName = "gcviz_GCVizKit.resources"

  /// `GCVIZ_SCENARIOS` if set; else the scenarios in the resource bundle
  /// next to the binary; else (no bundle there) the `scenarios/` folder of
  /// the checkout this was built from.
  public static var directory: URL { location.url }

  /// The folder, and whether `GCVIZ_SCENARIOS` named it.
  static var location: (url: URL, fromEnvironment: Bool) {
    if let env = ProcessInfo.processInfo.environment["GCVIZ_SCENARIOS"], !env.isEmpty {
      return (URL(fileURLWithPath: env), true)
    }
    return (bundledDirectory ?? checkoutDirectory, false)
  }

  /// The running binary's folder, its symlinks resolved: an install may
  /// link the binary from a `bin` folder to where its bundle is.
  static let binaryFolder: URL = {
    let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    return executable.resolvingSymlinksInPath().deletingLastPathComponent()
  }()

  /// The bundle's `scenarios` folder, if the bundle is next to the binary.
  /// Looked up here, not through `Bundle.module`, which traps when the
  /// bundle is missing: a gcviz copied without it says so instead.
  static let bundledDirectory: URL? = {
    let bundle = binaryFolder.appendingPathComponent(bundleName)
    let folder = (Bundle(url: bundle)?.resourceURL ?? bundle).appendingPathComponent("scenarios")
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue
      ? folder : nil
  }()

  /// The checkout's folder, for a binary without its bundle (a test
  /// binary built some other way, say).
  static var checkoutDirectory: URL {
    URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("scenarios")
  }

  /// Why the library folder cannot be listed, or nil: `GCVIZ_SCENARIOS`
  /// names a folder that does not exist, or gcviz was installed without
  /// its bundle (and the checkout it was built from is gone).
  public static var problem: ScenarioError? {
    let (url, fromEnvironment) = location
    var isDirectory: ObjCBool = false
    let reason: String
    if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
      reason = "does not exist"
    } else if !isDirectory.boolValue {
      reason = "is not a folder"
    } else if (try? FileManager.default.contentsOfDirectory(atPath: url.path)) == nil {
      reason = "cannot be read"
    } else {
      return nil
    }
    return fromEnvironment ? .noFolder(url.path, reason: reason) : .notInstalled(binaryFolder.path)
  }

  /// The Python scenarios, then the Java ones, each in name order.
  public static var names: [String] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return [ScenarioLanguage.python, .java].flatMap { language in
      let suffix = language.fileExtension
      return files.filter { $0.hasSuffix(suffix) }.map { String($0.dropLast(suffix.count)) }.sorted()
    }
  }

  /// A file of the library folder: the scenario, or why it cannot be loaded.
  public struct Entry {
    public var name: String
    public var scenario: Result<Scenario, ScenarioError>
  }

  /// Every file of the library, those that cannot be loaded too.
  public static func entries() -> [Entry] {
    names.map { name in
      Entry(name: name, scenario: Result { () throws(ScenarioError) in try load(name) })
    }
  }

  public static func all() -> [Scenario] {
    entries().compactMap { try? $0.scenario.get() }
  }

  /// A file path, or the name of a built-in scenario.
  public static func load(_ nameOrPath: String) throws(ScenarioError) -> Scenario {
    let fm = FileManager.default
    var isDirectory: ObjCBool = false
    if fm.fileExists(atPath: nameOrPath, isDirectory: &isDirectory), !isDirectory.boolValue {
      guard let data = fm.contents(atPath: nameOrPath) else { throw ScenarioError.unreadable(nameOrPath) }
      let name = URL(fileURLWithPath: nameOrPath).deletingPathExtension().lastPathComponent
      return Scenario(name: name, path: nameOrPath, source: try text(of: data, path: nameOrPath))
    }
    for language in [ScenarioLanguage.python, .java] {
      // `NodeCycle` or its file name `NodeCycle.java` (not a path).
      var name = nameOrPath
      if !name.contains("/"), name.hasSuffix(language.fileExtension), name.count > language.fileExtension.count {
        name.removeLast(language.fileExtension.count)
      }
      let builtIn = directory.appendingPathComponent(name + language.fileExtension)
      if let data = fm.contents(atPath: builtIn.path) {
        return Scenario(name: name, path: builtIn.path, source: try text(of: data, path: builtIn.path))
      }
    }
    // Checked after the built-in names: a folder called `f2` in the
    // working directory does not hide the built-in f2.
    if isDirectory.boolValue { throw ScenarioError.directory(nameOrPath) }
    if let problem { throw problem }
    throw ScenarioError.notFound(nameOrPath, known: names)
  }

  /// The file's text; a file that is not UTF-8 is refused at its first bad byte.
  static func text(of data: Data, path: String) throws(ScenarioError) -> String {
    switch SourceDecoding.decode([UInt8](data)) {
    case .success(let text): return text
    case .failure(let invalid):
      throw .invalidUTF8(path: path, report: invalid.diagnostic.rendered(file: path, source: invalid.replaced))
    }
  }
}
