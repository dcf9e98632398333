// The Java front end's entry point: source text to a compiled program, or
// the first error as a Diagnostic (`file:line:col: error: ...`).

@_exported import ScenarioSource

public enum JavaFrontEnd {
  /// Parses, checks and compiles one Java file. `fileName` is used to check
  /// that the public class is named after it (as javac requires) when it
  /// ends in `.java`.
  public static func compile(_ source: String, fileName: String) throws(Diagnostic) -> JavaProgram {
    // The syntax and typed trees are made and dropped on the large stack too
    // (freeing a deep tree recurses as well).
    let result = onLargeStack { () -> Result<JavaProgram, Diagnostic> in
      do throws(Diagnostic) {
        let file = try JavaParser.parse(source)
        let (classes, mainClass) = try JavaChecker.check(file, fileName: fileName)
        return .success(try JavaCompiler.compile(classes, mainClass: mainClass))
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }
}
