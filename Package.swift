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
        // C shim over libxml2's streaming reader (Debian libxml2-dev). Its public header includes no
        // libxml2 header, so Swift never sees libxml2's types next to FoundationXML's, and the parser
        // options that make hostile files safe are fixed in one place.
        .target(
            name: "CXML",
            cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])],
            linkerSettings: [.linkedLibrary("xml2")]
        ),
        // Snowball stemmers (Debian libstemmer-dev), for matching inflected forms across a lexicon.
        .systemLibrary(name: "CStemmer"),
        // zlib, to read FreeDict's dictzip (gzip) dictionaries for the alignment lexicon.
        .systemLibrary(name: "CZlib"),
        // Hunspell (Debian libhunspell-dev), for spelling and compound checks in QA.
        .systemLibrary(name: "CHunspell"),
        // Hunspell's time limit as a count of steps, so its verdicts do not depend on load
        // (Sources/CHunspellClock/hunspell_clock.c says why).
        .target(name: "CHunspellClock"),
        // glibc's malloc.h (mallopt), for the command's allocator settings (`MemoryPolicy`).
        .systemLibrary(name: "CMalloc"),
        .target(
            name: "BitextKit",
            dependencies: ["CICU", "CXML", "CStemmer", "CZlib", "CHunspell", "CHunspellClock"],
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
        .testTarget(name: "bitextTests", dependencies: ["bitext"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer harness (fuzz/), declared only when BITEXT_FUZZ is set: it links libFuzzer's driver, which
// exists only in a build with `-sanitize=fuzzer`, so a plain `swift build` must not see it (scripts/fuzz.sh).
if Context.environment["BITEXT_FUZZ"] != nil {
    package.targets.append(.executableTarget(name: "BitextFuzz", dependencies: ["BitextKit"], path: "fuzz/Sources"))
}
