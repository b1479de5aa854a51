/// One value for each side of a translation: the target (the text checked) and its source.
public struct Sides<Value> {
    public let target: Value
    public let source: Value

    public init(target: Value, source: Value) {
        self.target = target
        self.source = source
    }

    /// The same made for each side's language (a stemmer, a date table …).
    init(_ languages: Sides<Language>, _ make: (Language) throws -> Value) rethrows {
        self.init(target: try make(languages.target), source: try make(languages.source))
    }
}

extension Sides: Sendable where Value: Sendable {}
