import Foundation
import Testing
@testable import BitextKit

@Suite struct FileBytesTests {
    private func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-bytes-\(UUID().uuidString)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Small, empty and large files read back whole; a small one keeps no spare capacity (a collection
    /// holds thousands of them).
    @Test func regularFilesReadBackWhole() throws {
        for count in [0, 3, 70_000, 1 << 20] {
            let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31) }
            let read = try #require(FileBytes.read(path: try temporaryFile(bytes)))
            #expect(read == bytes)
        }
        let small = try #require(FileBytes.read(path: try temporaryFile(Array("Botschaft".utf8))))
        #expect(small.capacity < 1024)
    }

    /// A pipe has no size to go by: it is read in growing chunks to its end.
    @Test func aPipeIsReadToItsEnd() throws {
        let pipe = Pipe()
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0) }
        let writer = Thread { pipe.fileHandleForWriting.write(Data(bytes)); try? pipe.fileHandleForWriting.close() }
        writer.start()
        let read = try #require(FileBytes.read(fd: pipe.fileHandleForReading.fileDescriptor))
        #expect(read == bytes)
    }

    @Test func aMissingFileIsNil() {
        #expect(FileBytes.read(path: "/nonexistent/bitext-no-such-file") == nil)
    }
}
