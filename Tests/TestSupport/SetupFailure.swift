/// A test's precondition did not hold: the executable is not built, a tool is not installed, an
/// input meant to be valid is not. Thrown, it fails the test with this description (Swift Testing
/// records every thrown error); it is never a skip, and never a pass.
public struct SetupFailure: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
