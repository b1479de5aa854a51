import Foundation

/// A small, strict, non-validating XML 1.0 reader for the interchange formats bitext imports
/// (TMX, TBX). It builds an element tree and reports the first well-formedness error with its
/// line and column.
///
/// Why not Foundation's `XMLParser`: its external-entity behaviour differs between platforms and
/// libxml2 versions, and its error positions are not reliable enough for a one-line diagnostic.
/// This reader never loads anything: a DOCTYPE's external identifier is skipped, an internal subset
/// that declares entities is refused, and any entity reference other than the five predefined ones
/// and character references is an error. So no file, URL or "billion laughs" expansion is ever
/// touched.
///
/// - Complexity: O(n) in the document size.
public struct XMLReader {
    private let bytes: [UInt8]
    private let name: String
    private var i = 0
    private var line = 1
    private var lineStart = 0
    /// Open elements: nesting deeper than `maximumDepth` is refused before the recursion exhausts the stack.
    private var depth = 0
    static let maximumDepth = 256

    /// Parses `file` (already validated UTF-8) and returns its root element.
    ///
    /// - Throws: `InputError.malformed` with line and column.
    public static func parse(_ file: TextFile) throws(InputError) -> XMLElement {
        var reader = XMLReader(bytes: file.bytes, name: file.name)
        return try reader.document()
    }

    private init(bytes: [UInt8], name: String) {
        self.bytes = bytes
        self.name = name
    }

    // MARK: Document structure

    private mutating func document() throws(InputError) -> XMLElement {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        var root: XMLElement?
        while true {
            skipSpace()
            if i >= bytes.count { break }
            guard peek() == 0x3C /* < */ else {
                throw error("text outside the root element")
            }
            if starts("<?") {
                try skipProcessingInstruction()
            } else if starts("<!--") {
                try skipComment()
            } else if starts("<!DOCTYPE") {
                guard root == nil else { throw error("DOCTYPE after the root element") }
                try skipDoctype()
            } else {
                guard root == nil else { throw error("a second root element") }
                root = try element()
            }
        }
        guard let root else { throw error("no root element") }
        return root
    }

    private mutating func element() throws(InputError) -> XMLElement {
        let startLine = line
        let startColumn = column(of: i)
        advance()  // <
        let tag = try nameToken()
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw error("elements nested deeper than \(Self.maximumDepth) levels") }
        var attributes: [String: String] = [:]
        while true {
            let hadSpace = skipSpace()
            guard i < bytes.count else { throw error("unexpected end of file in <\(tag)>") }
            if starts("/>") {
                i += 2
                return XMLElement(name: tag, attributes: attributes, content: [], line: startLine, column: startColumn)
            }
            if peek() == 0x3E /* > */ {
                advance()
                break
            }
            guard hadSpace else { throw error("expected whitespace before an attribute in <\(tag)>") }
            let attributeName = try nameToken()
            skipSpace()
            guard peek() == 0x3D /* = */ else { throw error("expected '=' after attribute \(attributeName)") }
            advance()
            skipSpace()
            let value = try attributeValue()
            guard attributes.updateValue(value, forKey: attributeName) == nil else {
                throw error("duplicate attribute \(attributeName) in <\(tag)>")
            }
        }
        var content: [XMLElement.Content] = []
        var text = ""
        func flushText() {
            if !text.isEmpty { content.append(.text(text)) }
            text = ""
        }
        while true {
            guard i < bytes.count else { throw error("unexpected end of file: <\(tag)> (line \(startLine)) is not closed") }
            let b = peek()
            if b == 0x3C {
                if starts("</") {
                    let closeStart = i
                    i += 2
                    let closing = try nameToken()
                    guard closing == tag else {
                        throw error("</\(closing)> does not close <\(tag)> (line \(startLine))", at: closeStart)
                    }
                    skipSpace()
                    guard peek() == 0x3E else { throw error("expected '>' to end </\(closing)>") }
                    advance()
                    flushText()
                    return XMLElement(name: tag, attributes: attributes, content: content, line: startLine, column: startColumn)
                } else if starts("<!--") {
                    try skipComment()
                } else if starts("<![CDATA[") {
                    i += 9
                    let start = i
                    while i < bytes.count, !starts("]]>") { advance() }
                    guard i < bytes.count else { throw error("unterminated CDATA section") }
                    text += try checkedText(start..<i)
                    i += 3
                } else if starts("<?") {
                    try skipProcessingInstruction()
                } else if starts("<!") {
                    throw error("markup declaration inside an element")
                } else {
                    flushText()
                    content.append(.element(try element()))
                }
            } else if b == 0x26 /* & */ {
                text.unicodeScalars.append(try reference())
            } else {
                let start = i
                while i < bytes.count, bytes[i] != 0x3C, bytes[i] != 0x26 {
                    if bytes[i] == 0x3E, i >= 2, bytes[i - 1] == 0x5D, bytes[i - 2] == 0x5D {
                        throw error("']]>' is not allowed in text")
                    }
                    advance()
                }
                text += try checkedText(start..<i)
            }
        }
    }

    private mutating func attributeValue() throws(InputError) -> String {
        let quote = peek()
        guard quote == 0x22 || quote == 0x27 else { throw error("attribute value must be quoted") }
        advance()
        var value = ""
        while true {
            guard i < bytes.count else { throw error("unterminated attribute value") }
            let b = peek()
            if b == quote {
                advance()
                return value
            }
            switch b {
            case 0x3C: throw error("'<' in an attribute value")
            case 0x26: value.unicodeScalars.append(try reference())
            case 0x09, 0x0A, 0x0D:
                // Attribute-value normalization: literal whitespace becomes a space.
                value += " "
                advance()
            default:
                guard b >= 0x20 else { throw error("character XML forbids (U+\(String(b, radix: 16, uppercase: true)))") }
                let start = i
                while i < bytes.count, bytes[i] != quote, bytes[i] != 0x26, bytes[i] != 0x3C, bytes[i] >= 0x20 { advance() }
                value += try checkedText(start..<i)
            }
        }
    }

    /// A reference at `&`: one of the five predefined entities or a character reference.
    private mutating func reference() throws(InputError) -> Unicode.Scalar {
        let startColumn = column(of: i)
        advance()
        let start = i
        while i < bytes.count, bytes[i] != 0x3B /* ; */, i - start < 12 { advance() }
        guard i < bytes.count, bytes[i] == 0x3B else {
            throw InputError(file: name, reason: .malformed(line: line, column: startColumn, message: "'&' must start an entity reference such as &amp;"))
        }
        let body = String(decoding: bytes[start..<i], as: UTF8.self)
        advance()
        let scalar: Unicode.Scalar?
        switch body {
        case "lt": scalar = "<"
        case "gt": scalar = ">"
        case "amp": scalar = "&"
        case "quot": scalar = "\""
        case "apos": scalar = "'"
        default:
            if body.hasPrefix("#x"), let v = UInt32(body.dropFirst(2), radix: 16) {
                scalar = Unicode.Scalar(v)
            } else if body.hasPrefix("#"), let v = UInt32(body.dropFirst(), radix: 10) {
                scalar = Unicode.Scalar(v)
            } else {
                throw InputError(file: name, reason: .malformed(line: line, column: startColumn,
                    message: "undefined entity &\(body); (bitext reads no DTD and resolves no external entities)"))
            }
        }
        guard let scalar, XMLEscaper.isAllowed(scalar) else {
            throw InputError(file: name, reason: .malformed(line: line, column: startColumn, message: "character reference &\(body); names a character XML forbids"))
        }
        return scalar
    }

    // MARK: Skipped constructs

    private mutating func skipProcessingInstruction() throws(InputError) {
        while i < bytes.count, !starts("?>") { advance() }
        guard i < bytes.count else { throw error("unterminated processing instruction") }
        i += 2
    }

    private mutating func skipComment() throws(InputError) {
        i += 4
        while i < bytes.count, !starts("-->") { advance() }
        guard i < bytes.count else { throw error("unterminated comment") }
        i += 3
    }

    /// Skips `<!DOCTYPE name [SYSTEM|PUBLIC ids] [internal subset]>` without loading anything.
    /// An internal subset that declares entities is refused: those are how XML smuggles in files
    /// (external entities) or explodes in memory (nested internal ones).
    private mutating func skipDoctype() throws(InputError) {
        var quote: UInt8 = 0
        while i < bytes.count {
            let b = peek()
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == 0x22 || b == 0x27 {
                quote = b
            } else if b == 0x5B /* [ */ {
                advance()
                while i < bytes.count, peek() != 0x5D /* ] */ {
                    if starts("<!ENTITY") { throw error("entity declarations are not accepted (bitext resolves no entities)") }
                    advance()
                }
                continue
            } else if b == 0x3E {
                advance()
                return
            }
            advance()
        }
        throw error("unterminated DOCTYPE")
    }

    // MARK: Lexical helpers

    private mutating func nameToken() throws(InputError) -> String {
        let start = i
        while i < bytes.count {
            let b = bytes[i]
            let isNameByte = (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
                || b == 0x5F || b == 0x3A || b == 0x2D || b == 0x2E || b >= 0x80
            guard isNameByte else { break }
            i += 1
        }
        guard i > start, !(bytes[start] >= 0x30 && bytes[start] <= 0x39), bytes[start] != 0x2D, bytes[start] != 0x2E else {
            throw error("expected a name")
        }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    /// The text of `range` with line ends normalized to line feeds (XML 1.0 §2.11), refusing
    /// characters XML forbids (form feed is the one `TextFile` lets through).
    private func checkedText(_ range: Range<Int>) throws(InputError) -> String {
        var text = String(decoding: bytes[range], as: UTF8.self)
        if let bad = text.unicodeScalars.firstIndex(where: { !XMLEscaper.isAllowed($0) }) {
            let offset = range.lowerBound + text.unicodeScalars[..<bad].reduce(0) { $0 + UTF8.width($1) }
            let (l, c) = position(of: offset)
            throw InputError(file: name, reason: .malformed(line: l, column: c, message: "character XML forbids (U+\(String(text.unicodeScalars[bad].value, radix: 16, uppercase: true)))"))
        }
        if bytes[range].contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return text
    }

    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = i
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { advance() }
        return i > start
    }

    /// The byte at the cursor; 0 at the end of the file (a byte no validated text holds, so every test
    /// on it fails and the caller reports what it expected there).
    @inline(__always)
    private func peek() -> UInt8 { i < bytes.count ? bytes[i] : 0 }

    /// Moves one byte on, keeping the line count (line feeds end lines).
    @inline(__always)
    private mutating func advance() {
        if bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        i += 1
    }

    private func starts(_ literal: StaticString) -> Bool {
        return literal.withUTF8Buffer { buffer in
            let count = buffer.count
            guard i + count <= bytes.count else { return false }
            for k in 0..<count where bytes[i + k] != buffer[k] { return false }
            return true
        }
    }

    /// 1-based column (in scalars) of `offset` on the current line.
    private func column(of offset: Int) -> Int {
        var column = 1
        var j = lineStart
        while j < offset {
            if bytes[j] & 0xC0 != 0x80 { column += 1 }
            j += 1
        }
        return column
    }

    /// Line and column of any offset (used off the hot path, for errors).
    private func position(of offset: Int) -> (Int, Int) {
        var l = 1
        var start = 0
        for j in 0..<min(offset, bytes.count) where bytes[j] == 0x0A {
            l += 1
            start = j + 1
        }
        var column = 1
        for j in start..<offset where bytes[j] & 0xC0 != 0x80 { column += 1 }
        return (l, column)
    }

    private func error(_ message: String, at offset: Int? = nil) -> InputError {
        let (l, c) = position(of: min(offset ?? i, bytes.count))
        return InputError(file: name, reason: .malformed(line: l, column: c, message: message))
    }
}
