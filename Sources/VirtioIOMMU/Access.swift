/// The kind of a modelled DMA access.
public enum Access: Sendable, Hashable {
    case read
    case write
}
