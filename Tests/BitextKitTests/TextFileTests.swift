import Testing
@testable import BitextKit

@Suite struct TextFileTests {
    @Test func invalidUTF8IsRefusedWithItsByteOffsetLineAndColumn() {
        let bytes: [UInt8] = Array("ab\ncä".utf8) + [0xFF] + Array("x".utf8)
        #expect(throws: InputError(file: "f.txt", reason: .invalidUTF8(byteOffset: 6, line: 2, column: 3))) {
            try TextFile(name: "f.txt", bytes: bytes)
        }
    }

    @Test func overlongAndSurrogateEncodingsAreInvalid() {
        #expect(throws: InputError.self) { try TextFile(name: "f", bytes: [0xC0, 0xAF]) }
        #expect(throws: InputError.self) { try TextFile(name: "f", bytes: [0xED, 0xA0, 0x80]) }
        #expect(throws: InputError.self) { try TextFile(name: "f", bytes: [0xE2, 0x82]) }
    }

    @Test func controlBytesMeanBinaryData() {
        #expect(throws: InputError(file: "b", reason: .binary(byteOffset: 2, line: 1, column: 3))) {
            try TextFile(name: "b", bytes: [0x41, 0x42, 0x00, 0x43])
        }
    }

    @Test func aLineOverTheLimitIsRefusedWithItsNumber() throws {
        let longest = [UInt8](repeating: 0x61, count: TextFile.maximumLineBytes)
        #expect(try TextFile(name: "l", bytes: Array("a\n".utf8) + longest + [0x0A, 0x62]).bytes.count == TextFile.maximumLineBytes + 4)
        #expect(throws: InputError(file: "l", reason: .lineTooLong(line: 2, bytes: TextFile.maximumLineBytes + 1))) {
            try TextFile(name: "l", bytes: Array("a\n".utf8) + longest + [0x61, 0x0A, 0x62])
        }
        #expect(throws: InputError(file: "l", reason: .lineTooLong(line: 1, bytes: TextFile.maximumLineBytes + 1))) {
            try TextFile(name: "l", bytes: longest + [0x61])
        }
    }

    @Test func emptyInputIsValid() throws {
        #expect(try TextFile(name: "e", bytes: []).bytes.isEmpty)
    }

    @Test func missingFileAndDirectoryAreNamed() {
        #expect(throws: InputError(file: "/nonexistent/x.txt", reason: .missing)) { try TextFile.read(path: "/nonexistent/x.txt") }
        #expect(throws: InputError(file: "/tmp", reason: .isDirectory)) { try TextFile.read(path: "/tmp") }
    }

    @Test func errorMessagesAreOneLineAndNameTheFile() {
        let error = InputError(file: "a.txt", reason: .invalidUTF8(byteOffset: 9, line: 2, column: 4))
        #expect(error.description == "a.txt:2:4: invalid UTF-8 at byte offset 9")
        #expect(!error.description.contains("\n"))
    }
}
