/// topoc's version: the one place it is set. `topoc --version` prints it, and the CHANGELOG's
/// newest released heading must name it (ReleaseTests checks both). Bump it when a release is cut.
public enum TopocVersion {
    public static let string = "0.1.0"
}
