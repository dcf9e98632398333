// swift-tools-version: 6.1
import PackageDescription

// The engine and interpreter keep their state in class-owned arrays; in a
// release build the dynamic exclusivity checks on those accesses cost more
// than the simulation itself (measured: ~45% of f2's time). Debug builds,
// which the tests use, keep the checks.
let hotPathSettings: [SwiftSetting] = [
  .unsafeFlags(["-enforce-exclusivity=unchecked", "-cross-module-optimization"], .when(configuration: .release))
]

// GCVizKit gets the exclusivity setting alone: with cross-module
// optimization its closures' local types are serialized into clients, and
// the fuzz package's release build (scripts/fuzz.sh) then fails in the
// compiler ("Global is external, but doesn't have external or weak linkage").
let kitSettings: [SwiftSetting] = [
  .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))
]

let package = Package(
  name: "gcviz",
  products: [
    .executable(name: "gcviz", targets: ["gcviz"]),
    .library(name: "GCEngine", targets: ["GCEngine"]),
    .library(name: "ScenarioSource", targets: ["ScenarioSource"]),
    .library(name: "PythonFrontEnd", targets: ["PythonFrontEnd"]),
    .library(name: "PythonRuntime", targets: ["PythonRuntime"]),
    .library(name: "JavaFrontEnd", targets: ["JavaFrontEnd"]),
    .library(name: "JavaRuntime", targets: ["JavaRuntime"]),
    .library(name: "GCVizKit", targets: ["GCVizKit"]),
    .library(name: "GCVizTimeline", targets: ["GCVizTimeline"]),
    .library(name: "GCVizRecording", targets: ["GCVizRecording"]),
    .library(name: "GCVizScreen", targets: ["GCVizScreen"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
    .package(url: "https://github.com/pointfreeco/swift-snapshot-testing.git", from: "1.19.0"),
  ],
  targets: [
    // The simulated heap: objects, refcounts, allocator, generations, collector.
    // Knows nothing of files, terminals or Python syntax.
    .target(name: "GCEngine", swiftSettings: hotPathSettings),
    // Positions in a scenario file and the `file:line:col: error:` report,
    // shared by every front end; `InertText`, which every output path uses
    // to show what a scenario controls without letting it drive a terminal.
    .target(name: "ScenarioSource"),
    // The Python-subset front end: lexer, parser, and a compiler to code
    // objects (instructions shaped like CPython's bytecode) as plain data.
    .target(name: "PythonFrontEnd", dependencies: ["GCEngine", "ScenarioSource"], swiftSettings: hotPathSettings),
    // The Python runtime: runs code objects instruction by instruction on
    // the engine's heap, with the objects, builtins and modules a scenario
    // uses, counting references as each CPython version does.
    .target(
      name: "PythonRuntime", dependencies: ["PythonFrontEnd", "GCEngine", "ScenarioSource"],
      swiftSettings: hotPathSettings),
    // The Java-subset front end: lexer, parser, checker, and a compiler to
    // JVM instructions shaped as javac 17 emits them, as plain data.
    .target(name: "JavaFrontEnd", dependencies: ["ScenarioSource"]),
    // The toy JVM: runs the compiled classes instruction by instruction on
    // the engine's heap, counting a reference per slot that holds one.
    .target(name: "JavaRuntime", dependencies: ["JavaFrontEnd", "GCEngine"], swiftSettings: hotPathSettings),
    // The recorded run: states built from timeline entries, checkpoints,
    // seeking forward and back at three grains. Knows no front end.
    .target(name: "GCVizTimeline", dependencies: ["GCEngine"], swiftSettings: hotPathSettings),
    // Recording a run: heap events and a program's reads turned into
    // timeline entries as edits. Knows no front end (a program is a
    // `RecordedProgram`; the conformances are GCVizKit's).
    .target(name: "GCVizRecording", dependencies: ["GCEngine", "GCVizTimeline"], swiftSettings: hotPathSettings),
    // Pure drawing: a run state and a size to a grid of styled cells, and
    // the text, ANSI and SVG writers. Knows no terminal library.
    .target(name: "GCVizScreen", dependencies: ["GCVizTimeline", "GCEngine", "ScenarioSource"]),
    // Scenario files, the built-in library, the headless runner, recording.
    // The repository's `scenarios/` folder is its resource: the build copies
    // it into the bundle gcviz_GCVizKit.resources next to the binary, where
    // an installed gcviz finds it (`ScenarioLibrary.directory`).
    .target(
      name: "GCVizKit",
      dependencies: [
        "GCEngine", "ScenarioSource", "PythonFrontEnd", "PythonRuntime", "JavaFrontEnd", "JavaRuntime", "GCVizTimeline",
        "GCVizRecording",
        "GCVizScreen",
      ],
      resources: [.copy("../../scenarios")], swiftSettings: kitSettings),
    // ncursesw, through a small shim header (macros and C globals Swift
    // cannot import). On Debian: apt-get install libncurses-dev.
    .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
    // The thin terminal backend: draws grids with ncurses, reads keys,
    // restores the terminal. The only code that imports ncurses.
    .target(name: "GCVizTerminal", dependencies: ["CNcursesw", "GCVizScreen", "ScenarioSource"]),
    .executableTarget(
      name: "gcviz",
      dependencies: [
        "GCVizKit", "GCEngine", "PythonFrontEnd", "PythonRuntime", "GCVizTimeline", "GCVizScreen", "GCVizTerminal",
        "ScenarioSource",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // What the test targets share: running the oracles and the binary.
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(
      name: "GCEngineTests",
      dependencies: [
        "GCEngine",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(name: "PythonFrontEndTests", dependencies: ["PythonFrontEnd", "ScenarioSource"]),
    // The Python runtime: limits, refusals, the invariant after every
    // instruction, and every builtin name simulated or refused.
    .testTarget(name: "PythonRuntimeTests", dependencies: ["PythonRuntime", "PythonFrontEnd", "GCVizKit"]),
    // Java front end: diagnostics, and every corpus case and Java scenario
    // compiled by javac and compared instruction by instruction (javap).
    .testTarget(
      name: "JavaFrontEndTests", dependencies: ["JavaFrontEnd", "TestSupport"], exclude: ["corpus", "acceptance"]),
    // The toy JVM: counts per instruction, the invariant after every
    // instruction, leak reports, and `java` as the oracle for output.
    .testTarget(
      name: "JavaRuntimeTests",
      dependencies: ["JavaRuntime", "JavaFrontEnd", "GCEngine", "GCVizKit", "GCVizScreen", "TestSupport"],
      exclude: ["corpus"]),
    .testTarget(
      name: "GCVizTimelineTests",
      dependencies: ["GCVizTimeline", "GCVizKit", "GCEngine", "PythonFrontEnd", "PythonRuntime"]),
    .testTarget(
      name: "GCVizScreenTests",
      dependencies: [
        "GCVizScreen", "GCVizTimeline", "GCVizKit", "GCEngine",
        .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["__Snapshots__"]
    ),
    // The live front end: PlaySession without a terminal, and `gcviz play`
    // in tmux compared with `gcviz render` (needs the gcviz binary, which
    // `swift test` builds with everything else); the binary fed hostile
    // files, paths, terminals and limits.
    .testTarget(
      name: "PlayTests", dependencies: ["GCVizKit", "GCVizScreen", "GCVizTimeline", "GCEngine", "TestSupport"],
      exclude: ["hostile"]),
    .testTarget(
      name: "DifferentialTests",
      dependencies: ["GCVizKit", "PythonFrontEnd", "PythonRuntime", "TestSupport"],
      exclude: ["corpus", "realworld", "stdout"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
