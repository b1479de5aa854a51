import BitextKit
import Foundation

/// An output folder built under a temporary sibling name (`.<name>.partial-<pid>`) and moved into
/// place by `commit`, so an interrupted run leaves only the partial folder, never a half-written one.
/// Files are written as they come (`RunFileSink`), so a large run never holds them all in memory.
final class OutputFolder: RunFileSink {
    let target: URL
    let partial: URL
    private(set) var fileCount = 0
    private var made = Set<String>()

    init(target: URL) throws {
        self.target = target
        let parent = target.deletingLastPathComponent()
        partial = parent.appendingPathComponent(".\(target.lastPathComponent).partial-\(getpid())")
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: parent.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw CLIError("\(parent.path): not a folder, cannot hold \(target.lastPathComponent)")
        }
    }

    /// Runs `body` with this folder as the sink; on any error the partial folder is removed.
    func fill(_ body: (OutputFolder) throws -> Void) throws {
        do {
            try FileManager.default.createDirectory(at: partial, withIntermediateDirectories: true)
            try body(self)
        } catch let error as CLIError {
            discard()
            throw error
        } catch {
            discard()
            throw CLIError("\(target.path): cannot write the output folder: \(error)")
        }
    }

    func write(_ path: String, _ bytes: [UInt8]) throws {
        try writeBytes(bytes, to: try prepared(path), flags: O_WRONLY | O_CREAT | O_TRUNC)
        fileCount += 1
    }

    func append(_ path: String, _ bytes: [UInt8]) throws {
        try writeBytes(bytes, to: try prepared(path), flags: O_WRONLY | O_CREAT | O_APPEND)
    }

    /// Moves a finished file (made elsewhere, on the same file system) into the folder.
    func adopt(_ source: String, as path: String) throws {
        let destination = try prepared(path)
        guard rename(source, destination) == 0 else {
            throw CLIError("\(source): cannot move into \(partial.path): \(String(cString: strerror(errno)))")
        }
        fileCount += 1
    }

    /// Moves the folder into place (replacing an existing one only when `replacing`).
    func commit(replacing: Bool) throws {
        let manager = FileManager.default
        do {
            if manager.fileExists(atPath: target.path) {
                guard replacing else { throw CLIError("\(target.path): already exists; use --force to replace it") }
                let old = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).old-\(getpid())")
                try manager.moveItem(at: target, to: old)
                try manager.moveItem(at: partial, to: target)
                try manager.removeItem(at: old)
            } else {
                try manager.moveItem(at: partial, to: target)
            }
        } catch let error as CLIError {
            discard()
            throw error
        } catch {
            discard()
            throw CLIError("\(target.path): cannot write the output folder: \(error.localizedDescription)")
        }
    }

    func discard() {
        try? FileManager.default.removeItem(at: partial)
    }

    /// The absolute path of `path` inside the partial folder, its parent folder made.
    private func prepared(_ path: String) throws -> String {
        let url = partial.appendingPathComponent(path)
        let folder = url.deletingLastPathComponent()
        if made.insert(folder.path).inserted { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        return url.path
    }
}

/// Writes `bytes` to `path` with plain POSIX calls: `Data.write` syncs every file to disk, which made
/// writing a run's 4,000 files take seconds; the folder's final rename is what keeps an interrupted
/// run from leaving a complete-looking output folder.
func writeBytes(_ bytes: [UInt8], to path: String, flags: Int32) throws {
    let descriptor = open(path, flags, 0o644)
    guard descriptor >= 0 else { throw CLIError("\(path): cannot create: \(String(cString: strerror(errno)))") }
    defer { close(descriptor) }
    var offset = 0
    while offset < bytes.count {
        let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written > 0 else { throw CLIError("\(path): cannot write: \(String(cString: strerror(errno)))") }
        offset += written
    }
}
