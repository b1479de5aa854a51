import Foundation
import Testing
@testable import BitextKit

/// The verb forms read from Ding's verb entries (`GermanVerbForms`), on our own Ding-format lines
/// (`Fixtures/ding/verbs.txt`).
@Suite struct GermanVerbFormsTests {
    static let dingBytes = Array(try! Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/ding/verbs.txt")))

    static func fixture() throws -> GermanVerbForms {
        try GermanVerbForms.read(dingBytes: dingBytes)
    }

    /// A strong verb's participle, present and past (after a second person, "du stirbst"); a separable
    /// verb's split forms with their particle; a reflexive one's without "sich"; forms for the one verb
    /// of several that Ding gives them for.
    @Test func aFormListGivesEachVerbItsForms() throws {
        let verbs = try Self.fixture()
        #expect(verbs.participles(of: "treffen") == ["getroffen"])
        #expect(verbs.finiteForms(of: "treffen").map(\.word) == ["trifft", "traf"])
        #expect(verbs.finiteForms(of: "sterben").map(\.word) == ["stirbt", "starb"])
        #expect(verbs.participles(of: "begegnen") == ["begegnet"] && verbs.finiteForms(of: "begegnen").isEmpty)
        #expect(verbs.finiteForms(of: "ausweisen") == [.init(word: "weist", particle: "aus"), .init(word: "wies", particle: "aus")])
        #expect(verbs.participles(of: "vornehmen") == ["vorgenommen"])
        #expect(verbs.finiteForms(of: "vornehmen") == [.init(word: "nimmt", particle: "vor"), .init(word: "nahm", particle: "vor")])
        #expect(verbs.finiteForms(of: "beschließen").map(\.word) == ["beschließt", "beschloss"])
    }

    /// Sub-entries that are examples, a present participle that is not the infinitive's, finite forms
    /// of swapped synonyms ("zapft an" under "anstechen"), a particle that is not the verb's ("prasselt
    /// herab" under "herunterprasseln"): no forms from them.
    @Test(arguments: [("versprechen", [String](), [String]()),
                      ("finden", ["gefunden"], []),
                      ("anstechen", ["angestochen"], []),
                      ("anzapfen", ["angezapft"], []),
                      ("herunterprasseln", ["heruntergeprasselt"], []),
                      ("verlieren", [], [])])
    func whatIsNoFormListGivesNoForms(verb: String, participles: [String], finite: [String]) throws {
        let verbs = try Self.fixture()
        #expect(verbs.participles(of: verb) == participles)
        #expect(verbs.finiteForms(of: verb).map(\.word) == finite)
        #expect(verbs.participles(of: "Abschiebung").isEmpty && verbs.finiteForms(of: "Abschiebungen").isEmpty)
    }
}
