extension PairEvidence {
    /// The shared keys of two articles, rarest first, sorted into names, numbers and terms with the
    /// words each side used.
    init(shared german: DocumentFeatures, _ english: DocumentFeatures, space: PairingKeySpace, weights: KeyWeights, limit: Int = 8) {
        var shared: [(weight: Double, key: PairingKey, german: String, english: String)] = []
        var i = 0, j = 0
        while i < german.keys.count && j < english.keys.count {
            if german.keys[i] == english.keys[j] {
                let id = Int(german.keys[i])
                shared.append((weights.weights[id], space.keys[id], space.surfaces[Int(german.keySurfaces[i])],
                               space.surfaces[Int(english.keySurfaces[j])]))
                i += 1
                j += 1
            } else if german.keys[i] < english.keys[j] {
                i += 1
            } else {
                j += 1
            }
        }
        shared.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.german < $1.german }
        self.init()
        var seen = Set<String>()
        for item in shared where seen.insert(item.german + "\u{0}" + item.english).inserted {
            switch item.key {
            case .name where names.count < limit:
                names.append((item.german, item.english))
            case .number where numbers.count < limit, .month where numbers.count < limit:
                numbers.append(item.german)
            case .term where terms.count < limit:
                terms.append((item.german, item.english))
            default:
                break
            }
        }
    }
}
