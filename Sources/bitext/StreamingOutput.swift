#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A command's output written as it is produced, for outputs too large to hold (`glossary import` of a
/// 300 MB TMX): to standard output, or to a temporary file next to `path` that `commit()` renames onto
/// it, so a failed run leaves no partial file (the temporary is removed when the sink is dropped
/// uncommitted). A write error is kept and thrown by `commit()`, so producers need not handle it per
/// line. Callers that can fail half-way must validate their input before writing to stdout.
final class StreamingOutput {
    private let path: String?
    private let temporary: String?
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var committed = false
    /// The first write error; later writes are skipped.
    private var failure: CLIError?
    private static let chunk = 1 << 20

    init(path: String?) throws {
        self.path = path
        guard let path else {
            temporary = nil
            fd = 1
            return
        }
        (fd, temporary) = try OutputPath.open(path)
    }

    deinit {
        if !committed, path != nil {
            close(fd)
            if let temporary { unlink(temporary) }
        }
    }

    func write(_ text: String) {
        guard failure == nil else { return }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.chunk { flush() }
    }

    /// Flushes, and renames the temporary file onto the output path.
    ///
    /// - Throws: the first write error, or a failed close or rename.
    func commit() throws {
        flush()
        if let failure { throw failure }
        guard let path else { return }
        committed = true
        try OutputPath.close(fd, name: path)
        guard let temporary else { return }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw CLIError("\(path): cannot write: \(reason)")
        }
    }

    private func flush() {
        var offset = 0
        while offset < buffer.count, failure == nil {
            let written = buffer[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                failure = CLIError("\(path ?? "<stdout>"): write failed: \(String(cString: strerror(errno)))")
            } else {
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
