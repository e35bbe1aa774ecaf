public import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension FileStore {
    /// One intact frame found by a scan of the journal.
    struct ScannedFrame {
        var offset: Int
        var header: JournalFrame.Header
        var metaBytes: [UInt8]
        var meta: JournalFrame.Meta
        var body: [UInt8]
    }

    /// Checks a store without opening it and without changing any file: every frame of the journal (header,
    /// sequence number, checksums), the head, and every document against the checksum the journal recorded.
    ///
    /// Works on a damaged store too (a missing `schema.json` or `head`, a damaged frame): the valid frames after
    /// a damaged range are found again by their headers.
    ///
    /// - Parameter directory: The store's directory.
    /// - Returns: Every damaged range and what it held; bytes after the acknowledged end.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/io`` when a file cannot be read at all.
    /// - Complexity: O(*n*) in the size of the journal, read frame by frame.
    public static func verify(directory: URL) throws -> StoreVerification {
        try scan(directory: directory) { _ in }.verification
    }

    /// Scans the journal, calling `visit` with each intact, acknowledged frame in order.
    static func scan(
        directory: URL, visit: (ScannedFrame) throws -> Void
    ) throws -> (verification: StoreVerification, index: JournalIndex) {
        let root = directory.path
        var damage: [StoreVerification.Damage] = []
        if FileManager.default.fileExists(atPath: root + "/schema.json") {
            do {
                _ = try readSchema(in: root)
            } catch let error as StoreError {
                damage.append(.init(file: "schema.json", start: nil, end: nil, problem: error.message, held: []))
            }
        } else {
            damage.append(.init(file: "schema.json", start: nil, end: nil, problem: "missing", held: []))
        }
        var head: JournalHead?
        do {
            head = try JournalHead.read(root + "/head")
        } catch let error as StoreError {
            damage.append(.init(file: "head", start: nil, end: nil, problem: error.message, held: []))
        }
        let path = root + "/journal.log"
        guard FileManager.default.fileExists(atPath: path) else {
            damage.append(
                .init(
                    file: "journal.log", start: nil, end: nil, problem: "missing",
                    held: head.map { ["\($0.count) acknowledged frames"] } ?? []))
            return (
                StoreVerification(
                    intactFrames: 0, intactBatches: 0, acknowledgedFrames: head?.count, unacknowledgedBytes: 0,
                    damage: damage), JournalIndex()
            )
        }
        let fd = try FileIO.open(path, flags: O_RDONLY)
        defer { FileIO.close(fd) }
        let size = try FileIO.size(fd, path: path)
        let acknowledgedEnd = head?.end ?? size
        var index = JournalIndex()
        var offset = 0
        var expected = 0
        while offset < min(size, acknowledgedEnd) {
            if let frame = try readFrame(fd, at: offset, size: size), frame.header.sequence == expected,
                offset + frame.header.frameLength <= acknowledgedEnd
            {
                try? index.add(
                    JournalIndex.Entry(offset: offset, header: frame.header), meta: frame.metaBytes, path: path)
                try visit(frame)
                offset += frame.header.frameLength
                expected += 1
                continue
            }
            let (problem, held) = try describeDamage(fd, at: offset, size: size, expected: expected)
            let next = try findFrame(fd, after: offset, size: min(size, acknowledgedEnd), sequenceAtLeast: expected)
            var lost = held
            if let next, next.sequence > expected + 1 || (next.sequence == expected + 1 && held.isEmpty) {
                lost.append("frames \(expected) to \(next.sequence - 1)")
            } else if next == nil, let head, head.count > expected, held.isEmpty {
                lost.append("frames \(expected) to \(head.count - 1)")
            }
            damage.append(
                .init(
                    file: "journal.log", start: offset, end: next?.offset ?? min(size, acknowledgedEnd),
                    problem: problem, held: lost))
            guard let next else { break }
            offset = next.offset
            expected = next.sequence
        }
        if size < acknowledgedEnd {
            damage.append(
                .init(
                    file: "journal.log", start: size, end: acknowledgedEnd,
                    problem:
                        "the journal ends at byte \(size), but the acknowledged frames end at byte \(acknowledgedEnd)",
                    held: []))
        }
        damage += checkDocuments(root: root, index: index)
        let verification = StoreVerification(
            intactFrames: index.frames.count, intactBatches: index.batchFrames.count, acknowledgedFrames: head?.count,
            unacknowledgedBytes: max(0, size - acknowledgedEnd), damage: damage)
        return (verification, index)
    }

    /// The intact frame at `offset`: header, checksums and metadata all valid.
    static func readFrame(_ fd: Int32, at offset: Int, size: Int) throws -> ScannedFrame? {
        guard offset + JournalFrame.headerSize <= size,
            let header = try FileIO.read(fd, count: JournalFrame.headerSize, at: offset, path: "journal.log")
                .withUnsafeBytes({ JournalFrame.Header($0) }),
            offset + header.frameLength <= size
        else { return nil }
        let metaBytes = try FileIO.read(
            fd, count: header.metaLength, at: offset + JournalFrame.headerSize, path: "journal.log")
        let body = try FileIO.read(
            fd, count: header.bodyLength, at: offset + JournalFrame.headerSize + header.metaLength, path: "journal.log")
        guard CRC32.checksum(metaBytes) == header.metaCRC, CRC32.checksum(body) == header.bodyCRC,
            let meta = try? JSONDecoder().decode(JournalFrame.Meta.self, from: Data(metaBytes))
        else { return nil }
        return ScannedFrame(offset: offset, header: header, metaBytes: metaBytes, meta: meta, body: body)
    }

    /// What is wrong at `offset`, and what the frame there held as far as its header and metadata can be read.
    static func describeDamage(_ fd: Int32, at offset: Int, size: Int, expected: Int) throws -> (String, [String]) {
        guard offset + JournalFrame.headerSize <= size,
            let header = try FileIO.read(fd, count: JournalFrame.headerSize, at: offset, path: "journal.log")
                .withUnsafeBytes({ JournalFrame.Header($0) })
        else {
            return ("damaged frame header at byte \(offset) (frame \(expected) expected)", [])
        }
        var held = ["frame \(header.sequence): " + summary(of: header)]
        if offset + JournalFrame.headerSize + header.metaLength <= size {
            let metaBytes = try FileIO.read(
                fd, count: header.metaLength, at: offset + JournalFrame.headerSize, path: "journal.log")
            if CRC32.checksum(metaBytes) == header.metaCRC,
                let meta = try? JSONDecoder().decode(JournalFrame.Meta.self, from: Data(metaBytes))
            {
                if let key = meta.key { held.append("key \(key)" + (meta.source.map { ", from \($0)" } ?? "")) }
                if let document = meta.document {
                    held.append("document \(document.collection)/\(document.id) version \(document.number)")
                }
                let formatter = ISO8601DateFormatter()
                for entry in meta.audit {
                    held.append(
                        "audit: \(formatter.string(from: entry.at)) \(entry.actor) \(entry.action.rawValue) \(entry.subject) \(entry.detail)"
                    )
                }
            }
        }
        if header.sequence < expected {
            return ("a copy of frame \(header.sequence) where frame \(expected) belongs", held)
        }
        if header.sequence > expected {
            return ("frame \(header.sequence) where frame \(expected) belongs: frames are missing", held)
        }
        if offset + header.frameLength > size {
            return ("frame \(header.sequence) is cut short: the file ends at byte \(size)", held)
        }
        return ("checksum mismatch in frame \(header.sequence) at byte \(offset)", held)
    }

    static func summary(of header: JournalFrame.Header) -> String {
        switch header.kind {
        case .activities:
            let days =
                header.rowCount == 0
                ? ""
                : ", \(Day(daysSinceEpoch: Int(header.firstDay))) to \(Day(daysSinceEpoch: Int(header.lastDay)))"
            return "an activity batch of \(header.rowCount) activities\(days)"
        case .audit: return "audit entries"
        case .document: return "a document record"
        }
    }

    /// The next intact frame after `offset` whose sequence number is at least `sequence`.
    static func findFrame(
        _ fd: Int32, after offset: Int, size: Int, sequenceAtLeast sequence: Int
    ) throws -> (offset: Int, sequence: Int)? {
        let window = 1 << 20
        var start = offset + 1
        while start + JournalFrame.headerSize <= size {
            let count = min(window + 3, size - start)
            let bytes = try FileIO.read(fd, count: count, at: start, path: "journal.log")
            var position = 0
            while position + 4 <= bytes.count {
                if bytes[position] == JournalFrame.magic[0], bytes[position + 1] == JournalFrame.magic[1],
                    bytes[position + 2] == JournalFrame.magic[2], bytes[position + 3] == JournalFrame.magic[3],
                    let frame = try readFrame(fd, at: start + position, size: size),
                    frame.header.sequence >= sequence
                {
                    return (start + position, frame.header.sequence)
                }
                position += 1
            }
            start += window
        }
        return nil
    }

    /// Checks every document file against the journal's records: missing, changed or unrecorded files.
    static func checkDocuments(root: String, index: JournalIndex) -> [StoreVerification.Damage] {
        var damage: [StoreVerification.Damage] = []
        var seen = Set<String>()
        let documents = root + "/documents"
        for folder in ((try? FileManager.default.contentsOfDirectory(atPath: documents)) ?? []).sorted()
        where !folder.hasPrefix(".") {
            guard let collection = StoreNameEncoding.decode(folder) else { continue }
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: documents + "/" + folder)) ?? [])
                .sorted()
            where !name.hasPrefix(".") && name.hasSuffix(".json") {
                guard let id = StoreNameEncoding.decode(String(name.dropLast(5))) else { continue }
                seen.insert(JournalIndex.documentKey(collection, id))
                do {
                    _ = try readVersions(
                        at: documents + "/" + folder + "/" + name, id: id, in: DocumentCollection(rawValue: collection),
                        index: index)
                } catch let error as StoreError {
                    damage.append(
                        .init(
                            file: "documents/\(folder)/\(name)", start: nil, end: nil, problem: error.message, held: [])
                    )
                } catch {
                    damage.append(
                        .init(file: "documents/\(folder)/\(name)", start: nil, end: nil, problem: "\(error)", held: []))
                }
            }
        }
        for (key, records) in index.documents.sorted(by: { $0.key < $1.key }) where !seen.contains(key) {
            guard let last = records.last, let latest = records.map(\.number).max(), latest >= 2 else { continue }
            let file =
                "documents/\((try? StoreNameEncoding.encode(last.collection, what: "")) ?? last.collection)/"
                + "\((try? StoreNameEncoding.encode(last.id, what: "")) ?? last.id).json"
            damage.append(
                .init(
                    file: file, start: nil, end: nil, problem: "missing",
                    held: ["\(last.collection)/\(last.id): versions 1 to \(latest) recorded in the journal"]))
        }
        return damage
    }
}
