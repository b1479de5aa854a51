/// How many sentences a bead takes from each side: 1-1, 2-1, 1-0 …
public struct BeadShape: Sendable, Hashable, CustomStringConvertible {
    public let source: Int
    public let target: Int

    public init(_ source: Int, _ target: Int) {
        self.source = source
        self.target = target
    }

    /// The shapes the aligner considers; a back-pointer is an index into this array.
    /// Text+Berg's gold contains all of them; larger beads are rare enough to leave out.
    public static let all: [BeadShape] = [
        BeadShape(1, 1), BeadShape(1, 0), BeadShape(0, 1), BeadShape(2, 1),
        BeadShape(1, 2), BeadShape(2, 2), BeadShape(3, 1), BeadShape(1, 3),
    ]

    public var isDeletion: Bool { source == 0 || target == 0 }
    public var description: String { "\(source)-\(target)" }
}
