public import Foundation

extension Investment: Codable {
    private enum CodingKeys: String, CodingKey {
        case schemaVersion, id, name, category, owner, startsOn, endsOn, participants, seatsBought, seatsUsed
        case costs, benefits, intangibles, retention, measured
    }

    /// Decodes the pinned JSON shape (see <doc:ROI>), checking `schemaVersion` and every invariant.
    ///
    /// - Throws: ``ValidationError`` naming the investment and the field (`costs[2].amount`), or `DecodingError`
    ///   when the JSON does not have the expected shape.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decode(Int.self, forKey: .schemaVersion)
        guard version == Investment.schemaVersion else {
            throw ValidationError(
                .unsupportedSchemaVersion, field: "schemaVersion",
                message: "this library reads version \(Investment.schemaVersion), found \(version)")
        }
        let id = try container.decode(ID.self, forKey: .id)
        func nested<T: Decodable>(_ type: T.Type, _ key: CodingKeys) throws -> T? {
            do {
                return try container.decodeIfPresent(type, forKey: key)
            } catch let error as ValidationError {
                throw error.within(key.stringValue, subject: "investment \(id)")
            }
        }
        func list<T: Decodable>(_ type: T.Type, _ key: CodingKeys) throws -> [T] {
            guard container.contains(key) else { return [] }
            var items = try container.nestedUnkeyedContainer(forKey: key)
            var result: [T] = []
            while !items.isAtEnd {
                let index = items.currentIndex
                do {
                    result.append(try items.decode(type))
                } catch let error as ValidationError {
                    throw error.within("\(key.stringValue)[\(index)]", subject: "investment \(id)")
                }
            }
            return result
        }
        try self.init(
            id: id, name: try container.decode(String.self, forKey: .name),
            category: try container.decode(Category.self, forKey: .category),
            ownerID: try container.decodeIfPresent(Rep.ID.self, forKey: .owner) ?? Rep.ID(rawValue: ""),
            startsOn: try container.decode(Day.self, forKey: .startsOn),
            endsOn: try container.decodeIfPresent(Day.self, forKey: .endsOn),
            participants: try container.decodeIfPresent(Int.self, forKey: .participants) ?? 0,
            seatsBought: try container.decodeIfPresent(Int.self, forKey: .seatsBought),
            seatsUsed: try container.decodeIfPresent(Int.self, forKey: .seatsUsed),
            costs: try list(CostItem.self, .costs), benefits: try list(Benefit.self, .benefits),
            intangibles: try container.decodeIfPresent([String].self, forKey: .intangibles) ?? [],
            retention: try nested(RetentionAssumption.self, .retention),
            measured: try nested(GoalMeasurements.self, .measured))
    }

    /// Encodes the pinned JSON shape with `schemaVersion`, leaving out absent optional values.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Investment.schemaVersion, forKey: .schemaVersion)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(category, forKey: .category)
        try container.encode(ownerID, forKey: .owner)
        try container.encode(startsOn, forKey: .startsOn)
        try container.encodeIfPresent(endsOn, forKey: .endsOn)
        try container.encode(participants, forKey: .participants)
        try container.encodeIfPresent(seatsBought, forKey: .seatsBought)
        try container.encodeIfPresent(seatsUsed, forKey: .seatsUsed)
        try container.encode(costs, forKey: .costs)
        try container.encode(benefits, forKey: .benefits)
        try container.encode(intangibles, forKey: .intangibles)
        try container.encodeIfPresent(retention, forKey: .retention)
        try container.encodeIfPresent(measured, forKey: .measured)
    }

    /// Reads an investment from a JSON file.
    ///
    /// - Parameter path: The file.
    /// - Returns: The investment.
    /// - Throws: ``InputError`` naming the file: `unreadableFile`, `invalidJSON` (with the JSON path),
    ///   `unsupportedSchemaVersion`, or `invalidValue` wrapping the ``ValidationError`` (with its code, such as
    ///   `zeroCosts`) in ``InputError/underlying``.
    public init(jsonFile path: String) throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw InputError(.unreadableFile, file: path, message: "cannot read the file")
        }
        try self.init(jsonData: data, name: path)
    }

    /// Reads an investment from JSON bytes.
    ///
    /// - Parameters:
    ///   - data: The JSON document.
    ///   - name: A name for the source in errors.
    /// - Returns: The investment.
    /// - Throws: ``InputError`` naming `name`, as for ``init(jsonFile:)``.
    public init(jsonData data: Data, name: String = "<json>") throws {
        do {
            self = try JSONDecoder().decode(Investment.self, from: data)
        } catch let error as ValidationError {
            throw InputError(wrapping: error, file: name)
        } catch let error as DecodingError {
            throw InputError(decoding: error, file: name, data: data)
        }
    }
}
