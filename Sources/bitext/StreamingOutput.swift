#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A command's output written as it is produced, for outputs too large to hold (`glossary import` of a
/// 300 MB TMX): to standard output, or to a temporary file next to `path` that `commit()` renames onto
/// it, so a failed run leaves no partial file (the temporary is removed when the sink is dropped
/// uncommitted). Callers that can fail half-way must validate their input before writing to stdout.
final class StreamingOutput {
    private let path: String?
    private let temporary: String?
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var committed = false
    private static let chunk = 1 << 20

    init(path: String?) throws {
        self.path = path
        guard let path else {
            temporary = nil
            fd = 1
            return
        }
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw CLIError("\(path): cannot write: \(String(cString: strerror(errno)))") }
        self.temporary = temporary
        self.fd = fd
    }

    deinit {
        if let temporary, !committed {
            close(fd)
            unlink(temporary)
        }
    }

    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.chunk { try flush() }
    }

    /// Flushes, and renames the temporary file onto the output path.
    func commit() throws {
        try flush()
        guard let path, let temporary else { return }
        close(fd)
        committed = true
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw CLIError("\(path): cannot write: \(reason)")
        }
    }

    private func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw CLIError("\(path ?? "<stdout>"): write failed: \(String(cString: strerror(errno)))")
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
