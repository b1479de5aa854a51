#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CXML

/// One event of a streamed XML document. Every `start` is followed by its `end`, empty elements
/// (`<x/>`) included, so consumers can keep a simple stack.
public enum XMLEvent: Sendable {
    case start(XMLStart)
    case end(name: String)
    /// Character data (CDATA sections merged in), whitespace between elements included.
    case text(String)
}

/// A start tag: qualified name, local name, namespace URI, attributes (by qualified name) and its line.
public struct XMLStart: Sendable {
    public let name: String
    public let localName: String
    public let namespace: String
    public let attributes: [String: String]
    public let line: Int
}

/// The XML layer: libxml2's streaming reader (`xmlTextReader`, through the `CXML` shim), so memory
/// holds one node at a time however large the file, and any encoding the byte-order mark or the XML
/// declaration names is read (UTF-16 TMX as Trados writes it, ISO-8859-1, …); text comes out as Swift
/// strings.
///
/// Hostile input: no network, no DTD loading, no external entities; an entity reference other than the
/// five predefined ones and character references is an error (bitext substitutes no entities, so a
/// "billion laughs" file never expands); nesting depth, text and name sizes and entity amplification are
/// bounded by libxml2's default limits (no `XML_PARSE_HUGE`: depth 256, text 10 MB). The first error
/// ends the stream as `InputError.malformed` with libxml2's line and column.
///
/// Why not FoundationXML's `XMLParser`: it drives the same libxml2 but chooses the parser options itself
/// (swift-corelibs-foundation: `XML_PARSE_RECOVER | XML_PARSE_NOENT` always, `XML_PARSE_DTDLOAD` when
/// `shouldResolveExternalEntities` is set), so a truncated file is recovered into a shorter valid one and
/// entities are substituted, and neither can be switched off. Here the options are fixed in
/// `Sources/CXML/shim.c`.
///
/// Not thread-safe: one stream per thread (streams on different threads are independent).
///
/// - Complexity: O(n) time in the document size; memory O(depth + largest node).
public final class XMLStream {
    /// The name used in diagnostics.
    public let name: String
    private let reader: OpaquePointer
    private let fd: Int32
    private let buffer: UnsafeMutableBufferPointer<UInt8>?
    /// An empty element's synthetic end event, delivered by the next call to `next()`.
    private var pendingEnd: String?
    private var finished = false
    /// The open elements (name and line), so an error can say where in the tree the file broke off.
    private var openElements: [(name: String, line: Int)] = []

    /// Streams the file at `path` (read incrementally, never whole).
    ///
    /// - Throws: `InputError` when the file is missing, a directory or unreadable.
    public init(path: String) throws(InputError) {
        let fd = try InputFile.open(path)
        guard let reader = cxml_open_fd(fd, path) else {
            close(fd)
            throw InputError(file: path, reason: .unreadable("the XML reader could not be created"))
        }
        self.name = path
        self.reader = reader
        self.fd = fd
        self.buffer = nil
    }

    /// Streams `bytes` (any encoding XML allows; they need not be UTF-8). The entry point for callers
    /// that hold a file in memory, fuzzers included.
    ///
    /// - Throws: `InputError.unreadable` for documents over 2 GB (libxml2's in-memory limit).
    public init(name: String, bytes: [UInt8]) throws(InputError) {
        guard bytes.count < Int(Int32.max) else { throw InputError(file: name, reason: .unreadable("over 2 GB; read it from a file")) }
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = buffer.initialize(from: bytes)
        guard let reader = cxml_open_memory(buffer.baseAddress, Int32(bytes.count), name) else {
            buffer.deallocate()
            throw InputError(file: name, reason: .unreadable("the XML reader could not be created"))
        }
        self.name = name
        self.reader = reader
        self.fd = -1
        self.buffer = buffer
    }

    /// Streams a validated text file.
    public convenience init(_ file: TextFile) throws(InputError) {
        try self.init(name: file.name, bytes: file.bytes)
    }

    deinit {
        cxml_close(reader)
        if fd >= 0 { close(fd) }
        buffer?.deallocate()
    }

    /// The next event, or nil at the end of a well-formed document.
    ///
    /// - Throws: `InputError.malformed` at the first well-formedness error, undefined or unexpanded
    ///   entity, or exceeded limit.
    public func next() throws(InputError) -> XMLEvent? {
        if let name = pendingEnd {
            pendingEnd = nil
            openElements.removeLast()
            return .end(name: name)
        }
        while !finished {
            switch cxml_read(reader) {
            case 0:
                finished = true
                return nil
            case 1: break
            default:
                finished = true
                var message = String(cString: cxml_error_message(reader))
                if let inner = openElements.last { message += " (inside <\(inner.name)> of line \(inner.line))" }
                let line = Int(cxml_error_line(reader))
                throw InputError(file: name, reason: .malformed(line: max(line, 1), column: max(Int(cxml_error_column(reader)), 1),
                                                                message: message))
            }
            switch cxml_node_type(reader) {
            case Int32(CXML_ELEMENT):
                let start = try currentStart()
                openElements.append((start.name, start.line))
                if cxml_is_empty_element(reader) != 0 { pendingEnd = start.name }
                return .start(start)
            case Int32(CXML_END_ELEMENT):
                openElements.removeLast()
                return .end(name: string(cxml_name(reader)))
            case Int32(CXML_TEXT), Int32(CXML_CDATA), Int32(CXML_WHITESPACE), Int32(CXML_SIGNIFICANT_WHITESPACE):
                return .text(string(cxml_value(reader)))
            case Int32(CXML_ENTITY_REFERENCE):
                finished = true
                throw error(line: Int(cxml_line(reader)), "entity &\(string(cxml_name(reader))); is not expanded (bitext substitutes no entities)")
            default:
                continue  // declarations, comments, processing instructions
            }
        }
        return nil
    }

    /// The element that `start` opened, read whole up to its end tag: one unit of a TMX or XLIFF file at
    /// a time in memory.
    public func element(_ start: XMLStart) throws(InputError) -> XMLElement {
        var stack: [(start: XMLStart, content: [XMLElement.Content])] = [(start, [])]
        while let event = try next() {
            switch event {
            case .start(let child):
                stack.append((child, []))
            case .text(let text):
                stack[stack.count - 1].content.append(.text(text))
            case .end:
                let done = stack.removeLast()
                let element = XMLElement(start: done.start, content: done.content)
                if stack.isEmpty { return element }
                stack[stack.count - 1].content.append(.element(element))
            }
        }
        throw error(line: start.line, "<\(start.name)> is not closed")
    }

    /// The root element's start tag (the first event that is one).
    public func root() throws(InputError) -> XMLStart {
        while let event = try next() {
            if case .start(let start) = event { return start }
        }
        throw error(line: 1, "no root element")
    }

    /// An error at `line` of this stream (libxml2 keeps no column for a node, so column 1).
    public func error(line: Int, _ message: String) -> InputError {
        InputError(file: name, reason: .malformed(line: max(line, 1), column: 1, message: message))
    }

    private func currentStart() throws(InputError) -> XMLStart {
        let name = string(cxml_name(reader))
        let localName = string(cxml_local_name(reader))
        let namespace = string(cxml_namespace(reader))
        let line = Int(cxml_line(reader))
        var attributes: [String: String] = [:]
        while cxml_next_attribute(reader) != 0 {
            if let entity = cxml_attribute_entity(reader) {
                finished = true
                throw error(line: line, "entity &\(string(entity)); in attribute \(string(cxml_name(reader))) of <\(name)> is not expanded (bitext substitutes no entities)")
            }
            attributes[string(cxml_name(reader))] = string(cxml_value(reader))
        }
        cxml_move_to_element(reader)
        return XMLStart(name: name, localName: localName, namespace: namespace, attributes: attributes, line: line)
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
