/// A German and an English article, each as a list of sentences: the input of comparable mode.
public struct ArticlePair: Sendable, Codable {
    public var german: [String]
    public var english: [String]

    public init(german: [String], english: [String]) {
        self.german = german
        self.english = english
    }
}
