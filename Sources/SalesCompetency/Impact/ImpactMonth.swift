/// The participants against the comparison group in one month counted from each participant's enrolment.
public struct ImpactMonth: Hashable, Sendable, Codable {
    /// Months from the enrolment month: −1 is the month before it, 0 the enrolment month, 1 the month after.
    public var offset: Int
    /// The participants' mean value in that month.
    public var participants: Double?
    /// The comparison group's mean value in the same calendar months, averaged over the participants.
    public var comparison: Double?
    /// For months after enrolment, the difference-in-differences gain of that month alone.
    public var gain: Double?

    /// Creates a month.
    ///
    /// - Parameters:
    ///   - offset: Months from the enrolment month.
    ///   - participants: The participants' mean.
    ///   - comparison: The comparison group's mean.
    ///   - gain: The gain of that month.
    public init(offset: Int, participants: Double?, comparison: Double?, gain: Double?) {
        self.offset = offset
        self.participants = participants
        self.comparison = comparison
        self.gain = gain
    }
}
