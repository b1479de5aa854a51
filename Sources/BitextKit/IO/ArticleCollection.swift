import Foundation

/// The articles of one side of a pairing or a batch run: a folder's regular files (sorted by name, hidden
/// files ignored) or a single file. Files that cannot be used are kept aside with the reason, never
/// dropped silently: a missing folder is an error; an unreadable, binary or empty file is skipped.
public struct ArticleCollection: Sendable {
    /// The paths of the usable files, in name order.
    public package(set) var names: [String] = []
    /// The files' bytes, validated as `TextFile` does when read.
    public package(set) var texts: [[UInt8]] = []
    /// Files left out, with the reason.
    public package(set) var skipped: [InputError] = []

    public init() {}

    /// Reads a folder or a single file.
    public static func read(_ path: String) throws(InputError) -> ArticleCollection {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(file: path, reason: .missing)
        }
        var collection = ArticleCollection()
        let files: [String]
        if isDirectory.boolValue {
            let entries: [String]
            do {
                entries = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                throw InputError(file: path, reason: .unreadable("cannot list the folder"))
            }
            files = entries.filter { !$0.hasPrefix(".") }.sorted().map { (path as NSString).appendingPathComponent($0) }
        } else {
            files = [path]
        }
        for file in files {
            do {
                let text = try TextFile.read(path: file)
                if text.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                    collection.skipped.append(InputError(file: file, reason: .empty))
                    continue
                }
                collection.names.append(file)
                collection.texts.append(text.bytes)
            } catch {
                collection.skipped.append(error)
            }
        }
        return collection
    }
}
