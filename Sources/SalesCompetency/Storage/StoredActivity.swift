/// One line of the activity log as a store keeps it: a rep did a quantity of a task on a day.
///
/// This is the storage shape of the activity log (`rep_id,task_id,occurred_on,quantity`); the scoring
/// engine reads it. The JSON shape is a contract:
///
/// ```json
/// {"occurred_on":"2025-03-14","quantity":12,"rep_id":"rep-0001","task_id":"prospecting-emails"}
/// ```
public struct StoredActivity: Hashable, Sendable, Codable {
    /// Who did it.
    public var rep: Rep.ID
    /// The task (a measurable activity such as `prospecting-emails`).
    public var task: String
    /// The day it happened.
    public var day: Day
    /// How much; finite.
    public var quantity: Double

    /// Creates an activity.
    ///
    /// - Parameters:
    ///   - rep: Who did it; not empty.
    ///   - task: The task id; not empty.
    ///   - day: The day.
    ///   - quantity: How much; must be finite.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/invalidID`` for an empty id or
    ///   ``StoreError/Code/invalidValue`` for a quantity that is NaN or infinite.
    public init(rep: Rep.ID, task: String, day: Day, quantity: Double) throws {
        guard !rep.rawValue.isEmpty else { throw StoreError(.invalidID, message: "an activity has an empty rep id") }
        guard !task.isEmpty else {
            throw StoreError(.invalidID, message: "an activity of \(rep) has an empty task id")
        }
        guard quantity.isFinite else {
            throw StoreError(.invalidValue, message: "activity \(rep)/\(task) on \(day) has quantity \(quantity)")
        }
        self.rep = rep
        self.task = task
        self.day = day
        self.quantity = quantity
    }

    private enum CodingKeys: String, CodingKey {
        case rep = "rep_id"
        case task = "task_id"
        case day = "occurred_on"
        case quantity
    }

    /// Decodes an activity, checking the same invariants as the initialiser.
    ///
    /// - Throws: `DecodingError` for a malformed shape, ``StoreError`` for an invalid value.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            rep: c.decode(Rep.ID.self, forKey: .rep), task: c.decode(String.self, forKey: .task),
            day: Day(parsing: c.decode(String.self, forKey: .day)),
            quantity: c.decode(Double.self, forKey: .quantity))
    }

    /// Encodes the pinned shape.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rep, forKey: .rep)
        try c.encode(task, forKey: .task)
        try c.encode(day.description, forKey: .day)
        try c.encode(quantity, forKey: .quantity)
    }
}
