import Foundation
import SalesCompetency

/// `sco dictionary`: prints the built-in or a custom competency dictionary, or validates a dictionary file.
enum DictionaryCommand: Command {
    static let name = "dictionary"
    static let summary = "Print the competency dictionary, or validate a dictionary file"
    static let help = """
        Usage: sco dictionary [--input FILE] [--format table|json|csv] [--output FILE]
               sco dictionary --validate FILE

        Prints the built-in World-Class Sales Competency Model (6 roles, 4 clusters, 29 competencies,
        13 areas of expertise), or the custom dictionary in FILE.

        Options:
          --input FILE      a dictionary in JSON (the shape --format json prints); default: the built-in model
          --format FORMAT   table (default): one section per kind of item; json: the complete dictionary;
                            csv: kind,id,name,cluster_id,status,aliases, one row per role, cluster,
                            competency and area of expertise (aliases separated by ";")
          --output FILE     write there instead of standard output
          --validate FILE   check FILE and print every problem, one per line; exits 1 if there is any
        """

    static let formats: [(form: String, choice: FormatChoice)] = [("", .report)]

    static func run(_ arguments: inout Arguments) async throws {
        if let path = try arguments.input("--validate") {
            try arguments.finish()
            try validate(path)
            return
        }
        let input = try arguments.input("--input")
        let options = try OutputOptions(&arguments, .report)
        try arguments.finish()
        let dictionary = try input.map(load) ?? .builtIn
        let output = options.output
        switch options.format {
        case .json: try output.write(String(decoding: try dictionary.encodedJSON(), as: UTF8.self))
        case .csv: try output.write(csv(dictionary))
        default: try output.write(table(dictionary, colored: output.isColored))
        }
    }

    /// One row per role, cluster, competency and area of expertise.
    static func csv(_ dictionary: CompetencyDictionary) -> String {
        var writer = CSVWriter(header: ["kind", "id", "name", "cluster_id", "status", "aliases"])
        func status(_ retired: Bool) -> String { retired ? "retired" : "active" }
        for role in dictionary.roles {
            writer.append([
                "role", role.id.rawValue, role.name, "", status(role.isRetired), role.aliases.joined(separator: ";"),
            ])
        }
        for cluster in dictionary.clusters {
            writer.append([
                "cluster", cluster.id.rawValue, cluster.name, "", "active", cluster.aliases.joined(separator: ";"),
            ])
        }
        for competency in dictionary.competencies {
            writer.append([
                "competency", competency.id.rawValue, competency.name, competency.clusterID.rawValue,
                status(competency.isRetired), competency.aliases.joined(separator: ";"),
            ])
        }
        for area in dictionary.areasOfExpertise {
            writer.append([
                "area-of-expertise", area.id.rawValue, area.name, "", status(area.isRetired),
                area.aliases.joined(separator: ";"),
            ])
        }
        return writer.text
    }

    /// Reads and validates a dictionary file.
    static func load(_ path: String) throws -> CompetencyDictionary {
        let data = try read(path)
        do {
            return try CompetencyDictionary(json: data, file: path)
        } catch let error as ValidationError {
            throw ValidationFailure(path: path, problems: [error])
        }
    }

    static func read(_ path: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw InputError(.unreadableFile, file: path, message: "cannot read the file")
        }
    }

    private static func validate(_ path: String) throws {
        let data = try read(path)
        let problems: [ValidationError]
        do {
            problems = try CompetencyDictionary.validate(json: data, file: path)
        } catch let error as ValidationError {
            problems = [error]
        }
        guard problems.isEmpty else {
            Console.line(problems.map { TextTable.printable("\(path): \($0)") }.joined(separator: "\n"))
            throw ValidationFailure(path: path, problems: problems)
        }
        let dictionary = try CompetencyDictionary(json: data, file: path)
        Console.line(
            "\(path): valid: version \(dictionary.version) effective \(dictionary.effectiveDate), "
                + "\(dictionary.roles.count) roles, \(dictionary.clusters.count) clusters, "
                + "\(dictionary.competencies.count) competencies, "
                + "\(dictionary.areasOfExpertise.count) areas of expertise"
        )
    }

    private static func table(_ dictionary: CompetencyDictionary, colored: Bool) -> String {
        func retired(_ flag: Bool) -> String { flag ? "retired" : "" }
        var roles = TextTable(columns: [
            .init("role"), .init("name"), .init("titles", alignment: .right), .init("aliases"), .init("status"),
        ])
        for role in dictionary.roles {
            roles.append([
                role.id.rawValue, role.name, String(role.exampleTitles.count), role.aliases.joined(separator: "; "),
                retired(role.isRetired),
            ])
        }
        var competencies = TextTable(columns: [
            .init("competency"), .init("name"), .init("cluster"), .init("key actions", alignment: .right),
            .init("aliases"), .init("status"),
        ])
        for competency in dictionary.competencies {
            competencies.append([
                competency.id.rawValue, competency.name, competency.clusterID.rawValue,
                String(competency.keyActions.count), competency.aliases.joined(separator: "; "),
                retired(competency.isRetired),
            ])
        }
        var areas = TextTable(columns: [
            .init("area of expertise"), .init("name"), .init("knowledge", alignment: .right),
            .init("abilities", alignment: .right), .init("key actions", alignment: .right),
            .init("outputs", alignment: .right), .init("aliases"), .init("status"),
        ])
        for area in dictionary.areasOfExpertise {
            areas.append([
                area.id.rawValue, area.name, String(area.knowledge.count), String(area.abilities.count),
                String(area.keyActions.count), String(area.sampleOutputs.count), area.aliases.joined(separator: "; "),
                retired(area.isRetired),
            ])
        }
        let clusters = dictionary.clusters.map { "\($0.name) (\($0.id)): \(dictionary.competencies(in: $0.id).count)" }
        return """
            Dictionary version \(TextTable.printable(dictionary.version)), effective \(dictionary.effectiveDate)

            Roles
            \(roles.render(colored: colored))
            Clusters: \(TextTable.printable(clusters.joined(separator: ", ")))

            Competencies
            \(competencies.render(colored: colored))
            Areas of expertise
            \(areas.render(colored: colored))
            """
    }
}

/// Content problems in an input file; the problems have been printed, this is the one-line summary.
struct ValidationFailure: Error, CustomStringConvertible {
    var path: String
    var problems: [ValidationError]

    var description: String {
        problems.count == 1
            ? "\(path): \(problems[0])" : "\(path): \(problems.count) problems"
    }
}
