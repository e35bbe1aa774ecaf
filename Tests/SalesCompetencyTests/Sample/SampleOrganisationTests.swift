import SalesCompetency
import Testing

struct SampleOrganisationTests {
    @Test func sameSeedSameBytesOtherSeedOtherData() {
        let a = SampleOrganisation(seed: 7)
        let b = SampleOrganisation(seed: 7)
        let c = SampleOrganisation(seed: 8)
        #expect(a == b)
        #expect(a.activitiesCSV != c.activitiesCSV)
    }

    @Test func rosterHasTheStoryPeople() throws {
        let sample = SampleOrganisation()
        let roster = try Roster(csvText: sample.rosterCSV)
        #expect(roster.count == 53)
        #expect(roster.filter { $0.primaryRole == "manager" }.count == 3)
        #expect(roster["rep-07"]?.departure == .voluntary)
        #expect(roster["rep-15"]?.departure == .induced)
        #expect(roster["rep-20"]?.hiredOn?.description == "2025-03-03")
        #expect(sample.trainedReps.count == 24)
        let enrolments = try EnrolmentList(csvText: sample.enrolmentsCSV, roster: roster, investments: ["bootcamp"])
        #expect(enrolments.map(\.repID) == sample.trainedReps)
        #expect(enrolments.filter(\.isReinforced).count == 8)
        #expect(Set(enrolments.map(\.enrolledOn.description)) == ["2025-03-03", "2025-04-07"])
    }

    @Test func everyFileIsReadableCSVWithItsHeader() throws {
        let sample = SampleOrganisation()
        let files = [
            (sample.activitiesCSV, ["rep_id", "task_id", "occurred_on", "quantity"]),
            (sample.rulesCSV, ["task_id", "competency_id", "role", "monthly_target", "weight", "direction"]),
            (
                sample.assessmentsCSV,
                ["rep_id", "competency_id", "source", "rating", "assessed_on", "assessor_id"]
            ),
            (
                sample.opportunitiesCSV,
                ["opportunity_id", "owner", "account", "opened_on", "closed_on", "stage", "value"]
            ),
        ]
        for (text, header) in files {
            var rows: [[String]] = []
            try CSVReader(string: text).forEachRecord { rows.append($0.strings) }
            #expect(rows.first == header)
            #expect(rows.count > 10)
            #expect(rows.allSatisfy { $0.count == header.count })
        }
    }

    @Test func activityStaysInsideEmploymentAndTheHalfYear() throws {
        let sample = SampleOrganisation()
        let roster = try Roster(csvText: sample.rosterCSV)
        try CSVReader(string: sample.activitiesCSV).forEachRecord { record in
            guard record.line > 1 else { return }
            let day = try Day(parsing: record.string(at: 2))
            let rep = try #require(roster[Rep.ID(rawValue: record.string(at: 0))])
            #expect(rep.isEmployed(on: day))
            #expect(day >= sample.firstDay && day <= sample.lastDay)
            #expect(Int(record.string(at: 3)).map { $0 > 0 } == true)
        }
    }

    @Test func generatorIsUniformAndPoissonHasItsMean() {
        var random = SeededGenerator(seed: 1)
        let draws = (0..<20_000).map { _ in random.unit() }
        #expect(draws.allSatisfy { $0 >= 0 && $0 < 1 })
        let mean = draws.reduce(0, +) / Double(draws.count)
        #expect(abs(mean - 0.5) < 0.01)  // standard error 0.002
        let counts = (0..<20_000).map { _ in random.poisson(4) }
        let poissonMean = Double(counts.reduce(0, +)) / Double(counts.count)
        #expect(abs(poissonMean - 4) < 0.06)  // standard error 2/sqrt(20000) = 0.014
    }
}
