// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "bitext",
    products: [
        .library(name: "BitextKit", targets: ["BitextKit"]),
        .executable(name: "bitext", targets: ["bitext"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C shim over system ICU. Its public header includes no ICU header, so Swift never sees
        // ICU's types (they clash with Foundation's bundled ICU) nor its versioned symbol macros.
        .target(
            name: "CICU",
            linkerSettings: [
                // Resolve the few C++ symbols both ICUs export to Foundation's copy first.
                .linkedLibrary("_FoundationICU", .when(platforms: [.linux])),
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),
        // Snowball stemmers (Debian libstemmer-dev), for matching inflected forms across a lexicon.
        .systemLibrary(name: "CStemmer"),
        // zlib, to read FreeDict's dictzip (gzip) dictionaries for the alignment lexicon.
        .systemLibrary(name: "CZlib"),
        // Hunspell (Debian libhunspell-dev), for spelling and compound checks in QA.
        .systemLibrary(name: "CHunspell"),
        // glibc's malloc.h (mallopt), for the command's allocator settings (`MemoryPolicy`).
        .systemLibrary(name: "CMalloc"),
        .target(
            name: "BitextKit",
            dependencies: ["CICU", "CStemmer", "CZlib", "CHunspell"],
            resources: [.copy("Resources/LanguageData"), .copy("Resources/Glossaries")]
        ),
        .executableTarget(
            name: "bitext",
            dependencies: [
                "BitextKit",
                .target(name: "CMalloc", condition: .when(platforms: [.linux])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fixtures are read from the source tree (#filePath), not bundled.
        .testTarget(name: "BitextKitTests", dependencies: ["BitextKit"], exclude: ["Fixtures"]),
        .testTarget(name: "bitextTests", dependencies: ["bitext"]),
    ],
    swiftLanguageModes: [.v6]
)
