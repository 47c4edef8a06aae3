/// Why `VirtioIOMMUDriver` could not bring the device up.
public enum DriverError: Error, Sendable, Hashable {
    /// The device lacks `VERSION_1` or `MAP_UNMAP` (Linux refuses such a device too).
    case missingRequiredFeatures(FeatureSet)
    /// `FEATURES_OK` did not stick.
    case featuresRejected
    /// `page_size_mask` is 0.
    case zeroPageSizeMask
    /// Queue sizes must be powers of two, ≥ 2.
    case badQueueSize(UInt16)
    /// The device refused the queue's layout.
    case queueSetupFailed(Int)
    /// The driver's region does not fit in guest memory.
    case memoryTooSmall(needed: UInt64)
}
