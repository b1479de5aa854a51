import Foundation

/// Where bitext's bundled resources (`LanguageData/`, `Glossaries/`) are on disk.
///
/// SwiftPM's generated `Bundle.module` ends the process (`fatalError`) when the bundle is not next to the
/// executable or in the build folder, which is what happens to a binary copied elsewhere without its
/// `bitext_BitextKit.resources` folder. This lookup never does: a missing bundle is a
/// `LanguageDataError.bundleMissing` that names every place searched, so the command can say so in one line.
enum ResourceBundle {
    /// The folder name SwiftPM gives the bundle (package `bitext`, target `BitextKit`).
    static let bundleName = "bitext_BitextKit.resources"
    /// An explicit location, for installations that keep the resources apart from the binary.
    static let environmentVariable = "BITEXT_RESOURCES"

    /// The resource folder, looked up once per process.
    static let root: Result<URL, LanguageDataError> = locate()

    /// The URL of `subdirectory/name.ext` in the bundle, or nil when the bundle has no such file.
    static func url(_ name: String, ext: String, subdirectory: String) throws(LanguageDataError) -> URL? {
        let folder = try root.get()
        let url = folder.appendingPathComponent(subdirectory).appendingPathComponent("\(name).\(ext)")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// Candidates in order: `$BITEXT_RESOURCES`; the bundle beside the executable, as invoked and with
    /// symbolic links resolved; the resource folder of the source tree the binary was built from (the
    /// bundle is a verbatim copy of it, so a binary copied out of `.build` still works while the checkout
    /// exists, as with SwiftPM's own fallback to the build folder).
    private static func locate() -> Result<URL, LanguageDataError> {
        var candidates: [URL] = []
        if let explicit = ProcessInfo.processInfo.environment[environmentVariable], !explicit.isEmpty {
            candidates.append(URL(fileURLWithPath: explicit))
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
        candidates.append(Bundle.main.bundleURL.appendingPathComponent(bundleName))
        if let resolved = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            candidates.append(resolved.deletingLastPathComponent().appendingPathComponent(bundleName))
        }
        candidates.append(executable.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent(bundleName))
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources"))
        for candidate in candidates where isBundle(candidate) { return .success(candidate) }
        var seen = Set<String>()
        return .failure(.bundleMissing(searched: candidates.map(\.path).filter { seen.insert($0).inserted }))
    }

    private static func isBundle(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        let languageData = url.appendingPathComponent("LanguageData").path
        return FileManager.default.fileExists(atPath: languageData, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
