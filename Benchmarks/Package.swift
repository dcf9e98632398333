// swift-tools-version: 6.1
import PackageDescription

// The live visualizer's budgets (frame build, seek, memory while playing),
// measured with ordo-one/benchmark: `swift package benchmark` from this
// folder, or scripts/bench-screen.sh for the README figures. A package of
// its own so that the main package's build, tests and CI never pay for it.

// A package found by path is named after its folder: the checkout's name,
// whatever it is (`main` here).
let gcviz = String(Context.packageDirectory.split(separator: "/").dropLast().last ?? "gcviz").lowercased()

let package = Package(
  name: "gcviz-benchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(path: ".."),
    // Only the malloc interposer: the default traits also ask for the ARC
    // runtime interposer, which is not available here.
    .package(
      url: "https://github.com/ordo-one/benchmark.git", .upToNextMinor(from: "1.38.0"), traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "ScreenBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "GCEngine", package: gcviz),
        .product(name: "GCVizKit", package: gcviz),
        .product(name: "GCVizScreen", package: gcviz),
        .product(name: "GCVizTimeline", package: gcviz),
      ],
      path: "Benchmarks/ScreenBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
  ],
  swiftLanguageModes: [.v6]
)
