/// A proficiency scale: ordered levels with labels, such as the default 1–5.
///
/// Ratings on the scale convert to 0…1 (``normalized(_:)``) and to a 0–100 standard score
/// (``standardScore(_:)``): (value − low) ÷ (high − low) × 100.
///
/// ```swift
/// let scale = ProficiencyScale.default   // 1 Awareness … 5 Expert
/// try scale.normalized(4)                 // 0.75
/// try scale.standardScore(2)              // 25
/// ```
public struct ProficiencyScale: Hashable, Sendable {
    /// One level of the scale.
    public struct Level: Hashable, Sendable, Codable {
        /// The value of the level, such as 3.
        public var value: Double
        /// The label, such as "Proficient".
        public var label: String

        /// Creates a level.
        ///
        /// - Parameters:
        ///   - value: The value of the level.
        ///   - label: The label.
        public init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    /// The levels, from lowest to highest; at least two.
    public let levels: [Level]

    /// Creates a scale and checks it.
    ///
    /// - Parameter levels: The levels from lowest to highest: at least two, finite values that strictly increase,
    ///   labels not empty.
    /// - Throws: ``ValidationError`` with code `.invalidScale` for too few, non-finite or non-increasing levels
    ///   (low ≥ high), `.missingValue` for an empty label.
    public init(levels: [Level]) throws {
        guard levels.count >= 2 else {
            throw ValidationError(
                .invalidScale, subject: "scale", field: "levels", message: "a scale needs at least two levels")
        }
        for (position, level) in levels.enumerated() {
            guard level.value.isFinite else {
                throw ValidationError(
                    .invalidScale, subject: "scale", field: "levels[\(position)].value",
                    message: "the value \(level.value) is not finite")
            }
            if position > 0, level.value <= levels[position - 1].value {
                throw ValidationError(
                    .invalidScale, subject: "scale", field: "levels[\(position)].value",
                    message: "levels must increase: \(level.value) follows \(levels[position - 1].value)")
            }
            if CompetencyDictionary.isBlank(level.label) {
                throw ValidationError(
                    .missingValue, subject: "scale", field: "levels[\(position)].label", message: "the label is empty")
            }
        }
        self.levels = levels
    }

    /// Creates a scale of whole-number levels from `low` to `high`, labelled with their numbers.
    ///
    /// - Parameters:
    ///   - low: The lowest level.
    ///   - high: The highest level; greater than `low`.
    /// - Throws: ``ValidationError`` with code `.invalidScale` when `low` ≥ `high`.
    public init(low: Int, high: Int) throws {
        guard low < high else {
            throw ValidationError(
                .invalidScale, subject: "scale", field: "levels",
                message: "the low end \(low) is not below the high end \(high)")
        }
        try self.init(levels: (low...high).map { Level(value: Double($0), label: "\($0)") })
    }

    /// The default scale: 1 Awareness, 2 Developing, 3 Proficient, 4 Advanced, 5 Expert.
    public static let `default` = ProficiencyScale(
        unchecked: [(1, "Awareness"), (2, "Developing"), (3, "Proficient"), (4, "Advanced"), (5, "Expert")].map {
            Level(value: $0.0, label: $0.1)
        })

    private init(unchecked levels: [Level]) { self.levels = levels }

    /// The lowest level's value.
    public var low: Double { levels[0].value }
    /// The highest level's value.
    public var high: Double { levels[levels.count - 1].value }

    /// Whether a value is finite and lies within low…high.
    ///
    /// - Parameter value: A rating.
    /// - Returns: `true` when the scale can normalise it.
    public func contains(_ value: Double) -> Bool { value.isFinite && value >= low && value <= high }

    /// Checks that a rating lies on the scale.
    ///
    /// - Parameters:
    ///   - value: The rating.
    ///   - item: What the rating is of, for the error, such as `competency closing`.
    /// - Throws: ``ValidationError`` with code `.outOfRange`.
    func check(_ value: Double, item: String? = nil) throws {
        guard value.isFinite else {
            throw ValidationError(
                .outOfRange, subject: item, field: "level", message: "\(value) is not a finite number")
        }
        guard value >= low, value <= high else {
            throw ValidationError(
                .outOfRange, subject: item, field: "level",
                message: "\(value) is outside the scale \(low.compactText)…\(high.compactText)")
        }
    }

    /// A rating as a fraction of the scale: (value − low) ÷ (high − low).
    ///
    /// - Parameter value: A rating within low…high.
    /// - Returns: A number in 0…1; 0 at the lowest level, 1 at the highest.
    /// - Throws: ``ValidationError`` with code `.outOfRange` for a value outside the scale or not finite.
    public func normalized(_ value: Double) throws -> Double {
        try check(value)
        return (value - low) / (high - low)
    }

    /// A rating as a 0–100 standard score: (value − low) ÷ (high − low) × 100.
    ///
    /// - Parameter value: A rating within low…high.
    /// - Returns: A number in 0…100.
    /// - Throws: ``ValidationError`` with code `.outOfRange` for a value outside the scale or not finite.
    public func standardScore(_ value: Double) throws -> Double {
        try normalized(value) * 100
    }

    /// The label of the highest level at or below a value, such as "Proficient" for 3.4 on the standard scale.
    ///
    /// - Parameter value: A rating.
    /// - Returns: The label, or `nil` when the value is not on the scale.
    /// - Complexity: O(*n*) in the number of levels.
    public func label(for value: Double) -> String? {
        guard contains(value) else { return nil }
        return levels.last { $0.value <= value }?.label
    }
}

extension ProficiencyScale: Codable {
    enum CodingKeys: String, CodingKey {
        case levels
    }

    /// Decodes `{"levels": [{"value": 1, "label": "Awareness"}, ...]}` and checks it.
    ///
    /// - Throws: ``ValidationError`` for an invalid scale, `DecodingError` for the wrong shape.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(levels: try container.decode([Level].self, forKey: .levels))
    }

    /// Encodes the levels.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(levels, forKey: .levels)
    }
}

extension Double {
    /// `3` for 3.0, `3.5` for 3.5: for messages.
    var compactText: String {
        rounded() == self && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
