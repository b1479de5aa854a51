import Foundation
import Testing
@testable import BitextKit

@Suite struct FileLinesTests {
    private func temporaryFile(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-lines-\(UUID().uuidString)").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func lines(_ text: String, blockSize: Int) throws -> [String] {
        let path = try temporaryFile(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var lines: [String] = []
        try FileLines.forEach(in: path, blockSize: blockSize) { lines.append(String(decoding: $0, as: UTF8.self)) }
        return lines
    }

    /// Read a few bytes at a time, lines across blocks and lines longer than a block come whole, as
    /// splitting the whole file at its line feeds gives them: empty lines kept, a last line without
    /// a line feed too, nothing after a final line feed.
    @Test(arguments: [1, 2, 3, 5, 8, 1 << 20])
    func linesAreTheFileSplitAtLineFeeds(blockSize: Int) throws {
        let texts = ["", "\n", "a", "a\n", "a\n\nb", "Botschaft\nembassy\n\n{\"pair\":{\"joint\":1}}\nlast",
                     String(repeating: "x", count: 40) + "\ny\n"]
        for text in texts {
            #expect(try lines(text, blockSize: blockSize) == text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") || text.isEmpty ? 1 : 0).map(String.init))
        }
    }

    @Test func aMissingFileIsAnInputError() {
        #expect(throws: InputError.self) { try FileLines.forEach(in: "/nonexistent/bitext-no-such-file") { _ in } }
    }
}
