import Foundation
import Testing

@testable import SalesCompetency

/// The built-in model against counts taken from the source by a script (see `Documentation/DataLicensing.md`).
struct BuiltInModelTests {
    let dictionary = CompetencyDictionary.builtIn

    @Test func hasTheSourcesTopLevelCounts() {
        #expect(dictionary.roles.count == 6)
        #expect(dictionary.roles.map(\.exampleTitles.count).reduce(0, +) == 31)
        #expect(dictionary.clusters.count == 4)
        #expect(dictionary.competencies.count == 29)
        #expect(dictionary.areasOfExpertise.count == 13)
    }

    @Test func hasEveryKeyActionOfEveryCompetency() {
        #expect(dictionary.competencies.map(\.keyActions.count).reduce(0, +) == 80)
        for competency in dictionary.competencies {
            #expect(competency.keyActions.count == Self.keyActionCounts[competency.id], "\(competency.id)")
        }
        #expect(Set(dictionary.competencies.map(\.id)) == Set(Self.keyActionCounts.keys))
    }

    @Test func hasEveryItemOfEveryAreaOfExpertise() {
        let totals = dictionary.areasOfExpertise.reduce(into: [0, 0, 0, 0]) { sums, area in
            sums[0] += area.knowledge.count
            sums[1] += area.abilities.count
            sums[2] += area.keyActions.count
            sums[3] += area.sampleOutputs.count
        }
        #expect(totals == [194, 95, 82, 179])
        for area in dictionary.areasOfExpertise {
            let counts = [area.knowledge.count, area.abilities.count, area.keyActions.count, area.sampleOutputs.count]
            #expect(counts == Self.areaCounts[area.id], "\(area.id)")
        }
    }

    @Test func hasTheExampleTitlesInOrder() {
        for role in dictionary.roles {
            #expect(role.exampleTitles == Self.exampleTitles[role.id], "\(role.id)")
        }
    }

    @Test func clustersHoldTheirCompetenciesInTheSourcesOrder() {
        let perCluster = Dictionary(grouping: dictionary.competencies, by: \.clusterID).mapValues(\.count)
        #expect(perCluster == ["partnering": 6, "insight": 7, "solution": 6, "effectiveness": 10])
        #expect(dictionary.competencies.first?.id == "spanning-boundaries")
        #expect(dictionary.competencies.last?.id == "aligning-to-sales-processes")
    }

    @Test func everyTextIsFilledAndTrimmed() {
        var texts: [String] = []
        for role in dictionary.roles { texts += [role.name, role.summary] + role.exampleTitles }
        for cluster in dictionary.clusters { texts += [cluster.name, cluster.summary] }
        for competency in dictionary.competencies {
            texts += [competency.name, competency.definition]
            texts += competency.keyActions.flatMap { [$0.title, $0.description] }
        }
        for area in dictionary.areasOfExpertise {
            texts += [area.name, area.definition] + area.knowledge + area.abilities + area.sampleOutputs
            texts += area.keyActions.flatMap { [$0.title, $0.description] }
        }
        // 6 × 2 + 31 + 4 × 2 + 29 × 2 + 80 × 2 + 13 × 2 + 194 + 95 + 179 + 82 × 2 = 927
        #expect(texts.count == 927)
        for text in texts {
            #expect(!text.isEmpty)
            #expect(text == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text)")
            #expect(!text.contains("—"), "a key action kept its dash: \(text)")
        }
    }

    @Test func keyActionsThatLostTheirDashAreSplitAtTheRightPlace() throws {
        let strategy = try #require(dictionary.areaOfExpertise("setting-sales-strategy"))
        #expect(
            strategy.keyActions[1].title
                == "Creates strategic plans that guide organizational, technical, process, or practice planning and "
                + "implementation")
        let ecosystem = try #require(dictionary.areaOfExpertise("managing-within-the-sales-ecosystem"))
        #expect(
            ecosystem.keyActions[3].title
                == "Screens administrative demands and troubleshoots back-office operations to minimize sales "
                + "disruptions")
        let coaching = try #require(dictionary.areaOfExpertise("coaching-for-sales-results"))
        #expect(
            coaching.keyActions[1].title
                == "Balances corrective with positive feedback to ensure optimum guidance and performance improvement")
    }

    @Test func descriptionsAreOurOwnAndShorterThanTheSource() {
        // The longest source key-action description runs to several hundred characters; ours stay short.
        let descriptions =
            dictionary.competencies.flatMap(\.keyActions) + dictionary.areasOfExpertise.flatMap(\.keyActions)
        #expect(descriptions.allSatisfy { $0.description.count <= 140 })
        #expect(dictionary.areasOfExpertise.allSatisfy { $0.definition.count <= 260 })
    }

    /// Key actions per competency, counted in the source by a script.
    static let keyActionCounts: [Competency.ID: Int] = [
        "spanning-boundaries": 2,
        "communicating-effectively": 4,
        "aligning-to-customers": 2,
        "setting-expectations": 3,
        "negotiating-positions": 3,
        "building-relationships": 2,
        "analyzing-organizational-capacity": 2,
        "understanding-the-business-context": 2,
        "evaluating-customer-experiences": 2,
        "gathering-intelligence": 3,
        "prioritizing-stakeholder-needs": 2,
        "identifying-options": 4,
        "building-a-business-case": 3,
        "facilitating-change": 3,
        "formalizing-commitment": 3,
        "resolving-issues": 3,
        "managing-projects": 3,
        "leveraging-success": 2,
        "articulating-value": 3,
        "building-business-skill": 4,
        "solving-problems": 2,
        "embracing-diversity": 3,
        "making-ethical-decisions": 2,
        "managing-knowledge": 2,
        "using-technology": 3,
        "accelerating-learning": 3,
        "executing-plans": 4,
        "maximizing-personal-time": 2,
        "aligning-to-sales-processes": 4,
    ]

    /// Knowledge, abilities, key actions and sample outputs per area of expertise, counted in the source.
    static let areaCounts: [AreaOfExpertise.ID: [Int]] = [
        "creating-and-closing-opportunities": [19, 13, 9, 15],
        "protecting-accounts": [17, 12, 6, 18],
        "defining-and-positioning-solutions": [14, 8, 6, 12],
        "supporting-indirect-selling": [17, 6, 10, 9],
        "setting-sales-strategy": [18, 6, 5, 17],
        "managing-within-the-sales-ecosystem": [22, 9, 7, 20],
        "developing-sales-force-capability": [13, 8, 7, 17],
        "delivering-sales-training": [14, 7, 4, 15],
        "coaching-for-sales-results": [8, 5, 6, 14],
        "building-sales-infrastructure": [11, 4, 5, 8],
        "designing-compensation": [12, 6, 4, 8],
        "maintaining-accounts": [13, 4, 5, 14],
        "recruiting-sales-talent": [16, 7, 8, 12],
    ]

    /// Example titles per role, in the source's order.
    static let exampleTitles: [Role.ID: [String]] = [
        "consultant": [
            "Sales recruiter", "Account executive", "Solution architect", "Pre-sales technical consultant",
            "Account manager", "Sales specialist", "Client account manager",
        ],
        "strategist": [
            "Sales strategy manager", "Operations strategy and development manager", "Business planning strategist",
            "Chief learning officer", "Vice president of sales",
        ],
        "developer": [
            "Product specialist", "Instructional developer", "Knowledge engineer", "Compensation application engineer",
            "Sales coach",
        ],
        "manager": ["Sales district manager", "Sales operations manager", "Sales training and development manager"],
        "analyst": [
            "Sales researcher", "Policy analyst", "Productivity and process analyst", "Sales analyst",
            "Sales incentive analyst", "Training needs analyst",
        ],
        "administrator": [
            "Sales coordinator", "Sales configuration and quote specialist", "Operations specialist",
            "Order entry specialist", "Training coordinator",
        ],
    ]
}
