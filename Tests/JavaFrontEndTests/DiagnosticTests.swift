import JavaFrontEnd
import Testing

/// The first error of `source` (compiled as T.java) as the user sees it.
func diagnostic(_ source: String, file: String = "T.java") -> String? {
  do {
    _ = try JavaFrontEnd.compile(source, fileName: file)
    return nil
  } catch {
    return error.rendered(file: file, source: source)
  }
}

/// A main class around `body` (the statements of main).
func program(_ body: String, members: String = "") -> String {
  "public class T {\n" + members + "  public static void main(String[] args) {\n" + body + "\n  }\n}\n"
}

@Suite("Java diagnostics: file:line:col, the line, a caret")
struct JavaDiagnosticTests {
  @Test("lexer errors")
  func lexer() {
    #expect(
      diagnostic(program("    System.out.println(\"abc);"))
        == "T.java:3:24: error: unclosed string literal\n    System.out.println(\"abc);\n                       ^\n")
    #expect(
      diagnostic(program("    int c = 'x';"))
        == "T.java:3:13: error: char literals are not supported (use a String literal)\n    int c = 'x';\n            ^\n"
    )
    #expect(
      diagnostic(program("    int big = 2147483648;"))
        == "T.java:3:15: error: integer number too large\n    int big = 2147483648;\n              ^\n")
    #expect(
      diagnostic(program("    int d = 1.5;"))
        == "T.java:3:13: error: floating-point numbers are not supported\n    int d = 1.5;\n            ^\n")
    #expect(
      diagnostic("public class T { /* never closed\n")
        == "T.java:1:18: error: unclosed comment\npublic class T { /* never closed\n                 ^\n")
    #expect(
      diagnostic(program("    int a = 1 # 2;"))
        == "T.java:3:15: error: illegal character: '#'\n    int a = 1 # 2;\n              ^\n")
  }

  @Test("parser errors name the unsupported construct")
  func parser() {
    #expect(
      diagnostic(program("    int x = 1\n    x++;"))
        == "T.java:4:5: error: ';' expected\n    x++;\n    ^\n")
    #expect(
      diagnostic(program("    List<Node> nodes = null;"))
        == "T.java:3:9: error: generics are not supported\n    List<Node> nodes = null;\n        ^\n")
    #expect(
      diagnostic(program("    long n = 3;"))
        == "T.java:3:5: error: the type 'long' is not supported (only int, boolean and classes)\n    long n = 3;\n    ^\n"
    )
    #expect(
      diagnostic(program("    try { } catch (Exception e) { }"))
        == "T.java:3:5: error: exceptions are not supported\n    try { } catch (Exception e) { }\n    ^\n")
    #expect(
      diagnostic("interface Shape { }\n")
        == "T.java:1:1: error: interfaces are not supported\ninterface Shape { }\n^\n")
    #expect(
      diagnostic(program("    Runnable r = () -> { };"))
        == "T.java:3:18: error: lambda expressions are not supported\n    Runnable r = () -> { };\n                 ^\n"
    )
    #expect(
      diagnostic(program("    int y = (int) 3;"))
        == "T.java:3:13: error: casts are not supported\n    int y = (int) 3;\n            ^\n")
    #expect(
      diagnostic(program("    1 + 2;"))
        == "T.java:3:5: error: not a statement\n    1 + 2;\n    ^\n")
    #expect(
      diagnostic("class A extends B { }\n")
        == "T.java:1:9: error: 'extends' is not supported (every class extends Object)\nclass A extends B { }\n        ^\n"
    )
  }

  @Test("checker errors: names, types, static context, files")
  func checker() {
    #expect(
      diagnostic(program("    int q = missing + 1;"))
        == "T.java:3:13: error: cannot find symbol: variable missing\n    int q = missing + 1;\n            ^\n")
    #expect(
      diagnostic(program("    int q = true;"))
        == "T.java:3:13: error: incompatible types: boolean cannot be converted to int\n    int q = true;\n            ^\n"
    )
    // A conditional assigned to a variable: the arm that does not fit is named.
    #expect(
      diagnostic(program("    T t = 1 > 0 ? null : \"x\";"))
        == "T.java:3:26: error: incompatible types: bad type in conditional expression; String cannot be converted to T\n    T t = 1 > 0 ? null : \"x\";\n                         ^\n"
    )
    #expect(
      diagnostic(program("    T t = 1 > 0 ? (2 > 1 ? null : \"x\") : null;"))
        == "T.java:3:35: error: incompatible types: bad type in conditional expression; String cannot be converted to T\n    T t = 1 > 0 ? (2 > 1 ? null : \"x\") : null;\n                                  ^\n"
    )
    // int and null would be boxed to Integer (javac accepts it).
    #expect(
      diagnostic(program("    int i = 1 > 0 ? null : 1;"))
        == "T.java:3:19: error: incompatible types in conditional expression: <null> and int\n    int i = 1 > 0 ? null : 1;\n                  ^\n"
    )
    #expect(
      diagnostic(program("    T t = 1 > 0 ? 1 : 2;"))
        == "T.java:3:11: error: incompatible types: int cannot be converted to T\n    T t = 1 > 0 ? 1 : 2;\n          ^\n"
    )
    #expect(
      diagnostic(program("    String s = \"a\";"))
        == "T.java:3:5: error: String variables are not supported (strings are only literals, concatenations and println arguments)\n    String s = \"a\";\n    ^\n"
    )
    #expect(
      diagnostic(program("    x = 1;", members: "  int x;\n"))
        == "T.java:4:5: error: non-static variable x cannot be referenced from a static context\n    x = 1;\n    ^\n")
    #expect(
      diagnostic(program("    System.exit(0);"))
        == "T.java:3:12: error: System.exit() is not supported (only System.gc() and System.out.println/print)\n    System.exit(0);\n           ^\n"
    )
    #expect(
      diagnostic(program("    System.out.println(new T());"))
        == "T.java:3:24: error: printing a T is not supported (its text would depend on the JVM's identity hash)\n    System.out.println(new T());\n                       ^\n"
    )
    #expect(
      diagnostic("public class T {\n  class Inner { }\n  public static void main(String[] args) { }\n}\n")
        == "T.java:2:3: error: inner classes are not supported: declare it 'static class Inner'\n  class Inner { }\n  ^\n"
    )
    #expect(
      diagnostic("public class Other {\n  public static void main(String[] args) { }\n}\n")
        == "T.java:1:14: error: class Other is public, should be declared in a file named Other.java\npublic class Other {\n             ^\n"
    )
    #expect(
      diagnostic("public class T {\n  static void main() { }\n}\n")
        == "T.java:1:14: error: class T has no 'public static void main(String[] args)'\npublic class T {\n             ^\n"
    )
  }

  @Test("flow errors: missing return, unreachable code, uninitialized locals")
  func flow() {
    #expect(
      diagnostic(program("", members: "  static int f(int x) {\n    if (x > 0) return 1;\n  }\n"))
        == "T.java:4:3: error: missing return statement\n  }\n  ^\n")
    #expect(
      diagnostic(program("    return;\n    int z = 1;"))
        == "T.java:4:9: error: unreachable statement\n    int z = 1;\n        ^\n")
    #expect(
      diagnostic(program("    while (true) { }\n    System.gc();"))
        == "T.java:4:5: error: unreachable statement\n    System.gc();\n    ^\n")
    #expect(
      diagnostic(program("    int y;\n    System.out.println(y);"))
        == "T.java:4:24: error: variable y might not have been initialized\n    System.out.println(y);\n                       ^\n"
    )
    #expect(
      diagnostic(program("    int y;\n    if (y() > 0) y = 1;\n    y++;", members: "  static int y() { return 1; }\n"))
        == "T.java:6:5: error: variable y might not have been initialized\n    y++;\n    ^\n")
    #expect(
      diagnostic(
        program(
          "    int y;\n    if (y() > 0) y = 1; else y = 2;\n    y++;", members: "  static int y() { return 1; }\n"))
        == nil)
    #expect(
      diagnostic(program("    System.out.println(args.length);"))
        == "T.java:3:24: error: args cannot be used: String values are not supported\n    System.out.println(args.length);\n                       ^\n"
    )
    #expect(diagnostic(program("    int y;\n    while (true) { y = 1; break; }\n    y++;")) == nil)
    #expect(
      diagnostic(program("    break;"))
        == "T.java:3:5: error: break outside switch or loop\n    break;\n    ^\n")
  }

  @Test("control characters in the source line are shown escaped, the caret still under its column")
  func controlCharacters() {
    let source = program("    System.out.println(\"\u{1B}[31m\" + nope);")
    #expect(
      diagnostic(source)
        == "T.java:3:34: error: cannot find symbol: variable nope\n    System.out.println(\"\\x1b[31m\" + nope);\n                                    ^\n"
    )
  }
}
