import Foundation
@testable import BitextKit

/// The readers and text stages the harness can drive, one per libFuzzer run (`scripts/fuzz.sh TARGET`).
///
/// Every target takes the raw input bytes as a file would bring them: the XML and bilingual readers
/// straight (XML may be UTF-16 or Latin-1; libxml2 decodes it), the text readers first through
/// `TextFile`'s validation (which refuses invalid UTF-8 and binary data with an `InputError`, as the
/// commands do). Thrown errors are the expected outcome for bad input; only a trap, a sanitizer
/// report, a leak or a timeout is a finding.
enum FuzzTarget: String, CaseIterable {
    case xml, tmx, tbx, bilingual, tsv, csv, omegat, jsonl, ding, freedict, normalize, split, qa, qaSource = "qa-source", counts, cache

    func run(_ bytes: [UInt8]) {
        switch self {
        case .xml:
            guard let stream = try? XMLStream(name: "fuzz", bytes: bytes) else { return }
            while let event = try? stream.next() {
                if case .start(let start) = event, start.localName == "tu" || start.localName == "unit" { _ = try? stream.element(start) }
            }
        case .tmx:
            _ = try? GlossaryTMX.read(XMLStream(name: "fuzz.tmx", bytes: bytes))
        case .tbx:
            _ = try? GlossaryTBX.read(XMLStream(name: "fuzz.tbx", bytes: bytes))
        case .bilingual:
            // XLIFF 1.2 (SDLXLIFF), XLIFF 2, TMX or PO, recognized from the content as `bitext qa` does,
            // and the job checks over its units (the terms' with the curated glossary and its lexicon).
            guard let document = try? BilingualReader.read(name: "fuzz", bytes: bytes, languages: (source: "en", target: "de")) else { return }
            let units = document.units.map { (file: document.name, unit: $0) }
            _ = AddressRegisterAcrossJob.findings(units, forms: FuzzState.addressForms)
            _ = TranslationConsistency.findings(units)
            let terms = FuzzState.jobTerms
            _ = try? TermConsistencyAcrossJob.findings(units, glossary: terms.glossary, lexicon: terms.lexicon, analyzers: terms.analyzers)
        case .ding:
            // Dictionaries are read as bytes (Ding is Latin-1-clean UTF-8, but nothing checks it); so are
            // the tables kept besides the lexicon (noun grammar, subject fields, and the verb forms, whose
            // reader indexes a line's sub-entries by position), which must come back from their cache
            // format as they were read, whatever words a line gives them.
            guard let builder = try? LexiconBuilder(source: .de, target: .en) else { return }
            DingReader.read(bytes, into: builder)
            _ = builder.finish()
            let tables = DingTables.read(dingBytes: bytes, labels: FuzzState.dingLabels, verbGrammar: FuzzState.verbGrammar)
            let serialized = tables.serialized()
            precondition(DingTables.deserialized(serialized) == tables, "the tables read back differ from the tables written")
            precondition(DingTables.verbForms(inSerialized: serialized) == tables.verbForms, "the verbs read alone differ from the verbs written")
        case .freedict:
            // The index and the dictionary text, separated by the first form feed.
            let cut = bytes.firstIndex(of: 0x0C) ?? bytes.count
            guard let builder = try? LexiconBuilder(source: .de, target: .en) else { return }
            try? FreeDictReader.read(index: Array(bytes[..<cut]), indexName: "fuzz.index",
                                     data: Array(bytes[min(cut + 1, bytes.count)...]), into: builder)
            _ = builder.finish()
        case .qaSource:
            // Target and source, separated by the first record separator (a byte no text file holds).
            let cut = bytes.firstIndex(of: 0x1E) ?? bytes.count
            guard let target = try? TextFile(name: "target", bytes: Array(bytes[..<cut])),
                  let source = try? TextFile(name: "source", bytes: Array(bytes[min(cut + 1, bytes.count)...])) else { return }
            _ = try? FuzzState.session.check(target, source: source)
        case .counts:
            StoredCountsCheck.check(bytes)
        case .cache:
            CacheEntryCheck.check(bytes)
        default:
            guard let file = try? TextFile(name: "fuzz", bytes: bytes) else { return }
            runText(file)
        }
    }

    private func runText(_ file: TextFile) {
        switch self {
        case .tsv: _ = try? GlossaryFormat.tsv.read(file)
        case .csv: _ = try? GlossaryFormat.csv.read(file)
        case .omegat: _ = try? GlossaryFormat.omegat.read(file)
        case .jsonl:
            guard let records = try? JSONLRecords.parse(file) else { return }
            for record in records {
                _ = try? record.rawID
                _ = try? record.string("target")
            }
        case .normalize:
            _ = try? FuzzState.normalizer.normalize(file.string)
        case .split:
            _ = try? FuzzState.splitter.split(file)
            _ = try? FuzzState.tokenizer.tokenize(file)
        case .qa:
            _ = try? FuzzState.session.check(file, source: nil)
        case .xml, .tmx, .tbx, .bilingual, .ding, .freedict, .qaSource, .counts, .cache:
            break
        }
    }
}

extension FuzzTarget {
    /// Makes the target's analysers (`FuzzState`) before the first input.
    func prepare() {
        switch self {
        case .qa, .qaSource: _ = FuzzState.session
        case .bilingual: _ = FuzzState.jobTerms
        case .normalize: _ = FuzzState.normalizer
        case .split: _ = (FuzzState.splitter, FuzzState.tokenizer)
        default: break
        }
    }
}

/// Analysers made once per process: ICU, Hunspell and the QA set-up cost far more than one input.
enum FuzzState {
    static let normalizer = try! Normalizer(language: .de)
    static let addressForms = try! AddressForms(language: .de)
    nonisolated(unsafe) static let splitter = try! SentenceSplitter(language: .de)
    nonisolated(unsafe) static let tokenizer = try! WordTokenizer(language: .de)
    static let verbGrammar = try! GermanVerbForms.Grammar.load()
    static let dingLabels = try! DingSubjectFields.labels()
    /// The forms of the curated glossary's verbs, read from the `ding` target's seed of them (Ding's own
    /// file would cost seconds of start-up), so that the term checks' search for split and strong forms
    /// ("wies … aus", "traf") is fuzzed too.
    static let verbForms: GermanVerbForms = {
        let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds/ding/verbs.txt")
        let forms = try! GermanVerbForms.read(dingBytes: Array(try! Data(contentsOf: seed)))
        precondition(!forms.finiteForms(of: "ausweisen").isEmpty && !forms.participles(of: "treffen").isEmpty, "the verbs' seed gives no forms")
        return forms
    }()
    /// The curated glossary with its verbs' forms, and its lexicon: no Ding lexicon (start-up in seconds,
    /// and Ding's reader has its own target).
    static let glossary = QAGlossary(try! CuratedGlossary.load(includeDefault: true, paths: []), verbForms: verbForms)
    static let lexicon = try! QALexicon.load(glossary: glossary, source: .en, target: .de, useInstalled: false)
    /// `inconsistent-term`'s set-up for a job: the glossary, its lexicon's answers, analyzers of both sides.
    nonisolated(unsafe) static let jobTerms: (glossary: QAGlossary, lexicon: QALexiconAnswers, analyzers: Sides<TextAnalyzer>) = {
        let analyzers = try! Sides(Sides(target: Language.de, source: Language.en)) { try TextAnalyzer(language: $0) }
        return (glossary, try! QALexiconAnswers(dictionary: lexicon, words: Sides(target: analyzers.target.words, source: analyzers.source.words)), analyzers)
    }()
    /// All checks, English source and German target, with the glossary above.
    nonisolated(unsafe) static let session: QASession = {
        try! QASession(checks: QARegistry.checks, source: .en, target: .de, glossary: glossary, relation: .auto, lexicon: lexicon)
    }()
}

/// `LexiconCache`'s entries as a damaged or planted cache file brings them, through the cache's own
/// check (`LexiconCache.unseal`) and then each kind's format: the bytes as they come, and the bytes
/// sealed with their right checksum (a checksum no mutation would match would stop nearly every input
/// before the formats). Each is nil or a value whose every table answers, and the verbs QA reads
/// alone are those of the whole entry wherever it reads; a trap or an allocation sized by a damaged
/// count is the finding.
enum CacheEntryCheck {
    /// `LetterGrams`' two tables with no run set, as `Lexicon+Serialization` writes them.
    static let emptyLetterRuns = [UInt8](repeating: 0, count: 8 * (LetterGrams.wordCount + LetterGrams.edgeWordCount))

    /// Every table of `lexicon` answers, for its first target stems.
    private static func ask(_ lexicon: Lexicon) {
        for id in 0..<min(lexicon.targetStemCount, 64) {
            let stem = lexicon.targetStem(ofID: Int32(id))
            _ = lexicon.targetID(ofStem: stem)
            _ = lexicon.translations(ofStem: stem)
            _ = lexicon.primaryTranslations(ofStem: stem)
            _ = lexicon.isGermanWordForm(stem)
        }
    }

    static func check(_ bytes: [UInt8]) {
        for var stored in [bytes, LexiconCache.sealed(bytes)] {
            guard LexiconCache.unseal(&stored) else { continue }
            if let lexicon = Lexicon.deserialized(stored) { ask(lexicon) }
            // A lexicon ends in its letter-run tables, 4.2 MB whatever its size, more than an input of
            // libFuzzer's: an input that starts like a lexicon is also read as everything before them,
            // with empty tables after it, so that a lexicon its checks let through is asked too.
            if stored.starts(with: Lexicon.serializationMagic), let lexicon = Lexicon.deserialized(stored + emptyLetterRuns) { ask(lexicon) }
            if let tables = DingTables.deserialized(stored) {
                for word in tables.grammar.genders.keys.prefix(64) {
                    _ = tables.grammar.gender(of: word)
                    _ = tables.grammar.singular(of: word)
                    _ = tables.subjectFields.share(of: word)
                }
                precondition(DingTables.verbForms(inSerialized: stored) == tables.verbForms, "the verbs read alone differ from the verbs of all tables")
            }
            // QA reads the verbs alone; a damaged or planted entry may hold any strings.
            if let verbs = DingTables.verbForms(inSerialized: stored) {
                for verb in verbs.forms.keys.prefix(64) {
                    _ = verbs.participles(of: verb)
                    _ = verbs.finiteForms(of: verb)
                }
            }
        }
    }
}

/// The glossary counts' byte parser (`GlossaryStatistics.StoredLine(jsonLine:)`) against Foundation's
/// decoder on the same bytes: a line the parser reads, the decoder reads to the same record; a line
/// the decoder reads, the parser reads too unless it is a form the encoder never writes
/// (`JSONLineError.isUnwrittenForm`); the encoder's line of the decoder's record reads back to it;
/// and the direct writer (`writeJSON`) writes that line byte for byte. A difference traps, and
/// libFuzzer saves the input.
enum StoredCountsCheck {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func check(_ bytes: [UInt8]) {
        let decoded = try? JSONDecoder().decode(GlossaryStatistics.StoredLine.self, from: Data(bytes))
        do throws(JSONLineError) {
            let parsed = try GlossaryStatistics.StoredLine(jsonLine: bytes[...])
            guard let decoded else { fatalError("the parser read a line the decoder refuses") }
            precondition(written(parsed) == written(decoded), "the parser and the decoder read different records")
        } catch {
            precondition(decoded == nil || error.isUnwrittenForm, "the parser refused a line the decoder reads: \(error.column): \(error.message)")
        }
        guard let decoded else { return }
        let line = written(decoded)
        precondition((try? GlossaryStatistics.StoredLine(jsonLine: line[...])).map(written) == line, "the parser does not read back the encoder's line")
        var direct: [UInt8] = []
        decoded.writeJSON(to: &direct)
        precondition(direct == line, "the direct writer and the encoder write different lines")
    }

    static func written(_ line: GlossaryStatistics.StoredLine) -> [UInt8] {
        Array(try! encoder.encode(line))
    }
}
