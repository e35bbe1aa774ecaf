/// Subjective assessments, validated: ratings within the scale, competencies known.
public struct AssessmentLog: Hashable, Sendable, Codable, RandomAccessCollection {
    /// The assessments, in the order given.
    public let assessments: [Assessment]

    /// Creates a log.
    ///
    /// - Parameters:
    ///   - assessments: The assessments.
    ///   - scale: The proficiency scale; every rating must lie on it.
    /// - Throws: ``ValidationError`` with code `.invalidValue` for a rating off the scale.
    public init(_ assessments: [Assessment], scale: ProficiencyScale = .default) throws {
        for assessment in assessments where !scale.contains(assessment.rating) {
            throw ValidationError(
                .outOfRange, subject: "assessment of rep \(assessment.repID)", field: "rating",
                message:
                    "rating \(assessment.rating) of \(assessment.repID) is outside the scale \(scale.low)...\(scale.high)"
            )
        }
        self.assessments = assessments
    }

    /// Reads `rep_id,competency_id,source,rating,assessed_on[,assessor_id]`.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - scale: The proficiency scale (1–5 by default).
    ///   - dictionary: The dictionary competency ids must resolve in; `nil` skips the check.
    /// - Throws: ``InputError`` naming the file, line and field of the first problem.
    /// - Complexity: O(n).
    public init(
        csvFile path: String, scale: ProficiencyScale = .default, dictionary: CompetencyDictionary? = .builtIn
    )
        throws
    {
        try self.init(reader: CSVReader(contentsOfFile: path), scale: scale, dictionary: dictionary)
    }

    /// Reads CSV text; see ``init(csvFile:scale:dictionary:)``.
    public init(
        csvText text: String, name: String = "<assessments>", scale: ProficiencyScale = .default,
        dictionary: CompetencyDictionary? = .builtIn
    ) throws {
        try self.init(reader: CSVReader(string: text, name: name), scale: scale, dictionary: dictionary)
    }

    init(reader: CSVReader, scale: ProficiencyScale, dictionary: CompetencyDictionary?) throws {
        let file = reader.name
        var header: CSVHeader?
        var columns = (rep: 0, competency: 0, source: 0, rating: 0, day: 0, assessor: Int?.none)
        var assessments: [Assessment] = []
        try reader.forEachRecord { record in
            guard let known = header else {
                let parsed = try CSVHeader(record, file: file)
                columns = (
                    try parsed.require("rep_id"), try parsed.require("competency_id"), try parsed.require("source"),
                    try parsed.require("rating"), try parsed.require("assessed_on"), parsed.index(of: "assessor_id")
                )
                header = parsed
                return
            }
            try known.checkFieldCount(record)
            let line = record.line
            func text(_ index: Int, _ name: String, optional: Bool = false) throws -> String {
                try known.text(of: record, at: index, required: !optional)
            }
            let competency = Competency.ID(rawValue: try text(columns.competency, "competency_id"))
            if let dictionary, dictionary.competency(competency) == nil {
                throw InputError(
                    .unknownID, file: file, line: line, field: "competency_id",
                    message: "competency \(ErrorText.quoted(competency)) is not in the dictionary")
            }
            let sourceText = try text(columns.source, "source")
            guard let source = Assessment.Source(text: sourceText) else {
                throw InputError(
                    .invalidValue, file: file, line: line, field: "source",
                    message: "\(ErrorText.quoted(sourceText)) is not field-ride, 1-on-1, 360, self or manager")
            }
            let ratingText = try text(columns.rating, "rating")
            guard let rating = Double(plainDecimal: ratingText), scale.contains(rating) else {
                throw InputError(
                    .invalidValue, file: file, line: line, field: "rating",
                    message:
                        "\(ErrorText.quoted(ratingText)) is not a rating in \(scale.low)...\(scale.high)")
            }
            let dayText = try text(columns.day, "assessed_on")
            guard let day = try? Day(parsing: dayText) else {
                throw InputError(
                    .invalidValue, file: file, line: line, field: "assessed_on",
                    message: "\(ErrorText.quoted(dayText)) is not a date YYYY-MM-DD")
            }
            let assessor = try columns.assessor.map { try text($0, "assessor_id", optional: true) }
            assessments.append(
                try Assessment(
                    repID: Rep.ID(rawValue: try text(columns.rep, "rep_id")), competencyID: competency, source: source,
                    rating: rating, assessedOn: day,
                    assessorID: assessor.flatMap { $0.isEmpty ? nil : Rep.ID(rawValue: $0) }))
        }
        guard header != nil else {
            throw InputError(
                .emptyFile, file: file,
                message: "the file is empty; expected a header rep_id,competency_id,source,rating,assessed_on")
        }
        self.assessments = assessments
    }

    /// The first position.
    public var startIndex: Int { 0 }
    /// One past the last position.
    public var endIndex: Int { assessments.count }
    /// The assessment at `position`.
    public subscript(position: Int) -> Assessment { assessments[position] }
}
