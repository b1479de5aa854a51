/// Why an input could not be read, phrased for a one-line diagnostic that names the file and position.
public struct InputError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        case missing
        case isDirectory
        /// A named pipe, device or socket (`InputFile.open`): its end may never come.
        case notRegularFile(kind: String)
        /// Nothing but whitespace: fine for a single-file command (empty output), skipped in a collection.
        case empty
        case unreadable(String)
        case invalidUTF8(byteOffset: Int, line: Int, column: Int)
        case binary(byteOffset: Int, line: Int, column: Int)
        case malformed(line: Int, column: Int, message: String)
        /// A line longer than `TextFile.maximumLineBytes`.
        case lineTooLong(line: Int, bytes: Int)
        /// An article of a collection written in another language than its side's (`LanguageCheck`).
        case wrongLanguage(expected: Language, found: Language, evidence: Int, against: Int)
    }

    public let file: String
    public let reason: Reason

    public init(file: String, reason: Reason) {
        self.file = file
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .missing:
            return "\(file): no such file"
        case .isDirectory:
            return "\(file): is a directory, expected a text file"
        case .notRegularFile(let kind):
            return "\(file): is \(kind), not a regular file (bitext reads regular files, and standard input as -)"
        case .empty:
            return "\(file): empty file"
        case .unreadable(let why):
            return "\(file): cannot be read: \(why)"
        case let .invalidUTF8(offset, line, column):
            return "\(file):\(line):\(column): invalid UTF-8 at byte offset \(offset)"
        case let .binary(offset, line, column):
            return "\(file):\(line):\(column): binary data (control byte) at byte offset \(offset); expected text"
        case let .malformed(line, column, message):
            return "\(file):\(line):\(column): \(message)"
        case let .lineTooLong(line, bytes):
            return "\(file):\(line):1: line \(line) is \(bytes) bytes long; bitext reads lines of at most \(TextFile.maximumLineBytes) bytes (break the text into lines or paragraphs)"
        case let .wrongLanguage(expected, found, evidence, against):
            return "\(file): written in \(found.rawValue), not \(expected.rawValue) (\(evidence) \(found.rawValue) function words against \(against))"
        }
    }
}
