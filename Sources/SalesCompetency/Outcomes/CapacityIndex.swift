/// The capacity index of a team or organisation: the weighted mean of its normalised indicators, 0…1.
public struct CapacityIndex: Hashable, Sendable, Codable {
    /// The index, 0…1.
    public let value: Double
    /// Each indicator's normalised value, 0…1.
    public let normalized: [CapacityIndicator.ID: Double]

    /// Creates an index.
    ///
    /// - Parameters:
    ///   - value: The index.
    ///   - normalized: The normalised values behind it.
    public init(value: Double, normalized: [CapacityIndicator.ID: Double]) {
        self.value = value
        self.normalized = normalized
    }
}
