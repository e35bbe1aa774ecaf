import Foundation

extension FileStore {
    /// Saves a new version of a document, replacing its file atomically, after recording the new file's
    /// checksum in the journal.
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
        try write { state in
            var versions = try FileStore.readVersions(
                at: path, id: version.id, in: version.collection, index: state.index)
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
            let bytes = Array(try encoder.encode(versions)) + [0x0A]
            let record = JournalFrame.DocumentRecord(
                collection: version.collection.rawValue, id: version.id, number: version.number,
                sha256: SHA256.hex(bytes))
            // The record goes first: a crash before the rename leaves a record of a save that never finished,
            // which reads accept while the file still holds the version before it.
            try appendFrame(.document, meta: JournalFrame.Meta(document: record), state: &state)
            try FileIO.makeDirectory(folder)
            try FileIO.replaceAtomically(path, with: bytes, fault: fault)
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
        let (index, fd) = try snapshot()
        FileIO.close(fd)
        return try FileStore.readVersions(at: path, id: id, in: collection, index: index)
    }

    /// The ids of a collection's documents, sorted: those with a file and those the journal says were saved.
    ///
    /// - Parameter collection: The collection.
    /// - Returns: The ids.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/io`` when the directory cannot be listed.
    /// - Complexity: O(*n* log *n*) in the number of documents.
    public func documentIDs(in collection: DocumentCollection) throws -> [String] {
        let folder = try collectionPath(collection)
        let (index, fd) = try snapshot()
        FileIO.close(fd)
        // A document the journal records more than one version of must have a file: listing it makes reading it
        // report the missing file. (A lone version 1 without a file is a first save that did not finish.)
        let recorded = index.documents.values.compactMap { records -> String? in
            guard let last = records.last, last.collection == collection.rawValue,
                records.contains(where: { $0.number >= 2 })
            else { return nil }
            return last.id
        }
        let listed: [String] = try {
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
            }
        }()
        return Set(recorded).union(listed).sorted()
    }

    func collectionPath(_ collection: DocumentCollection) throws -> String {
        directory.path + "/documents/" + (try StoreNameEncoding.encode(collection.rawValue, what: "collection name"))
    }

    func documentPath(_ id: String, in collection: DocumentCollection) throws -> String {
        try collectionPath(collection) + "/" + StoreNameEncoding.encode(id, what: "id in \(collection)") + ".json"
    }

    /// The versions stored at `path`, checked against the checksum the journal recorded and against the file's
    /// name: every version belongs to `id` in `collection`, and they are numbered 1, 2, 3... A file that
    /// disagrees is damaged, not a history to build on; a missing file that the journal says was saved is
    /// reported.
    static func readVersions(
        at path: String, id: String, in collection: DocumentCollection, index: JournalIndex
    ) throws -> [DocumentVersion] {
        let records = index.documents[JournalIndex.documentKey(collection.rawValue, id)] ?? []
        let latest = records.map(\.number).max() ?? 0
        guard let bytes = try FileIO.contents(of: path) else {
            // No file: fine for a document never saved, or whose first save did not finish.
            guard latest <= 1 else {
                throw StoreError(
                    .corruptFile, path: path,
                    message: "the document file is missing, but the journal records version \(latest) of it")
            }
            return []
        }
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
        // The file must be the one the journal recorded for its last version; a record of one version more is
        // a save that did not finish.
        let digest = SHA256.hex(bytes)
        guard let record = records.last(where: { $0.number == versions.count }), record.sha256 == digest,
            latest <= versions.count + 1
        else {
            throw StoreError(
                .corruptFile, path: path,
                message: records.isEmpty
                    ? "the journal has no record of this document: it was not saved through the store"
                    : "the file's checksum is not the one the journal recorded for version \(versions.count): it was changed outside the store"
            )
        }
        return versions
    }
}
