import Foundation
import SalesCompetency
import TestSupport
import Testing

struct ImpactCommandTests {
    /// Writes the sample's files into a folder of the test's own (tests run in parallel).
    static func sampleFolder(_ name: String) throws -> (URL, SampleOrganisation) {
        let folder = try ScratchFolder.make(name)
        let sample = SampleOrganisation()
        for (name, text) in [
            ("roster.csv", sample.rosterCSV), ("opportunities.csv", sample.opportunitiesCSV),
            ("enrolments.csv", sample.enrolmentsCSV), ("activities.csv", sample.activitiesCSV),
            ("rules.csv", sample.rulesCSV),
        ] {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        return (folder, sample)
    }

    @Test func measuresTheSamplesBootcampAsTheLibraryDoesAndFeedsROI() throws {
        let (folder, sample) = try Self.sampleFolder("impact-bootcamp")
        let path = { (name: String) in folder.appendingPathComponent(name).path }
        let run = try Sco.run([
            "impact", "--enrolments", path("enrolments.csv"), "--investment", "bootcamp", "--measure", "win-rate",
            "--roster", path("roster.csv"), "--opportunities", path("opportunities.csv"), "--format", "json",
            "--resamples", "200", "--permutations", "200",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let printed = try JSONDecoder().decode(ImpactReport.self, from: Data(run.standardOutput.utf8))
        let roster = try Roster(csvText: sample.rosterCSV)
        let deals = try OpportunityReader(stages: StageLabels(won: ["won"], lost: ["lost"], open: ["open"]))
            .read(csvText: sample.opportunitiesCSV)
        var options = ImpactOptions()
        options.resamples = 200
        options.permutations = 200
        let library = try ImpactReport(
            panel: MeasurePanel(
                opportunities: deals, measure: .winRate, roster: roster,
                months: try #require(printed.months as PeriodRange?)),
            enrolments: EnrolmentList(csvText: sample.enrolmentsCSV, roster: roster), investmentID: "bootcamp",
            roster: roster, options: options)
        #expect(printed.estimate.value == library.estimate.value && printed.schemaVersion == 1)
        #expect(printed.estimate.interval.map { !$0.contains(0) } == true)

        try Data(run.standardOutput.utf8).write(to: folder.appendingPathComponent("impact.json"))
        try Data(Self.bootcampJSON.utf8).write(to: folder.appendingPathComponent("bootcamp.json"))
        let roi = try Sco.run(["roi", "--input", path("bootcamp.json"), "--impact", path("impact.json")])
        #expect(roi.status == 0, "\(roi.standardError)")
        #expect(roi.standardOutput.contains("claimed     measured") || roi.standardOutput.contains("claimed"))
        #expect(roi.standardOutput.contains("conservative") || roi.standardOutput.contains("nearest to no effect"))

        let csv = try Sco.run([
            "impact", "--enrolments", path("enrolments.csv"), "--investment", "bootcamp", "--measure",
            "competency:gathering-intelligence", "--roster", path("roster.csv"), "--activities",
            path("activities.csv"), "--rules", path("rules.csv"), "--format", "csv", "--resamples", "50",
            "--permutations", "0",
        ])
        #expect(csv.status == 0, "\(csv.standardError)")
        #expect(csv.standardOutput.hasPrefix("offset,participants,comparison,gain\n-3,"))
    }

    @Test func badInputsNameTheFileLineAndField() throws {
        let (folder, _) = try Self.sampleFolder("impact-bad-inputs")
        let path = { (name: String) in folder.appendingPathComponent(name).path }
        try Data("rep_id,investment_id,enrolled_on\nrep-01,bootcamp,2025-03-03\nghost,bootcamp,2025-03-03\n".utf8)
            .write(to: folder.appendingPathComponent("bad.csv"))
        let base = [
            "impact", "--investment", "bootcamp", "--measure", "win-rate", "--roster", path("roster.csv"),
            "--opportunities", path("opportunities.csv"),
        ]
        let unknown = try Sco.run(base + ["--enrolments", path("bad.csv")])
        #expect(
            unknown.status == 1 && unknown.standardError.contains("bad.csv:3: field rep_id"), "\(unknown.standardError)"
        )
        let nobody = try Sco.run(
            base.map { $0 == "bootcamp" ? "yoga" : $0 } + ["--enrolments", path("enrolments.csv")])
        #expect(nobody.status == 1 && nobody.standardError.contains("nobody is enrolled"))
        let usage = try Sco.run(base + ["--enrolments", path("enrolments.csv"), "--measure", "charm"])
        #expect(usage.status == 2)
        let clobber = try Sco.run(base + ["--enrolments", path("enrolments.csv"), "--output", path("roster.csv")])
        #expect(clobber.status == 2)
    }

    static let bootcampJSON = """
        {"schemaVersion": 1, "id": "bootcamp", "name": "Bootcamp", "category": "training", "owner": "mgr-north",
         "startsOn": "2025-03-03", "participants": 24,
         "costs": [{"name": "Course fee", "kind": "oneTime", "amount": 72000}],
         "benefits": [{"name": "Win-rate lift", "change": {"trained": 0.75, "control": 0.45}, "per": "month",
           "units": 120, "attribution": 0.6, "confidence": 0.8, "unitValue": 3000}]}
        """
}
