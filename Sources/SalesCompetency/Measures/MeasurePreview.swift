/// What one row of a raw export became under an ``ActivityMeasures`` definition, and why: the answer of
/// ``ActivityMeasures/preview(file:rows:owners:timeZone:)`` and `sco activities preview`.
public struct MeasurePreview: Hashable, Sendable, Codable {
    /// The 1-based line where the row starts.
    public var line: Int
    /// The rep, when the owner resolved.
    public var repID: Rep.ID?
    /// The day, when a day column had one.
    public var day: Day?
    /// The tasks the row became (several when every matching rule counts); empty when it did not become activity.
    public var taskIDs: [SalesTask.ID]
    /// Why the row did not become activity; `nil` when it did.
    public var reason: MeasureReport.Reason?
    /// The explanation: the filter that dropped it, the rule that matched (`rules[2] calls_made: Subject matches
    /// /\bcall\b/i`) or the values no rule matched, the day column used.
    public var why: String

    /// `activity`, or the reason's raw name.
    public var outcome: MeasureReport.Reason { reason ?? MeasureReport.Reason(rawValue: "activity") }
}
