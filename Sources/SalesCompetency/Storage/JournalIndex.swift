import Foundation

/// What a `FileStore` knows about the acknowledged frames of its journal: where each frame is, the batch
/// numbers and idempotency keys, and the checksum of every document save. Built by reading the frame headers
/// and metadata (never the activity bodies), extended as the head moves on.
struct JournalIndex {
    struct Entry {
        var offset: Int
        var header: JournalFrame.Header
        var bodyOffset: Int { offset + JournalFrame.headerSize + header.metaLength }
    }

    var frames: [Entry] = []
    var end = 0
    /// The frame index of each activity batch, in batch order.
    var batchFrames: [Int] = []
    /// Batch number by idempotency key.
    var keys: [String: Int] = [:]
    /// The frames that carry audit entries.
    var auditFrames: [Int] = []
    /// The document records by `collection/id`, in journal order.
    var documents: [String: [JournalFrame.DocumentRecord]] = [:]

    static func documentKey(_ collection: String, _ id: String) -> String { collection + "\u{0}" + id }

    static func damage(_ path: String, _ message: String) -> StoreError {
        StoreError(
            .corruptFile, path: path,
            message: message
                + "; nothing was changed (FileStore.verify lists every damaged range, and repair salvages the valid batches into a new store)"
        )
    }

    /// Reads the frames between the index's end and `head`, checking each header, sequence number and metadata
    /// checksum. Throws on damage inside the acknowledged prefix, without touching the file.
    mutating func extend(to head: JournalHead, fd: Int32, path: String) throws {
        guard head.count >= frames.count, head.end >= end else {
            throw JournalIndex.damage(
                path,
                "the head records \(head.count) frames ending at byte \(head.end), fewer than the \(frames.count) read before"
            )
        }
        guard head.count > frames.count || head.end > end else { return }
        let size = try FileIO.size(fd, path: path)
        guard size >= head.end else {
            throw JournalIndex.damage(
                path,
                "the journal ends at byte \(size), but \(head.count) acknowledged frames end at byte \(head.end): acknowledged data is missing"
            )
        }
        var found = self
        while found.frames.count < head.count {
            let offset = found.end
            let number = found.frames.count
            guard offset + JournalFrame.headerSize <= head.end,
                let header = try FileIO.read(fd, count: JournalFrame.headerSize, at: offset, path: path)
                    .withUnsafeBytes({ JournalFrame.Header($0) })
            else { throw JournalIndex.damage(path, "damaged frame header at byte \(offset) (frame \(number))") }
            guard header.sequence == number else {
                throw JournalIndex.damage(
                    path,
                    "frame at byte \(offset) has sequence number \(header.sequence), expected \(number) (a duplicated or missing frame)"
                )
            }
            guard offset + header.frameLength <= head.end else {
                throw JournalIndex.damage(path, "frame \(number) at byte \(offset) runs past the acknowledged end")
            }
            let meta = try FileIO.read(fd, count: header.metaLength, at: offset + JournalFrame.headerSize, path: path)
            guard CRC32.checksum(meta) == header.metaCRC else {
                throw JournalIndex.damage(
                    path, "checksum mismatch in the metadata of frame \(number) at byte \(offset)")
            }
            try found.add(JournalIndex.Entry(offset: offset, header: header), meta: meta, path: path)
        }
        guard found.end == head.end else {
            throw JournalIndex.damage(
                path, "\(head.count) frames end at byte \(found.end), but the head says \(head.end)")
        }
        self = found
    }

    /// Adds a frame read or written, given its metadata bytes.
    mutating func add(_ entry: Entry, meta bytes: [UInt8], path: String) throws {
        let number = frames.count
        let meta: JournalFrame.Meta
        do {
            meta = try JSONDecoder().decode(JournalFrame.Meta.self, from: Data(bytes))
        } catch {
            throw JournalIndex.damage(path, "the metadata of frame \(number) does not decode: \(error)")
        }
        switch entry.header.kind {
        case .activities:
            guard let key = meta.key, keys[key] == nil else {
                throw JournalIndex.damage(
                    path, "frame \(number) repeats the key of batch \(meta.key.flatMap { keys[$0] } ?? -1)")
            }
            keys[key] = batchFrames.count
            batchFrames.append(number)
        case .document:
            guard let record = meta.document else {
                throw JournalIndex.damage(path, "document frame \(number) names no document")
            }
            documents[JournalIndex.documentKey(record.collection, record.id), default: []].append(record)
        case .audit:
            break
        }
        if !meta.audit.isEmpty { auditFrames.append(number) }
        frames.append(entry)
        end = entry.offset + entry.header.frameLength
    }
}
