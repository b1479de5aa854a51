import CHunspell
import Synchronization

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

    private let idle = Mutex<[String: [Handle]]>([:])

    /// An idle handle of the dictionary at `affix` and `dictionary`, or nil when every handle of it is in use.
    func take(affix: String, dictionary: String) -> Handle? {
        idle.withLock { $0[Self.key(affix, dictionary)]?.popLast() }
    }

    /// Returns a handle for the next `Hunspell` of the same dictionary.
    func giveBack(_ handle: Handle, affix: String, dictionary: String) {
        idle.withLock { $0[Self.key(affix, dictionary), default: []].append(handle) }
    }

    private static func key(_ affix: String, _ dictionary: String) -> String {
        affix + "\n" + dictionary
    }
}
