/// One article's pairing evidence before interning: what the prepare stage of a corpus run stores
/// per article, and what `PairingCorpus` collects.
public struct ArticleKeys: Sendable {
    let units: [DocumentKeyExtractor.FoundUnit]
    /// How many word tokens the article has.
    let words: Int

    init(_ extracted: (units: [DocumentKeyExtractor.FoundUnit], words: Int)) {
        units = extracted.units
        words = extracted.words
    }
}

/// The keys of both collections, interned into one key space as articles are added: German articles
/// in order, then English ones, so that the key ids (and the pairing) are the same whether the keys
/// come from one process or are streamed from the shards of a corpus run (`PairingKeySource`).
///
/// Holds only the interned features (sorted id arrays), not the articles' text.
public struct PairingCorpus: Sendable {
    private(set) var space = PairingKeySpace()
    private(set) var german: [DocumentFeatures] = []
    private(set) var english: [DocumentFeatures] = []

    public init() {}

    public var germanCount: Int { german.count }
    public var englishCount: Int { english.count }

    /// Adds the next article of one side.
    public mutating func add(_ keys: ArticleKeys, german isGerman: Bool) {
        let features = space.features(of: keys)
        if isGerman { german.append(features) } else { english.append(features) }
    }
}

/// The keys of both collections read from somewhere else (the prepare stage's files), side by side
/// and each side in article order, as often as the pairer asks: the pairer then holds the English
/// articles' features and a bounded list of candidates, never the German articles' features
/// (`DocumentPairer.pair(streaming:options:)`).
public protocol PairingKeySource {
    /// Calls `body` with the keys of every German article, in order.
    func forEachGerman(_ body: (ArticleKeys) throws -> Void) throws
    /// Calls `body` with the keys of every English article, in order.
    func forEachEnglish(_ body: (ArticleKeys) throws -> Void) throws
}

extension PairingKeySpace {
    /// Interns an article's keys and lays its units out by key position; a unit repeated in an
    /// article counts once. Interning the same keys again gives the same features.
    mutating func features(of item: ArticleKeys) -> DocumentFeatures {
        var seenUnits = Set<[Int32]>()
        var units: [[Int32]] = []
        var surfaceOf: [Int32: Int32] = [:]
        for unit in item.units {
            let ids = Array(Set(unit.keys.map { id(of: $0) })).sorted()
            guard seenUnits.insert(ids).inserted else { continue }
            units.append(ids)
            let surface = surfaceID(of: unit.surface)
            for id in ids where surfaceOf[id] == nil { surfaceOf[id] = surface }
        }
        var features = DocumentFeatures()
        features.keys = surfaceOf.keys.sorted()
        features.keySurfaces = features.keys.map { surfaceOf[$0] ?? 0 }
        var position: [Int32: Int32] = [:]
        for (index, key) in features.keys.enumerated() { position[key] = Int32(index) }
        for ids in units {
            features.unitKeys.append(contentsOf: ids.compactMap { position[$0] })
            features.unitStarts.append(Int32(features.unitKeys.count))
        }
        features.wordCount = item.words
        return features
    }
}

/// Stored as one array per article: the word count, then per unit its surface followed by its keys
/// in a compact text form (`t` lexicon stem id, `n` name, `#` number, `m` month), so that the
/// prepare stage's key files stay a fraction of the text's size.
extension ArticleKeys: Codable {
    public init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        words = try container.decode(Int.self)
        var units: [DocumentKeyExtractor.FoundUnit] = []
        while !container.isAtEnd {
            let fields = try container.decode([String].self)
            guard let surface = fields.first else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "a unit without its surface")
            }
            let keys = try fields.dropFirst().map { field -> PairingKey in
                guard let key = PairingKey(stored: field) else {
                    throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a pairing key: \(field)")
                }
                return key
            }
            units.append(DocumentKeyExtractor.FoundUnit(keys: keys, surface: surface))
        }
        self.units = units
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(words)
        for unit in units { try container.encode([unit.surface] + unit.keys.map(\.stored)) }
    }
}

extension PairingKey {
    /// The key as stored by `ArticleKeys`.
    var stored: String {
        switch self {
        case .term(let id): return "t\(id)"
        case .name(let name): return "n" + name
        case .number(let number): return "#" + number
        case .month(let month): return "m\(month)"
        }
    }

    init?(stored: String) {
        guard let kind = stored.first else { return nil }
        let rest = String(stored.dropFirst())
        switch kind {
        case "t": guard let id = Int32(rest) else { return nil }; self = .term(id)
        case "n": self = .name(rest)
        case "#": self = .number(rest)
        case "m": guard let month = Int(rest) else { return nil }; self = .month(month)
        default: return nil
        }
    }
}
