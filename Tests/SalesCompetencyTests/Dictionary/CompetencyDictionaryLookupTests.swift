import Testing

@testable import SalesCompetency

struct CompetencyDictionaryLookupTests {
    let dictionary = CompetencyDictionary.builtIn

    @Test func normalisesCasePunctuationApostrophesAndSpaces() {
        let key = CompetencyDictionary.normalizedKey("  Aligning to Customers’ Needs ")
        #expect(key == "aligning to customers needs")
        #expect(CompetencyDictionary.normalizedKey("aligning to customers' needs") == "aligning to customers needs")
        #expect(CompetencyDictionary.normalizedKey("aligning-to-customers") == "aligning to customers")
        #expect(CompetencyDictionary.normalizedKey("Admin.") == "admin")
        #expect(CompetencyDictionary.normalizedKey("Résumé  filing") == "resume filing")
        #expect(CompetencyDictionary.normalizedKey("--- ") == "")
    }

    @Test func resolvesTheExamplesOfTheIssue() {
        #expect(dictionary.resolveCompetency("aligning to customers' needs")?.id == "aligning-to-customers")
        #expect(dictionary.resolveCompetency("ALIGNING TO CUSTOMERS’ NEEDS")?.id == "aligning-to-customers")
        #expect(dictionary.resolveCompetency("Formalizing Agreements")?.id == "formalizing-commitment")
        #expect(dictionary.resolveCompetency("formalizing commitment")?.id == "formalizing-commitment")
        #expect(dictionary.resolveCompetency("Aligning to the Sales Process")?.id == "aligning-to-sales-processes")
        #expect(dictionary.resolveCompetency("Building Business Skills")?.id == "building-business-skill")
        #expect(dictionary.resolveAreaOfExpertise("Managing Accounts")?.id == "protecting-accounts")
        #expect(dictionary.resolveRole("Admin.")?.id == "administrator")
        #expect(dictionary.resolveCluster("Personal effectiveness competencies")?.id == "effectiveness")
    }

    @Test func resolvesByIDAndByIDWrittenAsWords() {
        #expect(dictionary.resolveCompetency("communicating-effectively")?.name == "Communicating Effectively")
        #expect(dictionary.resolveCompetency("communicating_effectively")?.name == "Communicating Effectively")
        #expect(dictionary.resolveRole("consultant")?.name == "Consultant")
        #expect(dictionary.resolveCluster("insight")?.name == "Insight Competencies")
        #expect(dictionary.resolveAreaOfExpertise("designing-compensation")?.name == "Designing Compensation")
    }

    @Test func returnsNilForUnknownOrEmptyText() {
        #expect(dictionary.resolveCompetency("") == nil)
        #expect(dictionary.resolveCompetency("   ") == nil)
        #expect(dictionary.resolveCompetency("Communicating") == nil)
        #expect(dictionary.resolveRole("Consultants") == nil)
        // Kinds are separate: a role name does not resolve as a competency.
        #expect(dictionary.resolveCompetency("Manager") == nil)
    }

    @Test func everyIDNameAndAliasResolvesToItsOwnItem() {
        for role in dictionary.roles {
            for text in [role.id.rawValue, role.name] + role.aliases {
                #expect(dictionary.resolveRole(text)?.id == role.id, "\(text)")
            }
        }
        for cluster in dictionary.clusters {
            for text in [cluster.id.rawValue, cluster.name] + cluster.aliases {
                #expect(dictionary.resolveCluster(text)?.id == cluster.id, "\(text)")
            }
        }
        for competency in dictionary.competencies {
            for text in [competency.id.rawValue, competency.name] + competency.aliases {
                #expect(dictionary.resolveCompetency(text)?.id == competency.id, "\(text)")
            }
        }
        for area in dictionary.areasOfExpertise {
            for text in [area.id.rawValue, area.name] + area.aliases {
                #expect(dictionary.resolveAreaOfExpertise(text)?.id == area.id, "\(text)")
            }
        }
    }

    @Test func recordsTheSourcesAlternativeNamesAsAliases() {
        let aliases = Dictionary(uniqueKeysWithValues: dictionary.competencies.map { ($0.id, $0.aliases) })
        #expect(aliases["aligning-to-customers"] == ["Aligning to customers’ needs"])
        #expect(aliases["analyzing-organizational-capacity"] == ["Analyzing capacity"])
        #expect(aliases["understanding-the-business-context"] == ["Understanding the customer’s business"])
        #expect(aliases["formalizing-commitment"] == ["Formalizing Agreements"])
        #expect(aliases["building-business-skill"] == ["Building Business Skills"])
        #expect(aliases["aligning-to-sales-processes"] == ["Aligning to the Sales Process"])
        #expect(aliases.values.map(\.count).reduce(0, +) == 6)
        #expect(dictionary.areasOfExpertise.flatMap(\.aliases) == ["Managing Accounts"])
        #expect(dictionary.roles.flatMap(\.aliases) == ["Admin."])
    }

    @Test func everySpellingInTheSourceResolves() {
        #expect(Self.competencySpellings.count == 58)
        for (spelling, id) in Self.competencySpellings {
            #expect(dictionary.resolveCompetency(spelling)?.id == id, "\(spelling)")
        }
        #expect(Self.areaSpellings.count == 27)
        for (spelling, id) in Self.areaSpellings {
            #expect(dictionary.resolveAreaOfExpertise(spelling)?.id == id, "\(spelling)")
        }
        for heading in ["Consultant", "Strategist", "Developer", "Manager", "Analyst", "Admin."] {
            #expect(dictionary.resolveRole(heading) != nil, "\(heading)")
        }
        for name in ["Partnering competencies", "Insight competencies", "Solution competencies", "Effectiveness"] {
            #expect(dictionary.resolveCluster(name) != nil, "\(name)")
        }
    }

    @Test func findsByTypedIDAndListsClusterMembers() {
        #expect(dictionary.competency("managing-projects")?.clusterID == "solution")
        #expect(dictionary.competency("Managing Projects") == nil)
        #expect(dictionary.role("analyst")?.exampleTitles.count == 6)
        #expect(dictionary.cluster("partnering")?.name == "Partnering Competencies")
        #expect(dictionary.areaOfExpertise("recruiting-sales-talent")?.keyActions.count == 8)
        #expect(
            dictionary.competencies(in: "partnering").map(\.id.rawValue).prefix(2) == [
                "spanning-boundaries", "communicating-effectively",
            ])
    }

    @Test func theBuiltInModelIsValid() {
        #expect(dictionary.validate().isEmpty)
        #expect(dictionary.version == "1.0.0")
        #expect(dictionary.effectiveDate == Day(daysSinceEpoch: 0))
        #expect(dictionary.activeCompetencies.count == 29)
    }

    /// Every spelling of a competency name in the source: contents list, cluster lists and headings.
    static let competencySpellings: [(String, Competency.ID)] = [
        ("Spanning Boundaries", "spanning-boundaries"),
        ("Spanning boundaries", "spanning-boundaries"),
        ("Communicating Effectively", "communicating-effectively"),
        ("Communicating effectively", "communicating-effectively"),
        ("Aligning to Customers", "aligning-to-customers"),
        ("Aligning to customers’ needs", "aligning-to-customers"),
        ("Setting Expectations", "setting-expectations"),
        ("Setting expectations", "setting-expectations"),
        ("Negotiating Positions", "negotiating-positions"),
        ("Negotiating positions", "negotiating-positions"),
        ("Building Relationships", "building-relationships"),
        ("Building relationships", "building-relationships"),
        ("Analyzing Organizational Capacity", "analyzing-organizational-capacity"),
        ("Analyzing capacity", "analyzing-organizational-capacity"),
        ("Understanding the Business Context", "understanding-the-business-context"),
        ("Understanding the customer’s business", "understanding-the-business-context"),
        ("Evaluating Customer Experiences", "evaluating-customer-experiences"),
        ("Evaluating customer experiences", "evaluating-customer-experiences"),
        ("Gathering Intelligence", "gathering-intelligence"),
        ("Gathering intelligence", "gathering-intelligence"),
        ("Prioritizing Stakeholder Needs", "prioritizing-stakeholder-needs"),
        ("Prioritizing stakeholder needs", "prioritizing-stakeholder-needs"),
        ("Identifying Options", "identifying-options"),
        ("Identifying options", "identifying-options"),
        ("Building a Business Case", "building-a-business-case"),
        ("Building a business case", "building-a-business-case"),
        ("Facilitating Change", "facilitating-change"),
        ("Facilitating change", "facilitating-change"),
        ("Formalizing Agreements", "formalizing-commitment"),
        ("Formalizing commitment", "formalizing-commitment"),
        ("Resolving Issues", "resolving-issues"),
        ("Resolving issues", "resolving-issues"),
        ("Managing Projects", "managing-projects"),
        ("Managing projects", "managing-projects"),
        ("Leveraging Success", "leveraging-success"),
        ("Leveraging success", "leveraging-success"),
        ("Articulating Value", "articulating-value"),
        ("Articulating value", "articulating-value"),
        ("Building Business Skills", "building-business-skill"),
        ("Building business skill", "building-business-skill"),
        ("Solving Problems", "solving-problems"),
        ("Solving problems", "solving-problems"),
        ("Embracing Diversity", "embracing-diversity"),
        ("Embracing diversity", "embracing-diversity"),
        ("Making Ethical Decisions", "making-ethical-decisions"),
        ("Making ethical decisions", "making-ethical-decisions"),
        ("Managing Knowledge", "managing-knowledge"),
        ("Managing knowledge", "managing-knowledge"),
        ("Using Technology", "using-technology"),
        ("Using technology", "using-technology"),
        ("Accelerating Learning", "accelerating-learning"),
        ("Accelerating learning", "accelerating-learning"),
        ("Executing Plans", "executing-plans"),
        ("Executing plans", "executing-plans"),
        ("Maximizing Personal Time", "maximizing-personal-time"),
        ("Maximizing personal time", "maximizing-personal-time"),
        ("Aligning to sales processes", "aligning-to-sales-processes"),
        ("Aligning to the Sales Process", "aligning-to-sales-processes"),
    ]

    /// Every spelling of an area name in the source: contents list, AOE list, headings and Table A-1 rows.
    static let areaSpellings: [(String, AreaOfExpertise.ID)] = [
        ("Creating and Closing Opportunities", "creating-and-closing-opportunities"),
        ("Creating and closing opportunities", "creating-and-closing-opportunities"),
        ("Managing Accounts", "protecting-accounts"),
        ("Protecting Accounts", "protecting-accounts"),
        ("Protecting accounts", "protecting-accounts"),
        ("Defining and Positioning Solutions", "defining-and-positioning-solutions"),
        ("Defining and positioning solutions", "defining-and-positioning-solutions"),
        ("Supporting Indirect Selling", "supporting-indirect-selling"),
        ("Supporting indirect selling", "supporting-indirect-selling"),
        ("Setting Sales Strategy", "setting-sales-strategy"),
        ("Setting sales strategy", "setting-sales-strategy"),
        ("Managing within the Sales Ecosystem", "managing-within-the-sales-ecosystem"),
        ("Managing within the sales ecosystem", "managing-within-the-sales-ecosystem"),
        ("Developing Sales Force Capability", "developing-sales-force-capability"),
        ("Developing sales force capability", "developing-sales-force-capability"),
        ("Delivering Sales Training", "delivering-sales-training"),
        ("Delivering sales training", "delivering-sales-training"),
        ("Coaching for Sales Results", "coaching-for-sales-results"),
        ("Coaching for sales results", "coaching-for-sales-results"),
        ("Building Sales Infrastructure", "building-sales-infrastructure"),
        ("Building sales infrastructure", "building-sales-infrastructure"),
        ("Designing Compensation", "designing-compensation"),
        ("Designing compensation", "designing-compensation"),
        ("Maintaining Accounts", "maintaining-accounts"),
        ("Maintaining accounts", "maintaining-accounts"),
        ("Recruiting Sales Talent", "recruiting-sales-talent"),
        ("Recruiting sales talent", "recruiting-sales-talent"),
    ]
}
