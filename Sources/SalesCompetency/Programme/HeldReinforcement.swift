/// A reinforcement session that took place: a participant of an investment practised again with their manager on
/// a day.
public struct HeldReinforcement: Hashable, Sendable, Codable {
    /// The participant.
    public var repID: Rep.ID
    /// The investment reinforced.
    public var investmentID: Investment.ID
    /// The day it was held.
    public var heldOn: Day

    /// Creates a record of a held session.
    ///
    /// - Parameters:
    ///   - repID: The participant.
    ///   - investmentID: The investment reinforced.
    ///   - heldOn: The day it was held.
    public init(repID: Rep.ID, investmentID: Investment.ID, heldOn: Day) {
        self.repID = repID
        self.investmentID = investmentID
        self.heldOn = heldOn
    }
}
