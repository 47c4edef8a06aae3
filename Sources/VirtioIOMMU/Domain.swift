/// A domain: created by the first ATTACH naming it, destroyed when its last endpoint leaves.
struct Domain: Sendable {
    /// Created with `ATTACH_F_BYPASS`: endpoints pass through, MAP/UNMAP are refused.
    let isBypass: Bool
    var endpointCount = 0
    /// Attached endpoints per endpoint-range index, so MAP can check the RESV_MEM regions of every
    /// range represented in the domain without listing endpoints.
    var rangeUse: [Int: Int] = [:]
    var mappings = MappingTable()

    init(isBypass: Bool) { self.isBypass = isBypass }
}
