import Foundation
import SalesCompetency

/// `sco mapping`: prints the role × area-of-expertise matrix.
enum MappingCommand: Command {
    static let name = "mapping"
    static let summary = "Print the role × area-of-expertise matrix (default: Table A-1)"
    static let help = """
        Usage: sco mapping [--input FILE] [--dictionary FILE] [--format table|json|csv] [--output FILE]

        Prints which roles need which areas of expertise: Table A-1 of the World-Class Sales Competency Model,
        or the map in FILE, checked against the dictionary.

        Options:
          --input FILE        a map in JSON: {"schemaVersion": 1, "rolesByArea": {"area-id": ["role-id", ...]}}
          --dictionary FILE   a custom dictionary in JSON (see sco dictionary); default: the built-in model
          --format FORMAT     table (default): X marks; csv: area_id,<role ids> with 1 or 0; json: the map
          --output FILE       write there instead of standard output
        """

    static let formats: [(form: String, choice: FormatChoice)] = [("", .report)]

    static func run(_ arguments: inout Arguments) async throws {
        let input = try arguments.input("--input")
        let dictionaryPath = try arguments.input("--dictionary")
        let options = try OutputOptions(&arguments, .report)
        let (format, output) = (options.format, options.output)
        try arguments.finish()
        let dictionary = try dictionaryPath.map(DictionaryCommand.load) ?? .builtIn
        let map = try input.map(load) ?? .builtIn
        let problems = map.validate(against: dictionary)
        if !problems.isEmpty { throw ValidationFailure(path: input ?? "built-in map", problems: problems) }
        switch format {
        case .json: try output.write(try jsonText(map))
        case .csv: try output.write(csv(map, dictionary))
        default: try output.write(table(map, dictionary, colored: output.isColored))
        }
    }

    private static func load(_ path: String) throws -> RoleExpertiseMap {
        let data = try DictionaryCommand.read(path)
        do {
            return try JSONDecoder().decode(RoleExpertiseMap.self, from: data)
        } catch let error as DecodingError {
            throw InputError(decoding: error, file: path, data: data)
        } catch let error as ValidationError {
            throw ValidationFailure(path: path, problems: [error])
        }
    }

    private static func csv(_ map: RoleExpertiseMap, _ dictionary: CompetencyDictionary) -> String {
        var writer = CSVWriter(header: ["area_id"] + dictionary.roles.map(\.id.rawValue))
        for area in dictionary.areasOfExpertise {
            writer.append(
                [area.id.rawValue] + dictionary.roles.map { map.contains(role: $0.id, area: area.id) ? "1" : "0" })
        }
        return writer.text
    }

    private static func table(_ map: RoleExpertiseMap, _ dictionary: CompetencyDictionary, colored: Bool) -> String {
        var table = TextTable(columns: [.init("area of expertise")] + dictionary.roles.map { .init($0.name) })
        for area in dictionary.areasOfExpertise {
            table.append([area.name] + dictionary.roles.map { map.contains(role: $0.id, area: area.id) ? "X" : "" })
        }
        table.append(
            ["areas per role"] + dictionary.roles.map { String(map.areas(for: $0.id).count) },
            colors: [.dim] + dictionary.roles.map { _ in .dim })
        return table.render(colored: colored)
    }
}
