import Foundation
import SalesCompetency
import Testing

/// Issue 15, finding 7: numbers are decimal only, and never silently 0.
struct DoublePlainDecimalTests {
    @Test(arguments: [
        ("12", 12.0), ("-0.5", -0.5), (".25", 0.25), ("+3", 3.0), ("1.5e3", 1500.0), ("2E-2", 0.02), ("0", 0.0),
        ("0.000", 0.0), ("1e-310", Double("1e-310")!),
    ])
    func readsDecimalNumbers(text: String, value: Double) {
        #expect(Double(plainDecimal: text) == value)
    }

    @Test(arguments: [
        "0x10", "0x1p4", "0X10", "1e-400", "1e400", "nan", "NaN", "inf", "-infinity", "", "1,5", " 1", "1e", "e3",
        "1.2.3", "--1", "1e+-2", "12abc", ".",
    ])
    func refusesEverythingElse(text: String) {
        #expect(Double(plainDecimal: text) == nil)
    }

    @Test(arguments: ["0x10", "0x1p4", "1e-400"])
    func activityQuantitiesAreDecimalOnly(quantity: String) throws {
        let text = "rep_id,task_id,occurred_on,quantity\nr1,calls,2025-01-02,\(quantity)\n"
        let error = try #require(throws: InputError.self) {
            try ActivityLog(csvText: text, name: "a.csv", timeZone: TimeZone(identifier: "UTC")!)
        }
        #expect(error.code == .invalidValue && error.line == 2 && error.field == "quantity")
    }

    @Test func aPathologicalHeaderIsRefusedEarly() throws {
        let header = (0..<200_000).map { "c\($0)" }.joined(separator: ",") + "\n"
        let error = try #require(throws: InputError.self) {
            try ActivityLog(csvText: header, name: "wide.csv", timeZone: TimeZone(identifier: "UTC")!)
        }
        #expect(error.code == .wrongFieldCount && error.line == 1)
        #expect(error.message.contains("more than 10000 fields"))
    }
}
