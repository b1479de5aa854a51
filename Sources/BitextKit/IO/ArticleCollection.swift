import Foundation

/// The articles of one side of a pairing or a batch run: a folder's regular files (sorted by name, hidden
/// files ignored) or a single file. Files that cannot be used are kept aside with the reason, never
/// dropped silently: a missing folder is an error; an unreadable, binary or empty file is skipped, and so
/// is anything that is no regular file (a named pipe, a link to a device: `InputFile`).
///
/// A file named `*.jsonl` or `*.jsonl.gz` (gzip) holds many articles, one JSON record per line with
/// a string `"id"` and `"text"` (the corpus builders' shard format): each record is an article named
/// `<file>/<id>`, and its other fields are kept, as JSON, as its provenance.
public struct ArticleCollection: Sendable {
    /// The names of the usable articles, in order: file paths, or `<file>/<id>` for JSON Lines records.
    public package(set) var names: [String] = []
    /// The articles' bytes, validated as `TextFile` does when read.
    public package(set) var texts: [[UInt8]] = []
    /// Files (or records) left out, with the reason.
    public package(set) var skipped: [InputError] = []
    /// Per article read from a JSON Lines record, by name: the record's fields other than id and text.
    public package(set) var provenance: [String: String] = [:]

    public init() {}

    /// Reads a folder or a single file.
    public static func read(_ path: String) throws(InputError) -> ArticleCollection {
        try read(path, shard: 0, of: 1)
    }

    /// Reads shard `shard` of `shards` of a folder: the files are sorted by name and cut into `shards`
    /// consecutive runs of nearly equal length (a JSON Lines file is one unit), so the shards in order
    /// hold exactly the articles of the whole folder in order.
    public static func read(_ path: String, shard: Int, of shards: Int) throws(InputError) -> ArticleCollection {
        let files = try files(path)
        var collection = ArticleCollection()
        for file in files[files.count * shard / shards ..< files.count * (shard + 1) / shards] {
            collection.add(file)
        }
        return collection
    }

    /// The files of a folder (sorted, hidden ones left out) or the single file `path`.
    static func files(_ path: String) throws(InputError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(file: path, reason: .missing)
        }
        guard isDirectory.boolValue else { return [path] }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw InputError(file: path, reason: .unreadable("cannot list the folder"))
        }
        return entries.filter { !$0.hasPrefix(".") }.sorted().map { (path as NSString).appendingPathComponent($0) }
    }

    private mutating func add(_ file: String) {
        if file.hasSuffix(".jsonl") || file.hasSuffix(".jsonl.gz") {
            addRecords(file)
            return
        }
        do {
            let text = try TextFile.read(path: file)
            if Self.isBlank(text.bytes) {
                skipped.append(InputError(file: file, reason: .empty))
                return
            }
            names.append(file)
            texts.append(text.bytes)
        } catch {
            skipped.append(error)
        }
    }

    /// Adds the records of a JSON Lines file (gzip-compressed when named `.gz`).
    private mutating func addRecords(_ file: String) {
        do throws(InputError) {
            var content = try TextFile.readBytes(path: file)
            if file.hasSuffix(".gz") {
                guard let inflated = Gzip.decompress(content) else {
                    throw InputError(file: file, reason: .unreadable("not a gzip file"))
                }
                content = inflated
            }
            for record in try JSONLRecords.parse(try TextFile(name: file, bytes: content)) {
                let id = try record.string("id")
                let text = Array(try record.string("text").utf8)
                let name = file + "/" + id
                if Self.isBlank(text) {
                    skipped.append(InputError(file: name, reason: .empty))
                    continue
                }
                names.append(name)
                texts.append(text)
                var others = record.fields
                others["id"] = nil
                others["text"] = nil
                if !others.isEmpty, let json = try? JSONSerialization.data(withJSONObject: others, options: [.sortedKeys]) {
                    provenance[name] = String(decoding: json, as: UTF8.self)
                }
            }
        } catch {
            skipped.append(error)
        }
    }

    private static func isBlank(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    }
}
