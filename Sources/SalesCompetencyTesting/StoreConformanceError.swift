/// The failure ``StoreConformanceCheck`` throws: which requirement a store broke, and how.
///
/// ```text
/// store conformance: documents.rejectsOutOfSequenceVersions: saving version 5 after 3 did not throw
/// StoreError.conflict
/// ```
public struct StoreConformanceError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The requirement, such as `documents.rejectsOutOfSequenceVersions` (one of
    /// ``StoreConformanceCheck/requirements``).
    public var requirement: String
    /// What the store did instead.
    public var message: String

    /// Creates a failure.
    ///
    /// - Parameters:
    ///   - requirement: The requirement broken.
    ///   - message: What happened instead.
    public init(requirement: String, message: String) {
        self.requirement = requirement
        self.message = message
    }

    /// `store conformance: <requirement>: <message>`.
    public var description: String { "store conformance: \(requirement): \(message)" }
}
