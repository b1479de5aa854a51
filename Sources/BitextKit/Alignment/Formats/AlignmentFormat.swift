/// The output formats of `bitext align`.
public enum AlignmentFormat: String, Sendable, CaseIterable {
    /// For people: indices, confidence and both texts, tab-separated, with a header line.
    case tsv
    /// For programs: one JSON object per bead.
    case jsonl
    /// vecalign's format, `[0]:[0, 1]:0.93` (0-based indices, `[]` for an empty side).
    case ladder
    /// TMX 1.4b, one translation unit per non-empty bead.
    case tmx
}

/// Renders beads with the sentences they index.
public struct AlignmentWriter: Sendable {
    public let source: AlignmentDocument
    public let target: AlignmentDocument
    /// Pinned TMX header time (tests); nil writes no creationdate (output stays deterministic).
    public var creationDate: String?
    /// TMX orientation (`srclang` and `tuv` order) when the documents are German and English.
    public var direction: TMXDirection
    /// How the documents relate; comparable units are marked in TMX (`x-relation`).
    public var relation: TextRelation

    public init(source: AlignmentDocument, target: AlignmentDocument, creationDate: String? = nil,
                direction: TMXDirection = .enDe, relation: TextRelation = .parallel) {
        self.source = source
        self.target = target
        self.creationDate = creationDate
        self.direction = direction
        self.relation = relation
    }

    public func render(_ beads: [AlignmentBead], as format: AlignmentFormat) -> String {
        switch format {
        case .ladder: return beads.map(Self.ladderLine).joined()
        case .tsv: return tsv(beads)
        case .jsonl: return jsonl(beads)
        case .tmx: return TMXWriter(source: source, target: target, creationDate: creationDate, direction: direction, relation: relation).document(beads)
        }
    }

    /// `[0]:[0, 1]:0.93\n`.
    public static func ladderLine(_ bead: AlignmentBead) -> String {
        "\(indexList(bead.source)):\(indexList(bead.target)):\(JSONLine.format(bead.confidence, decimals: 2))\n"
    }

    static func indexList(_ range: Range<Int>) -> String {
        "[" + range.map(String.init).joined(separator: ", ") + "]"
    }

    func text(_ range: Range<Int>, of document: AlignmentDocument) -> String {
        range.map { document.sentences[$0] }.joined(separator: " ")
    }

    /// The sentences of `range` as the document writes them.
    func writtenText(_ range: Range<Int>, of document: AlignmentDocument) -> String {
        range.map { document.written[$0] }.joined(separator: " ")
    }

    private func tsv(_ beads: [AlignmentBead]) -> String {
        func cell(_ text: String) -> String {
            String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
        }
        var out = "source\ttarget\tconfidence\tsource_text\ttarget_text\n"
        for bead in beads {
            out += [bead.source.map(String.init).joined(separator: ","), bead.target.map(String.init).joined(separator: ","),
                    JSONLine.format(bead.confidence, decimals: 2), cell(text(bead.source, of: source)),
                    cell(text(bead.target, of: target))].joined(separator: "\t") + "\n"
        }
        return out
    }

    private func jsonl(_ beads: [AlignmentBead]) -> String {
        var out: [UInt8] = []
        for bead in beads {
            var line = JSONLine()
            line.field("source", raw: JSONLine.array(bead.source.map { Array(String($0).utf8) }))
            line.field("target", raw: JSONLine.array(bead.target.map { Array(String($0).utf8) }))
            line.field("confidence", bead.confidence, decimals: 4)
            line.field("source_text", text(bead.source, of: source))
            line.field("target_text", text(bead.target, of: target))
            out += line.finished()
        }
        return String(decoding: out, as: UTF8.self)
    }
}
