/// One entry of the activity log: a rep did a quantity of a task on a day.
public struct Activity: Hashable, Sendable, Codable {
    /// Who.
    public var repID: Rep.ID
    /// What.
    public var taskID: SalesTask.ID
    /// When, as a day in the scoring policy's time zone.
    public var day: Day
    /// How much (≥ 0, finite).
    public var quantity: Double

    /// Creates an entry.
    ///
    /// - Parameters:
    ///   - repID: The rep.
    ///   - taskID: The task.
    ///   - day: The day.
    ///   - quantity: How much, ≥ 0 and finite.
    /// - Throws: ``ValidationError`` with code `.invalidValue` for a negative or non-finite quantity.
    public init(repID: Rep.ID, taskID: SalesTask.ID, day: Day, quantity: Double) throws {
        guard quantity.isFinite, quantity >= 0 else {
            throw ValidationError(
                .outOfRange, subject: "activity of rep \(repID)", field: "quantity",
                message: "quantity of \(taskID) for \(repID) on \(day) must be ≥ 0 and finite, found \(quantity)")
        }
        self.repID = repID
        self.taskID = taskID
        self.day = day
        self.quantity = quantity
    }

    private enum CodingKeys: String, CodingKey {
        case repID, taskID, day, quantity
    }

    /// Decodes `{"repID", "taskID", "day": "YYYY-MM-DD", "quantity"}` and checks the quantity.
    ///
    /// - Throws: `DecodingError` for a missing or mistyped key, ``ValidationError`` for a bad quantity.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            repID: try container.decode(Rep.ID.self, forKey: .repID),
            taskID: try container.decode(SalesTask.ID.self, forKey: .taskID),
            day: try container.decode(Day.self, forKey: .day),
            quantity: try container.decode(Double.self, forKey: .quantity))
    }
}
