extension ReinforcementCalendar: Encodable {
    private enum CodingKeys: String, CodingKey {
        case schemaVersion, investmentID, investmentName, planDays, workingDays, timeZone, startMinute
        case durationMinutes, participants, sessions
    }

    /// The version of the JSON shape written.
    public static let schemaVersion = 1

    /// Encodes `schemaVersion`, the investment, the plan, the working days, the time zone (`UTC` or an IANA name),
    /// the start minute and duration, the participants and the sessions.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ReinforcementCalendar.schemaVersion, forKey: .schemaVersion)
        try container.encode(investmentID, forKey: .investmentID)
        try container.encode(investmentName, forKey: .investmentName)
        try container.encode(planDays, forKey: .planDays)
        try container.encode(workingDays, forKey: .workingDays)
        try container.encode(zoneName, forKey: .timeZone)
        try container.encode(startMinute, forKey: .startMinute)
        try container.encode(durationMinutes, forKey: .durationMinutes)
        try container.encode(participants, forKey: .participants)
        try container.encode(sessions, forKey: .sessions)
    }
}
