/// How common English words are in general language: the size classes of SCOWL (Spell-Checker
/// Oriented Word Lists, Debian `scowl`, `/usr/share/dict/scowl`), read at run time where installed.
///
/// SCOWL sorts the English vocabulary into lists by size: a word of size 10 or 20 is in every small
/// dictionary (city, friend, weekend, government), 35 and 40 in medium ones (embassy, browser), 50 and
/// beyond only in larger ones (Valletta, angioplasty). The glossary's termhood (`Termhood`) uses the size
/// as the general-language reference a termhood measure compares a term against: what every speaker
/// uses daily is no entry for a termbase.
///
/// ```swift
/// let vocabulary = try GeneralVocabulary.load(folder: GeneralVocabulary.defaultFolder)
/// vocabulary?.size(of: "City")  // 10
/// ```
public struct GeneralVocabulary: Sendable {
    /// Where Debian's `scowl` package puts the lists.
    public static let defaultFolder = "/usr/share/dict/scowl"
    /// The spellings read: the words common to all, American and British (both -ise and -ize) ones.
    static let spellings = ["english", "american", "british", "british_z"]
    /// The kinds of list read: lower-case words, capitalized words, proper names, abbreviations.
    static let categories = ["words", "upper", "proper-names", "abbreviations"]
    /// The sizes read; larger lists hold rare words, which are as specific as unlisted ones.
    static let sizes = [10, 20, 35, 40, 50, 55, 60, 70]

    /// Lower-cased word → the smallest size of a list that holds it.
    private let sizeByWord: [String: UInt8]

    init(sizeByWord: [String: UInt8]) {
        self.sizeByWord = sizeByWord
    }

    /// The smallest SCOWL size listing `word` in any case, nil when no list up to size 70 holds it.
    public func size(of word: String) -> Int? {
        sizeByWord[word.lowercased()].map(Int.init)
    }

    public var isEmpty: Bool { sizeByWord.isEmpty }

    /// The lists in `folder` (files `<spelling>-<category>.<size>`, one word a line, UTF-8 or Latin-1);
    /// nil when the folder holds none of them.
    ///
    /// - Throws: `InputError` when a list exists but cannot be read.
    public static func load(folder: String) throws(InputError) -> GeneralVocabulary? {
        var sizes: [String: UInt8] = [:]
        var found = false
        for spelling in spellings {
            for category in categories {
                for size in Self.sizes {
                    let path = "\(folder)/\(spelling)-\(category).\(size)"
                    guard let bytes = FileBytes.read(path: path) else { continue }
                    found = true
                    read(bytes, size: UInt8(size), into: &sizes)
                }
            }
        }
        return found ? GeneralVocabulary(sizeByWord: sizes) : nil
    }

    /// Adds the words of one list (possessives "word's" are left out: the word itself is listed).
    static func read(_ bytes: [UInt8], size: UInt8, into sizes: inout [String: UInt8]) {
        func add(key: String) {
            if let known = sizes[key], known <= size { return }
            sizes[key] = size
        }
        func add(line: Substring) {
            let word = line.filter { $0 != "\r" && $0 != " " && $0 != "\t" }
            guard !word.isEmpty, !word.contains("'") else { return }
            add(key: word.lowercased())
        }
        // Older SCOWL releases are Latin-1; a byte sequence that is not UTF-8 is read as Latin-1.
        let text = String(validating: bytes, as: UTF8.self)
        guard text != nil, !bytes.contains(0x0D) else {
            for line in (text ?? String(bytes.map { Character(Unicode.Scalar($0)) })).split(separator: "\n") { add(line: line) }
            return
        }
        // Without a carriage return, a line feed always ends a character, so the lines are the byte
        // runs between line feeds, and an ASCII line's characters are its bytes. Read as characters,
        // the 175,000 lines took 0.15 s of every command that loads the term knowledge.
        for line in bytes.split(separator: 0x0A) {
            guard line.allSatisfy({ $0 < 0x80 }) else {
                add(line: String(decoding: line, as: UTF8.self)[...])
                continue
            }
            let word = line.filter { $0 != 0x20 && $0 != 0x09 }
            guard !word.isEmpty, !word.contains(0x27) else { continue }
            add(key: String(decoding: word.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self))
        }
    }
}
