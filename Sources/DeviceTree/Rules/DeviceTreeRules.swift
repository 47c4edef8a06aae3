import TopologyModel

extension DeviceTreeEmitter {
    /// Every rule the device-tree backend (emitter and `--base` merge) reports. Their findings are
    /// made while the tree is built, so `check` runs the emitter in memory to report them.
    public static let rules: [any DiagnosticRule.Type] = [
        DTSegmentShared.self,
        DTPCIIOMMUBus.self,
        DTPCINoAddress.self,
        DTIOMMUNotInTree.self,
        DTInterruptRange.self,
        DTIOMMUsSize.self,
        DTNodeClash.self,
        DTUnknownReference.self,
        DTTooLarge.self,
        DTInternal.self,
        DTBaseInvalid.self,
        DTBaseConflict.self,
    ]
}
