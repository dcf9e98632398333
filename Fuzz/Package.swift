// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for the Python and Java front ends and their runtimes.
// A package of its own so that the main package's build, tests and CI never
// build it; scripts/fuzz.sh builds it with the fuzzer and address sanitizers
// (`-sanitize=fuzzer,address`), which supply `main`.

// A package found by path is named after its folder: the checkout's name,
// whatever it is (`main` here).
let gcviz = String(Context.packageDirectory.split(separator: "/").dropLast().last ?? "gcviz").lowercased()

let package = Package(
  name: "gcviz-fuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(path: "..")],
  targets: [
    // The limits every input runs under, and the run itself.
    .target(
      name: "FuzzSupport",
      dependencies: [
        .product(name: "GCVizKit", package: gcviz),
        .product(name: "GCEngine", package: gcviz),
      ]),
    .executableTarget(name: "FuzzPython", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "FuzzJava", dependencies: ["FuzzSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
