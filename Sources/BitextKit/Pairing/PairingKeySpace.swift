/// Interns `PairingKey`s to dense ids shared by both collections, so documents become sorted id arrays
/// and the inverted index is a flat array of postings.
struct PairingKeySpace {
    private(set) var keys: [PairingKey] = []
    private var ids: [PairingKey: Int32] = [:]

    mutating func id(of key: PairingKey) -> Int32 {
        if let known = ids[key] { return known }
        let id = Int32(keys.count)
        keys.append(key)
        ids[key] = id
        return id
    }

    var count: Int { keys.count }
}
