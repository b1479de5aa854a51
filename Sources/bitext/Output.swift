#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import BitextKit
import Foundation

/// Collects a command's result and delivers it whole: to standard output, or to a file written through a
/// temporary file and a rename, so that a failed run never leaves a partial output file behind.
struct OutputSink {
    let path: String?
    private(set) var bytes: [UInt8] = []

    init(path: String?) {
        self.path = path
    }

    mutating func write(_ data: [UInt8]) {
        bytes.append(contentsOf: data)
    }

    mutating func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Writes everything collected. Throws a one-line error on failure.
    func commit() throws {
        guard let path else {
            try Self.writeAll(fd: 1, bytes, name: "<stdout>")
            return
        }
        try Self.writeAtomically(bytes, to: path)
    }

    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let (fd, temporary) = try OutputPath.open(path)
        do {
            try writeAll(fd: fd, bytes, name: path)
            try OutputPath.close(fd, name: path)
        } catch {
            if let temporary { unlink(temporary) }
            throw error
        }
        guard let temporary else { return }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw CLIError("\(path): cannot write: \(reason)")
        }
    }

    static func writeAll(fd: Int32, _ bytes: [UInt8], name: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw CLIError("\(name): write failed: \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }
}

/// Where an `-o FILE` output goes: a regular file (or a new one) is written through a temporary sibling
/// and a rename; a device or pipe (`/dev/stdout`, `/dev/full`) is written in place, since renaming a
/// temporary file onto it would replace the device node itself; a folder is refused.
enum OutputPath {
    /// The descriptor to write to and the temporary file to rename onto `path` (nil: write in place).
    static func open(_ path: String) throws -> (fd: Int32, temporary: String?) {
        var info = stat()
        if stat(path, &info) == 0 {
            let type = info.st_mode & S_IFMT
            if type == S_IFDIR { throw CLIError("\(path): is a folder, expected an output file") }
            if type != S_IFREG {
                let fd = Glibc.open(path, O_WRONLY | O_TRUNC)
                guard fd >= 0 else { throw CLIError("\(path): cannot write: \(String(cString: strerror(errno)))") }
                return (fd, nil)
            }
        }
        let temporary = path + ".tmp-\(getpid())"
        let fd = Glibc.open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw CLIError("\(path): cannot write: \(String(cString: strerror(errno)))") }
        return (fd, temporary)
    }

    /// Fails, as `open` would, when `path` is a folder or its folder does not exist; checked when the
    /// command line is parsed, so that a wrong `-o` costs no work.
    static func check(_ path: String) throws {
        var info = stat()
        if stat(path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR { throw CLIError("\(path): is a folder, expected an output file") }
            return
        }
        let folder = (path as NSString).deletingLastPathComponent
        var folderInfo = stat()
        if stat(folder.isEmpty ? "." : folder, &folderInfo) != 0 || folderInfo.st_mode & S_IFMT != S_IFDIR {
            throw CLIError("\(path): cannot write: \(folder) is not a folder")
        }
    }

    /// Closes `fd`; a failing close (a delayed write error) is an output error too.
    static func close(_ fd: Int32, name: String) throws {
        guard Glibc.close(fd) == 0 else { throw CLIError("\(name): write failed: \(String(cString: strerror(errno)))") }
    }
}

/// A one-line error for the user; ArgumentParser prints it as "Error: …" and exits non-zero.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Fails with the reading error of the first path that is not a readable regular file, so that a
/// command reports a wrong path before it loads dictionaries, not seconds later.
func requireReadable(_ paths: [String]) throws {
    for path in paths {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        if !exists || isFolder.boolValue || !FileManager.default.isReadableFile(atPath: path) {
            _ = try TextFile.read(path: path)
        }
    }
}

/// Prints a diagnostic line on standard error.
func warn(_ message: String) {
    warnRaw("bitext: \(message)")
}

/// Prints `text` and a newline on standard error, as it stands.
func warnRaw(_ text: String) {
    var line = Array("\(text)\n".utf8)
    _ = line.withUnsafeMutableBytes { Glibc.write(2, $0.baseAddress, $0.count) }
}
