import Foundation
import SalesCompetency
import Testing

struct NumberFormattingDecimalTests {
    private func decimal(_ text: String) -> Decimal {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))!
    }

    @Test(arguments: [
        ("2.345", 2, "2.35"),  // half away from zero, not banker's (banker's would give 2.34)
        ("-2.345", 2, "-2.35"),
        ("2.355", 2, "2.36"),
        ("2.5", 0, "3"),
        ("3.5", 0, "4"),
        ("41.3223140495867768595041322314049586", 2, "41.32"),
        ("1200", 2, "1200.00"),
        ("0.1", 3, "0.100"),
        ("-0.001", 2, "0.00"),  // no negative zero
        ("0", 2, "0.00"),
        ("123456789012345678.5", 0, "123456789012345679"),
    ])
    func roundsHalfAwayFromZeroAndPads(input: String, decimals: Int, expected: String) {
        #expect(NumberFormatting.fixed(decimal(input), decimals: decimals) == expected)
    }

    @Test func nanPrintsAsNan() {
        #expect(NumberFormatting.fixed(Decimal.nan, decimals: 2) == "nan")
    }
}
