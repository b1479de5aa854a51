#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CHunspell
import Dispatch

/// The opened handles of one Hunspell dictionary, shared by every `Hunspell` of it in the process: a
/// `Hunspell` borrows an idle handle for each question it passes to the library and hands it back at
/// once; a handle is opened only when every one is busy.
///
/// Why borrow per question: a handle holds the parsed dictionary (about 10 MB for the German and the
/// English one together) and opening one costs about 0.06 s. When each `Hunspell` kept a handle
/// for its lifetime, `bitext run` held four pairs of them (one per QA thread, one for term pairing's
/// lemmatizers, one for the glossary's artifact screen) though never more than two threads asked at
/// once; now it holds as many as threads ask at the same time. A handle holds nothing that depends on
/// the words it was asked about (answers are cached by `Hunspell`, not by the handle), so any idle
/// handle answers as a new one would. Handles are never destroyed: destroying them costs about half
/// of opening, on the way out of every command, when nothing needs the memory back.
final class HunspellHandles: Sendable {
    let affix: String
    let dictionary: String

    /// An opened dictionary. Sendable because only the thread that took it from `idle` uses it.
    private struct Handle: @unchecked Sendable {
        let pointer: OpaquePointer
    }

    private let idle = Locked<[Handle]>([])

    private init(affix: String, dictionary: String) {
        self.affix = affix
        self.dictionary = dictionary
    }

    /// The handles of the dictionary at `affix` and `dictionary`: one instance per dictionary.
    static func of(affix: String, dictionary: String) -> HunspellHandles {
        registry.withLock { known in
            let key = affix + "\n" + dictionary
            if let handles = known[key] { return handles }
            let handles = HunspellHandles(affix: affix, dictionary: dictionary)
            known[key] = handles
            return handles
        }
    }

    private static let registry = Locked<[String: HunspellHandles]>([:])

    /// How many handles are open and idle: all of them while no question is being asked.
    var idleCount: Int { idle.withLock { $0.count } }

    /// Makes sure the dictionary opens, leaving a handle idle: a `Hunspell` fails when it is made,
    /// not at its first question.
    /// - Throws: `SpellingError` when the files are missing or not UTF-8.
    func prepare() throws(SpellingError) {
        let handle = try take()
        idle.withLock { $0.append(handle) }
    }

    /// `body`'s answer from a handle that no other thread uses meanwhile.
    func use<Result>(_ body: (OpaquePointer) -> Result) -> Result {
        let handle: Handle
        do {
            handle = try take()
        } catch {
            // `prepare` opened these files when the `Hunspell` asking was made.
            preconditionFailure("\(error), though it opened before")
        }
        defer { idle.withLock { $0.append(handle) } }
        return body(handle.pointer)
    }

    private func take() throws(SpellingError) -> Handle {
        if let handle = idle.withLock({ $0.popLast() }) { return handle }
        guard access(affix, R_OK) == 0, access(dictionary, R_OK) == 0,
              let opened = Hunspell_create(affix, dictionary) else { throw SpellingError.dictionaryMissing(dictionary) }
        // Both Debian dictionaries declare "SET UTF-8"; any other encoding would need conversion we do not do.
        let encoding = String(cString: Hunspell_get_dic_encoding(opened))
        guard encoding.uppercased() == "UTF-8" else {
            Hunspell_destroy(opened)
            throw SpellingError.unsupportedEncoding(dictionary, encoding)
        }
        return Handle(pointer: opened)
    }

    /// Runs `work` (on the calling thread) while another thread opens a dictionary of each language
    /// and leaves it idle: a QA run reads its lexicon and opens its spelling dictionaries, about
    /// 0.06 s each, and on two cores the two need not wait for each other. A dictionary that fails to
    /// open is left to the session that needs it, which reports the error.
    static func opening<Result>(_ languages: [Language], while work: () throws -> Result) rethrows -> Result {
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            for language in languages { _ = try? Hunspell(language: language) }
        }
        defer { group.wait() }
        return try work()
    }
}
