import Foundation
import Synchronization

extension FileStore {
    /// Saves a new version of a document, replacing its file atomically.
    ///
    /// - Parameter version: The version; its number must be the latest plus one.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/conflict`` when out of sequence,
    ///   ``StoreError/Code/invalidID`` for an id too long for a file name, ``StoreError/Code/corruptFile``
    ///   naming the file when the stored versions do not parse (the file is left as is),
    ///   ``StoreError/Code/io`` when the write fails (the previous file is untouched).
    /// - Complexity: O(*n*) in the size of the document's history.
    public func save(_ version: DocumentVersion) throws {
        let folder = try collectionPath(version.collection)
        let path = try documentPath(version.id, in: version.collection)
        let fault = writeFault.withLock { $0 }
        try withOpenState { _ in
            var versions = try readVersions(at: path, id: version.id, in: version.collection)
            let latest = versions.last?.number ?? 0
            guard version.number == latest + 1 else {
                throw StoreError(
                    .conflict, path: path,
                    message:
                        "version \(version.number) of \(version.collection)/\(version.id) given, expected \(latest + 1)"
                )
            }
            versions.append(version)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            try FileIO.makeDirectory(folder)
            try FileIO.replaceAtomically(path, with: Array(try encoder.encode(versions)) + [0x0A], fault: fault)
        }
    }

    /// Every version of a document, oldest first.
    ///
    /// - Parameters:
    ///   - id: The document id.
    ///   - collection: The collection.
    /// - Returns: The versions, empty for an unknown document.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/corruptFile`` naming the file when it does not
    ///   parse.
    public func versions(of id: String, in collection: DocumentCollection) throws -> [DocumentVersion] {
        let path = try documentPath(id, in: collection)
        return try withOpenState { _ in try readVersions(at: path, id: id, in: collection) }
    }

    /// The ids of a collection's documents, sorted.
    ///
    /// - Parameter collection: The collection.
    /// - Returns: The ids.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/io`` when the directory cannot be listed.
    /// - Complexity: O(*n* log *n*) in the number of documents.
    public func documentIDs(in collection: DocumentCollection) throws -> [String] {
        let folder = try collectionPath(collection)
        return try withOpenState { _ in
            guard FileManager.default.fileExists(atPath: folder) else { return [] }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder)
            } catch {
                throw StoreError(.io, path: folder, message: "cannot list the directory: \(error.localizedDescription)")
            }
            return names.compactMap { name -> String? in
                guard !name.hasPrefix("."), name.hasSuffix(".json") else { return nil }
                return StoreNameEncoding.decode(String(name.dropLast(5)))
            }.sorted()
        }
    }

    func collectionPath(_ collection: DocumentCollection) throws -> String {
        directory.path + "/documents/" + (try StoreNameEncoding.encode(collection.rawValue, what: "collection name"))
    }

    func documentPath(_ id: String, in collection: DocumentCollection) throws -> String {
        try collectionPath(collection) + "/" + StoreNameEncoding.encode(id, what: "id in \(collection)") + ".json"
    }

    /// The versions stored at `path`, checked against the file's name: every version belongs to `id` in
    /// `collection`, and they are numbered 1, 2, 3... A file that parses but disagrees is damaged, not a history
    /// to build on.
    func readVersions(at path: String, id: String, in collection: DocumentCollection) throws -> [DocumentVersion] {
        guard let bytes = try FileIO.contents(of: path) else { return [] }
        let versions: [DocumentVersion]
        do {
            versions = try JSONDecoder().decode([DocumentVersion].self, from: Data(bytes))
        } catch {
            throw StoreError(.corruptFile, path: path, message: "does not parse as document versions: \(error)")
        }
        for (index, version) in versions.enumerated() {
            guard version.collection == collection, version.id == id else {
                throw StoreError(
                    .corruptFile, path: path,
                    message:
                        "version \(index + 1) belongs to \(version.collection)/\(version.id), not \(collection)/\(id)")
            }
            guard version.number == index + 1 else {
                throw StoreError(
                    .corruptFile, path: path,
                    message: "version \(index + 1) is numbered \(version.number); versions must count 1, 2, 3...")
            }
        }
        return versions
    }
}
