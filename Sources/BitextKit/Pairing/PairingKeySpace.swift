/// Interns `PairingKey`s to dense ids shared by both collections, so documents become sorted id arrays
/// and the index is a flat array of postings; also interns the surface words shown as evidence.
struct PairingKeySpace {
    private(set) var keys: [PairingKey] = []
    private var ids: [PairingKey: Int32] = [:]
    private(set) var surfaces: [String] = []
    private var surfaceIDs: [String: Int32] = [:]

    mutating func id(of key: PairingKey) -> Int32 {
        if let known = ids[key] { return known }
        let id = Int32(keys.count)
        keys.append(key)
        ids[key] = id
        return id
    }

    mutating func surfaceID(of surface: String) -> Int32 {
        if let known = surfaceIDs[surface] { return known }
        let id = Int32(surfaces.count)
        surfaces.append(surface)
        surfaceIDs[surface] = id
        return id
    }

    var count: Int { keys.count }
}
