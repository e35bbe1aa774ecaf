/// What an impact analysis measures per rep and month: an outcome (deals won, win rate, won value, mean
/// cycle days) or a competency score.
///
/// Written as text the way `sco impact --measure` takes it: `won`, `win-rate`, `won-value`, `cycle-days` or
/// `competency:ID`.
///
/// ```swift
/// let measure = try ImpactMeasure(parsing: "competency:gathering-intelligence")
/// measure.competencyID   // "gathering-intelligence"
/// ```
public struct ImpactMeasure: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The kind of measure.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Deals won in the month.
        case won
        /// Deals won ÷ deals closed in the month; no value in a month without closed deals.
        case winRate = "win-rate"
        /// The value of the deals won in the month.
        case wonValue = "won-value"
        /// The mean days from opening to close of the deals won in the month; lower is better.
        case cycleDays = "cycle-days"
        /// A competency score of the month; no value in a month without activity.
        case competency
    }

    /// The kind of measure.
    public let kind: Kind
    /// The competency, for ``Kind/competency``.
    public let competencyID: Competency.ID?

    /// Deals won per rep-month.
    public static let won = ImpactMeasure(kind: .won, competencyID: nil)
    /// Win rate per rep-month.
    public static let winRate = ImpactMeasure(kind: .winRate, competencyID: nil)
    /// Won value per rep-month.
    public static let wonValue = ImpactMeasure(kind: .wonValue, competencyID: nil)
    /// Mean cycle days of the deals won per rep-month.
    public static let cycleDays = ImpactMeasure(kind: .cycleDays, competencyID: nil)

    /// A competency score per rep-month.
    ///
    /// - Parameter id: The competency.
    /// - Returns: The measure.
    public static func competency(_ id: Competency.ID) -> ImpactMeasure {
        ImpactMeasure(kind: .competency, competencyID: id)
    }

    private init(kind: Kind, competencyID: Competency.ID?) {
        self.kind = kind
        self.competencyID = competencyID
    }

    /// Parses `won`, `win-rate`, `won-value`, `cycle-days` or `competency:ID`.
    ///
    /// - Parameter text: The text.
    /// - Throws: ``ValidationError`` with code `.valueOutOfRange` naming `measure` for anything else.
    public init(parsing text: String) throws {
        if text.hasPrefix("competency:"), text.count > "competency:".count {
            self = .competency(Competency.ID(rawValue: String(text.dropFirst("competency:".count))))
            return
        }
        guard let kind = Kind(rawValue: text), kind != .competency else {
            throw ValidationError(
                .valueOutOfRange, field: "measure",
                message: "\"\(text.prefix(80))\" is not won, win-rate, won-value, cycle-days or competency:ID")
        }
        self.init(kind: kind, competencyID: nil)
    }

    /// Whether a lower value is better (cycle days).
    public var lowerIsBetter: Bool { kind == .cycleDays }

    /// The text form, as ``init(parsing:)`` reads it.
    public var description: String {
        competencyID.map { "competency:\($0.rawValue)" } ?? kind.rawValue
    }

    /// Decodes the text form.
    ///
    /// - Throws: `DecodingError.dataCorrupted` for text ``init(parsing:)`` rejects.
    public init(from decoder: any Decoder) throws {
        let text = try String(from: decoder)
        do { try self.init(parsing: text) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\(error)"))
        }
    }

    /// Encodes the text form.
    public func encode(to encoder: any Encoder) throws { try description.encode(to: encoder) }
}
