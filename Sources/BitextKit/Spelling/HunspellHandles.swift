import CHunspell
import Dispatch

/// The Hunspell handles this process has opened, by dictionary: a `Hunspell` takes an idle one
/// instead of opening its files again, and hands it back instead of destroying it.
///
/// Why: opening the German and English dictionaries parses 2 MB of word lists (about 0.06 s per
/// pair of handles) and destroying them costs about half that again, on every thread of every QA
/// batch; a `bitext qa --batch` paid the destruction on its way out, when nothing needed the
/// memory back. A handle holds nothing that depends on the words it was asked about (answers are
/// cached by `Hunspell`, not by the handle), so a reused handle answers as a new one would. The
/// pool keeps at most as many handles per dictionary as were ever in use at once.
final class HunspellHandles: Sendable {
    static let shared = HunspellHandles()

    /// An opened dictionary. Sendable because it is only ever used by the one `Hunspell` that holds it.
    struct Handle: @unchecked Sendable {
        let pointer: OpaquePointer
    }

    private let idle = Locked<[String: [Handle]]>([:])

    /// An idle handle of the dictionary at `affix` and `dictionary`, or nil when every handle of it is in use.
    func take(affix: String, dictionary: String) -> Handle? {
        idle.withLock { $0[Self.key(affix, dictionary)]?.popLast() }
    }

    /// Returns a handle for the next `Hunspell` of the same dictionary.
    func giveBack(_ handle: Handle, affix: String, dictionary: String) {
        idle.withLock { $0[Self.key(affix, dictionary), default: []].append(handle) }
    }

    /// Runs `work` (on the calling thread) while another thread opens a dictionary of each language
    /// and leaves it idle in the pool: a QA run reads its lexicon and opens its spelling dictionaries,
    /// about 0.06 s each, and on two cores the two need not wait for each other. A dictionary that
    /// fails to open is left to the session that needs it, which reports the error.
    static func opening<Result>(_ languages: [Language], while work: () throws -> Result) rethrows -> Result {
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            for language in languages { _ = try? Hunspell(language: language) }
        }
        defer { group.wait() }
        return try work()
    }

    private static func key(_ affix: String, _ dictionary: String) -> String {
        affix + "\n" + dictionary
    }
}
