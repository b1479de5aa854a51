import Testing
@testable import BitextKit

/// The checksum `LexiconCache` stores after every entry (`CacheChecksum`, sealing and unsealing).
@Suite struct CacheChecksumTests {
    /// XXH64 with seed 0, as xxHash's reference implementation gives it (python-xxhash 4.1.0), for
    /// every path through the code: under 4 bytes, a 4-byte tail, 8-byte words, one and more
    /// 32-byte stripes with and without a tail.
    static let knownHashes: [(bytes: [UInt8], hash: UInt64)] = [
        ([], 0xEF46_DB37_51D8_E999),
        (Array("a".utf8), 0xD24E_C4F1_A98C_6E5B),
        (Array("abc".utf8), 0x44BC_2CF5_AD77_0999),
        (Array("abcd".utf8), 0xDE03_27B0_D25D_92CC),
        (Array("abcdefgh".utf8), 0x3AD3_5177_5B46_34B7),
        (Array(0..<31), 0xC346_D2B5_9B4D_8EE1),
        (Array(0..<32), 0xCBF5_9C51_16FF_32B4),
        (Array(0..<100), 0x6AC1_E580_3216_6597),
        ((0..<1037).map { UInt8($0 * 7 % 256) }, 0x1766_3F63_8366_5EE2),
    ]

    @Test(arguments: knownHashes)
    func hashIsXXH64(bytes: [UInt8], expected: UInt64) {
        #expect(CacheChecksum.hash(bytes) == expected)
    }

    static func payloads() throws -> [[UInt8]] {
        [try LexiconCacheTests.built(LexiconCacheTests.entries).serialized(), try DingTablesTests.parsed().serialized()]
    }

    @Test func unsealingASealedEntryGivesItsPayload() throws {
        for payload in try Self.payloads() + [[]] {
            var stored = LexiconCache.sealed(payload)
            #expect(stored.count == payload.count + 8)
            #expect(LexiconCache.unseal(&stored) && stored == payload)
        }
    }

    /// A changed byte anywhere, in the payload or the checksum, of either kind of entry: the entry is
    /// refused before its format sees it. Every byte of Ding's tables; of the lexicon (4 MB, mostly its
    /// letter-run bits) the head with its stems, 32 places through the rest, and the end.
    @Test func everyChangedByteIsRefused() throws {
        for payload in try Self.payloads() {
            let sealed = LexiconCache.sealed(payload)
            let positions = sealed.count <= 1 << 16 ? Array(sealed.indices)
                : Array(sealed.indices.prefix(128)) + Array(stride(from: 128, to: sealed.count, by: sealed.count / 32)) + Array(sealed.indices.suffix(16))
            for position in positions {
                var damaged = sealed
                damaged[position] ^= 0x20
                #expect(!LexiconCache.unseal(&damaged), "byte \(position) of \(sealed.count)")
            }
        }
    }

    @Test func cutOrLengthenedEntriesAreRefused() throws {
        for payload in try Self.payloads() {
            let sealed = LexiconCache.sealed(payload)
            for stored in [Array(sealed.dropLast()), Array(sealed.dropLast(8)), Array(sealed.prefix(7)), [], sealed + [0]] {
                var damaged = stored
                #expect(!LexiconCache.unseal(&damaged), "\(stored.count) of \(sealed.count) bytes")
            }
        }
    }
}
