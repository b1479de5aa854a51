import ArgumentParser
import BitextKit

extension Bitext {
    struct Normalize: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Normalize text (placeholder until the normalizer lands).")
        func run() throws {}
    }
}
