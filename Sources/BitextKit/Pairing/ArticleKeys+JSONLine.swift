/// Reads one line of a prepare stage's key file (`ArticleKeys`' Codable form: `[words, [surface,
/// key, …], …]`) straight from its bytes. The pair stage reads the keys of every article of a
/// corpus, about 20 KB of JSON per German article, more than once; Foundation's `JSONDecoder` took
/// most of the stage's time and memory on 100,000 articles per side.
///
/// Accepts any JSON of that shape (whitespace, every string escape), nothing else (`JSONLineScanner`).
extension ArticleKeys {
    /// - Throws: `ArticleKeys.LineError` with the 1-based byte column where the line stops making sense.
    public init(jsonLine bytes: ArraySlice<UInt8>) throws(LineError) {
        (words, units) = try JSONLineScanner.read(bytes) { scanner throws(LineError) in
            try scanner.expect(UInt8(ascii: "["))
            let words = try scanner.integer()
            var units: [DocumentKeyExtractor.FoundUnit] = []
            while try scanner.nextElement(closing: UInt8(ascii: "]")) {
                try scanner.expect(UInt8(ascii: "["))
                guard try scanner.nextElement(closing: UInt8(ascii: "]"), first: true) else { throw scanner.error("a unit without its surface") }
                let surface = try scanner.string()
                var keys: [PairingKey] = []
                while try scanner.nextElement(closing: UInt8(ascii: "]")) {
                    let column = scanner.column
                    let stored = try scanner.string()
                    guard let key = PairingKey(stored: stored) else { throw LineError(column: column, message: "not a pairing key: \(stored)") }
                    keys.append(key)
                }
                units.append(DocumentKeyExtractor.FoundUnit(keys: keys, surface: surface))
            }
            return (words, units)
        }
    }

    /// Where and why a key line could not be read.
    public typealias LineError = JSONLineError
}
