public import Foundation

/// Seats bought against seats used, and the spend that idle seats waste.
///
/// utilisation = used ÷ bought; idle = bought − used; wasted spend = per-seat spend × idle ÷ bought,
/// where per-seat spend is the total of the investment's per-seat cost items over the horizon. The source
/// model warns of tools "bought and not used": this is the figure that shows it.
public struct SeatAdoption: Hashable, Sendable, Codable {
    /// Seats bought.
    public let seatsBought: Int
    /// Seats used.
    public let seatsUsed: Int
    /// Bought − used.
    public let idleSeats: Int
    /// Used ÷ bought, or `nil` when no seat was bought.
    public let utilisation: Double?
    /// What the per-seat cost items cost over the horizon.
    public let seatSpend: Decimal
    /// Seat spend × idle ÷ bought.
    public let wastedSpend: Decimal

    /// Computes adoption.
    ///
    /// - Parameters:
    ///   - seatsBought: Seats bought, ≥ 0.
    ///   - seatsUsed: Seats used, 0…`seatsBought`.
    ///   - seatSpend: The per-seat spend, ≥ 0.
    /// - Throws: ``ValidationError`` with code `seatsExceedBought`, `negativeValue` or `notFinite`.
    public init(seatsBought: Int, seatsUsed: Int, seatSpend: Decimal) throws {
        try ROICheck.nonNegative(seatsBought, "seatsBought")
        try ROICheck.nonNegative(seatsUsed, "seatsUsed")
        try ROICheck.nonNegative(seatSpend, "seatSpend")
        guard seatsUsed <= seatsBought else {
            throw ValidationError(
                .seatsExceedBought, field: "seatsUsed",
                message: "\(seatsUsed) seats used but only \(seatsBought) bought")
        }
        self.seatsBought = seatsBought
        self.seatsUsed = seatsUsed
        self.idleSeats = seatsBought - seatsUsed
        self.utilisation = seatsBought > 0 ? Double(seatsUsed) / Double(seatsBought) : nil
        self.seatSpend = seatSpend
        self.wastedSpend = seatsBought > 0 ? seatSpend * Decimal(seatsBought - seatsUsed) / Decimal(seatsBought) : 0
    }
}
