/// One entry of the activity log: a rep did a quantity of a task on a day.
public struct Activity: Hashable, Sendable, Codable {
    /// Who.
    public var rep: Rep.ID
    /// What.
    public var task: SalesTask.ID
    /// When, as a day in the scoring policy's time zone.
    public var day: Day
    /// How much (≥ 0, finite).
    public var quantity: Double

    /// Creates an entry.
    ///
    /// - Parameters:
    ///   - rep: The rep.
    ///   - task: The task.
    ///   - day: The day.
    ///   - quantity: How much, ≥ 0 and finite.
    /// - Throws: ``ScoringError`` with code `.invalidValue` for a negative or non-finite quantity.
    public init(rep: Rep.ID, task: SalesTask.ID, day: Day, quantity: Double) throws {
        guard quantity.isFinite, quantity >= 0 else {
            throw ScoringError(
                .invalidValue, id: rep.rawValue,
                message: "quantity of \(task) for \(rep) on \(day) must be ≥ 0 and finite, found \(quantity)")
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

    /// Decodes `{"rep_id", "task_id", "occurred_on": "YYYY-MM-DD", "quantity"}` and checks the quantity.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(
                rep: try container.decode(Rep.ID.self, forKey: .rep),
                task: try container.decode(SalesTask.ID.self, forKey: .task),
                day: try container.decode(Day.self, forKey: .day),
                quantity: try container.decode(Double.self, forKey: .quantity))
        } catch let error as ScoringError {
            throw DecodingError.dataCorruptedError(forKey: .quantity, in: container, debugDescription: error.message)
        }
    }
}
