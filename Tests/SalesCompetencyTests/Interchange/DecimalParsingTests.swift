import Foundation
import SalesCompetency
import Testing

struct DecimalParsingTests {
    @Test(arguments: [
        ("1054", "1054"), ("-12.50", "-12.5"), ("+0.5", "0.5"), (".5", "0.5"), ("7.", "7"), ("0.10", "0.1"),
        ("007", "7"),
    ])
    func parsesPlainDecimals(text: String, expected: String) {
        #expect(Decimal(plainDecimal: text) == Decimal(string: expected))
    }

    @Test(arguments: [
        "", "1,054", "1e3", "NaN", "12abc", "1.2.3", "-", ".", "--1", "1-", " 1", "١٢", "inf", "1.5e2",
        String(repeating: "9", count: 39),
    ])
    func rejectsEverythingElse(text: String) {
        #expect(Decimal(plainDecimal: text) == nil)
    }
}
