import Foundation

/// Keeps built lexicons on disk, so that a command does not read and stem the whole Ding dictionary
/// (25 MB, about 2.3 s) every time it starts: the second `bitext qa` or `bitext pair` loads the
/// finished lexicon in a fraction of that. Beside each Ding file's lexicon it keeps that file's
/// noun grammar, subject-field counts and verb forms (`DingTables`, another 2 s of reading for
/// `bitext run`, `glossary build` and `qa --glossary`): every kind of entry is keyed, read, validated
/// and evicted here, the same way.
///
/// Entries live in `$XDG_CACHE_HOME/bitext` (else `~/.cache/bitext`), one file per list of
/// dictionary files, named by a hash of the language pair, each file's path, size and modification
/// time, and the running executable's size and modification time (and, for Ding's tables, the
/// bundled subject-field labels and verb-form data), with the entry's kind as prefix: an updated
/// dictionary is read afresh, and so is every dictionary after bitext is rebuilt (the reading rules
/// may have changed). Only the `keep` entries of each kind used last stay (a load marks its entry as
/// used).
///
/// Every entry, of every kind, is its payload (the kind's own format) followed by a checksum of it
/// (`CacheChecksum`, 8 bytes little-endian), checked here before the payload is decoded: an entry
/// with a changed byte anywhere (a disk fault, a partial overwrite, a file dropped into the folder),
/// cut short, or whose format rejects it (foreign, another kind's) is built again and overwritten,
/// never used. The formats check their bounds, but a changed letter in a stored word passes any
/// bound check and would change every later command's answers.
///
/// Dictionaries smaller than `minimumInputBytes` are not cached: they read faster than an entry
/// loads, and the fixture
/// dictionaries of a test run would otherwise push the real lexicon out, so that the next command
/// pays the full build again. `BITEXT_NO_CACHE=1` turns the cache off. A cache that cannot be read
/// or written only costs the time it would have saved.
///
/// A lexicon loaded through the cache also stays in memory for the rest of the process: a second
/// load of the same files returns it at once, and it is never freed. Freeing one means releasing
/// some 300,000 strings and arrays, a quarter of a second at the end of every command, for memory
/// the system takes back at exit anyway.
public struct LexiconCache: Sendable {
    /// The folder, or nil when caching is off.
    public let directory: String?
    /// Dictionary files smaller than this in all are read afresh, not cached.
    public let minimumInputBytes: Int

    /// The cache the environment asks for.
    public static var standard: LexiconCache {
        let environment = ProcessInfo.processInfo.environment
        if environment["BITEXT_NO_CACHE"].map({ !$0.isEmpty && $0 != "0" }) ?? false { return LexiconCache(directory: nil) }
        if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") { return LexiconCache(directory: base + "/bitext", minimumInputBytes: standardMinimumInputBytes) }
        if let home = environment["HOME"], !home.isEmpty { return LexiconCache(directory: home + "/.cache/bitext", minimumInputBytes: standardMinimumInputBytes) }
        return LexiconCache(directory: nil)
    }

    /// Entries kept; older ones are removed when a new one is written.
    public static let keep = 4

    /// The standard cache's `minimumInputBytes`: Ding is 25 MB, a glossary or test fixture a few KB.
    public static let standardMinimumInputBytes = 1 << 20

    public init(directory: String?, minimumInputBytes: Int = 0) {
        self.directory = directory
        self.minimumInputBytes = minimumInputBytes
    }

    /// The lexicon of `paths`, from the cache when an entry for these exact files exists, else built
    /// by `build` and stored.
    public func lexicon(source: Language, target: Language, paths: [String], build: () throws -> Lexicon) rethrows -> Lexicon {
        guard let file = entryPath(source: source, target: target, paths: paths) else { return try build() }
        if let loaded = Self.loaded.withLock({ $0[file] }) { return loaded }
        let lexicon = try entry(at: file, kind: .lexicon, decode: { bytes in
            Lexicon.deserialized(bytes).flatMap { $0.source == source && $0.target == target ? $0 : nil }
        }, encode: { $0.serialized() }, answer: { $0 }, build: {
            Self.buildAnnouncer.withLock { $0 }?(paths, directory ?? "")
            return try build()
        })
        Self.loaded.withLock { $0[file] = lexicon }
        return lexicon
    }

    /// What an entry holds; each kind has its own file prefix, and keeps its own `keep` entries.
    enum Kind: String {
        /// A `Lexicon` (`Lexicon+Serialization`).
        case lexicon
        /// Ding's noun grammar, subject-field counts and verb forms (`DingTables+Serialization`).
        case ding
    }

    /// The value of `kind` for `paths` and `key` (what else the value depends on, such as a format's
    /// magic or bundled data), from the cache when an entry exists and `decode` accepts it, else built
    /// by `build` and stored through `encode`. Uncached (caching off, files too small or not
    /// inspectable), it is just `build()`.
    func value<Value>(kind: Kind, key: String, paths: [String], decode: ([UInt8]) -> Value?,
                      encode: (Value) -> [UInt8], build: () throws -> Value) rethrows -> Value {
        try value(kind: kind, key: key, paths: paths, decode: decode, encode: encode, answer: { $0 }, build: build)
    }

    /// What `answer` takes from the value of `kind` for `paths` and `key`: an entry holds the whole
    /// value, and `decode` reads only the part asked for (QA reads Ding's verb forms, not its nouns'
    /// tables). Without an entry the whole value is built, stored, and `answer` takes the part.
    func value<Stored, Answer>(kind: Kind, key: String, paths: [String], decode: ([UInt8]) -> Answer?,
                               encode: (Stored) -> [UInt8], answer: (Stored) -> Answer,
                               build: () throws -> Stored) rethrows -> Answer {
        guard let file = entryPath(kind: kind, key: key, paths: paths) else { return answer(try build()) }
        return try entry(at: file, kind: kind, decode: decode, encode: encode, answer: answer, build: build)
    }

    /// The entry `file`, when it reads, its checksum matches and `decode` accepts its payload (it is
    /// then marked as used); else built and stored. An entry either rejects (cut short, damaged, from
    /// another format) is overwritten.
    private func entry<Stored, Answer>(at file: String, kind: Kind, decode: ([UInt8]) -> Answer?, encode: (Stored) -> [UInt8],
                                       answer: (Stored) -> Answer, build: () throws -> Stored) rethrows -> Answer {
        if var bytes = FileBytes.read(path: file), Self.unseal(&bytes), let cached = decode(bytes) {
            try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: file)
            return cached
        }
        let value = try build()
        store(Self.sealed(encode(value)), kind: kind, at: file)
        return answer(value)
    }

    /// `payload` with its checksum after it, as an entry is stored.
    static func sealed(_ payload: consuming [UInt8]) -> [UInt8] {
        withUnsafeBytes(of: CacheChecksum.hash(payload).littleEndian) { payload.append(contentsOf: $0) }
        return payload
    }

    /// Whether `stored` (an entry's bytes as read) ends with the checksum of the bytes before it; if
    /// so the checksum is removed, leaving the payload. In place: a lexicon entry is 27 MB.
    static func unseal(_ stored: inout [UInt8]) -> Bool {
        let payloadCount = stored.count - 8
        guard payloadCount >= 0, stored.withUnsafeBytes({ raw in
            CacheChecksum.hash(UnsafeRawBufferPointer(rebasing: raw[..<payloadCount]))
                == UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: payloadCount, as: UInt64.self))
        }) else { return false }
        stored.removeLast(8)
        return true
    }

    /// Has `announce` called with the dictionary files and the cache folder whenever a lexicon is
    /// built for the cache: the first command after installing or rebuilding bitext spends several
    /// seconds on it, and a command line tool should say why it is slow this once.
    public static func announceBuilds(_ announce: @escaping @Sendable (_ paths: [String], _ directory: String) -> Void) {
        buildAnnouncer.withLock { $0 = announce }
    }

    private static let buildAnnouncer = Locked<(@Sendable ([String], String) -> Void)?>(nil)

    /// The lexicons this process has loaded, by entry file.
    private static let loaded = Locked<[String: Lexicon]>([:])

    /// The lexicon entry's file name; nil when caching is off or a dictionary cannot be inspected.
    func entryPath(source: Language, target: Language, paths: [String]) -> String? {
        entryPath(kind: .lexicon, key: "\(Lexicon.serializationMagic)|\(source.rawValue)|\(target.rawValue)", paths: paths)
    }

    /// The file name of a `kind` entry: a hash of `key`, the executable's and each of `paths`' absolute
    /// path, size and modification time. Nil when caching is off, a file cannot be inspected or
    /// `paths` are smaller than `minimumInputBytes`.
    func entryPath(kind: Kind, key: String, paths: [String]) -> String? {
        guard let directory else { return nil }
        var key = key
        var inputBytes = 0
        for (index, path) in ([Self.executablePath] + paths).enumerated() {
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: absolute),
                  let size = attributes[.size] as? NSNumber, let modified = attributes[.modificationDate] as? Date else { return nil }
            key += "|\(absolute)|\(size)|\(modified.timeIntervalSince1970)"
            if index > 0 { inputBytes += size.intValue }
        }
        guard inputBytes >= minimumInputBytes else { return nil }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return directory + "/" + kind.rawValue + "-" + String(hash, radix: 16) + ".bin"
    }

    /// The running program (`/proc/self/exe`), whose build the cached lexicons come from.
    static let executablePath = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]

    /// Writes through a temporary file and a rename, so a concurrent reader never sees half an entry,
    /// then removes all but the `keep` entries of `kind` used last.
    private func store(_ bytes: [UInt8], kind: Kind, at file: String) {
        guard let directory else { return }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: file), options: .atomic)
            let entries = try FileManager.default.contentsOfDirectory(atPath: directory)
                .filter { $0.hasPrefix(kind.rawValue + "-") && $0.hasSuffix(".bin") }
                .map { directory + "/" + $0 }
                .map { ($0, (try? FileManager.default.attributesOfItem(atPath: $0)[.modificationDate] as? Date) ?? .distantPast) }
                .sorted { $0.1 > $1.1 }
            for (old, _) in entries.dropFirst(Self.keep) where old != file { try? FileManager.default.removeItem(atPath: old) }
        } catch {
            // Not cached this time; the next run builds the value again.
        }
    }
}
