import Foundation
import SalesCompetency
import Testing

struct SeatAdoptionTests {
    @Test func idleSeatsWasteTheirShareOfSeatSpend() throws {
        // 50 seats bought, 30 used: 60% used, 20 idle; 24 000 of seat spend × 20 ÷ 50 = 9 600 wasted.
        let adoption = try SeatAdoption(seatsBought: 50, seatsUsed: 30, seatSpend: 24_000)
        #expect(adoption.idleSeats == 20 && adoption.utilisation == 0.6 && adoption.wastedSpend == 9_600)
    }

    @Test func noSeatsBoughtWastesNothing() throws {
        let adoption = try SeatAdoption(seatsBought: 0, seatsUsed: 0, seatSpend: 0)
        #expect(adoption.utilisation == nil && adoption.wastedSpend == 0)
    }

    @Test func rejectsMoreSeatsUsedThanBought() {
        #expect { _ = try SeatAdoption(seatsBought: 5, seatsUsed: 6, seatSpend: 10) } throws: {
            ($0 as? ValidationError)?.code == .seatsExceedBought
        }
    }
}
