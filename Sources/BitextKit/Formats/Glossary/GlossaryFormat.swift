/// The file formats a glossary can be written in and read from.
public enum GlossaryFormat: String, Sendable, CaseIterable {
    /// bitext's lossless TSV (the curated `glossaries/*.tsv` layout).
    case tsv
    /// OmegaT glossary TSV: source, target, comment.
    case omegat
    /// RFC 4180 CSV with a header row.
    case csv
    /// One JSON object per entry.
    case jsonl
    /// TMX 1.4b.
    case tmx
    /// TBX-Basic, TBX v3.
    case tbx
    /// TBX v2 (`<martif>`).
    case tbx2

    /// Guesses the format of a file from its extension, then its first bytes.
    public static func detect(path: String, bytes: [UInt8]) -> GlossaryFormat {
        let lower = path.lowercased()
        for (suffix, format) in [(".tmx", GlossaryFormat.tmx), (".csv", .csv), (".jsonl", .jsonl), (".tsv", .tsv), (".txt", .omegat)]
        where lower.hasSuffix(suffix) {
            return format
        }
        let head = XMLHead.text(bytes.prefix(1024))
        if head.contains("<tmx") { return .tmx }
        if head.contains("<martif") { return .tbx2 }
        if head.contains("<tbx") { return .tbx }
        if head.hasPrefix("{") { return .jsonl }
        return .tsv
    }

    /// - Parameter direction: the source language of the CAT formats: the OmegaT file's first
    ///   column and TMX `srclang` (first `tuv`). bitext's own formats (TSV, CSV, JSONL, TBX) name
    ///   each language and keep German first.
    public func write(_ glossary: Glossary, direction: TMXDirection = .enDe) -> [UInt8] {
        switch self {
        case .tsv: GlossaryTSV.write(glossary)
        case .omegat: GlossaryOmegaT.write(glossary, direction: direction)
        case .csv: GlossaryCSV.write(glossary)
        case .jsonl: GlossaryJSONL.write(glossary)
        case .tmx: GlossaryTMX.write(glossary, direction: direction)
        case .tbx: GlossaryTBX.write(glossary, flavor: .v3)
        case .tbx2: GlossaryTBX.write(glossary, flavor: .v2)
        }
    }

    /// - Parameter direction: which language an OmegaT file's first column holds (the other formats
    ///   name their languages).
    /// - Throws: `InputError` with line and column for malformed input.
    public func read(_ file: TextFile, direction: TMXDirection = .enDe) throws(InputError) -> Glossary {
        switch self {
        case .tsv: try GlossaryTSV.read(file)
        case .omegat: try GlossaryOmegaT.read(file, direction: direction)
        case .csv: try GlossaryCSV.read(file)
        case .jsonl: try GlossaryJSONL.read(file)
        case .tmx: try GlossaryTMX.read(file)
        case .tbx, .tbx2: try GlossaryTBX.read(file)
        }
    }

    /// Reads the glossary at `path`, handing each entry to `body`. XML formats are streamed from the
    /// file in any encoding their declaration names (memory does not grow with the file); the others
    /// are read as validated UTF-8 text.
    ///
    /// - Throws: `InputError` with line and column for malformed input.
    public func forEachEntry(path: String, direction: TMXDirection = .enDe, _ body: (GlossaryEntry) throws(InputError) -> Void) throws(InputError) {
        switch self {
        case .tmx: try GlossaryTMX.read(XMLStream(path: path), each: body)
        case .tbx, .tbx2: try GlossaryTBX.read(XMLStream(path: path), each: body)
        default: for entry in try read(TextFile.read(path: path), direction: direction).entries { try body(entry) }
        }
    }

    /// The whole glossary at `path` (see `forEachEntry(path:_:)`).
    public func read(path: String, direction: TMXDirection = .enDe) throws(InputError) -> Glossary {
        var entries: [GlossaryEntry] = []
        try forEachEntry(path: path, direction: direction) { entries.append($0) }
        return Glossary(entries: entries)
    }

    /// The format of the file at `path`: from its extension, else its first kilobyte.
    public static func detect(path: String) throws(InputError) -> GlossaryFormat {
        try detect(path: path, bytes: FileHead.read(path: path))
    }
}
