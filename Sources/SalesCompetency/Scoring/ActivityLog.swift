/// The activity log held column by column, with rep and task ids interned to dense integers: the form the
/// scoring engine aggregates fastest, and about 20 bytes per entry.
///
/// ```swift
/// var log = ActivityLog()
/// try log.append(Activity(repID: "rep-1", taskID: "calls", day: try Day(parsing: "2025-03-03"), quantity: 4))
/// let log2 = try ActivityLog(csvFile: "activities.csv", timeZone: .gmt)
/// ```
public struct ActivityLog: Sendable, Equatable, RandomAccessCollection {
    /// The distinct rep ids, in order of first appearance; ``repIndices`` point into it.
    public private(set) var repIDs: [Rep.ID] = []
    /// The distinct task ids, in order of first appearance; ``taskIndices`` point into it.
    public private(set) var taskIDs: [SalesTask.ID] = []
    /// Per entry, the position of its rep in ``repIDs``.
    public private(set) var repIndices: [Int32] = []
    /// Per entry, the position of its task in ``taskIDs``.
    public private(set) var taskIndices: [Int32] = []
    /// Per entry, the day as days since 1970-01-01.
    public private(set) var days: [Int32] = []
    /// Per entry, the quantity.
    public private(set) var quantities: [Double] = []
    private var repLookup: [Rep.ID: Int32] = [:]
    private var taskLookup: [SalesTask.ID: Int32] = [:]

    /// Creates an empty log.
    public init() {}

    /// Creates a log of `activities`.
    ///
    /// - Complexity: O(n).
    public init(_ activities: some Sequence<Activity>) {
        // Called from other modules this generic body is not specialised: an array (the common case, such as a
        // day's 30,000 rows) takes the loop below, compiled for arrays, instead of a witness call per element.
        if let array = activities as? [Activity] {
            self.init(array: array)
        } else {
            self.init()
            for activity in activities { append(activity) }
        }
    }

    private init(array activities: [Activity]) {
        repIndices.reserveCapacity(activities.count)
        taskIndices.reserveCapacity(activities.count)
        days.reserveCapacity(activities.count)
        quantities.reserveCapacity(activities.count)
        for activity in activities { append(activity) }
    }

    /// Appends one entry (already validated by ``Activity``).
    ///
    /// - Complexity: amortised O(1).
    public mutating func append(_ activity: Activity) {
        let rep = repLookup[activity.repID] ?? intern(rep: activity.repID)
        let task = taskLookup[activity.taskID] ?? intern(task: activity.taskID)
        repIndices.append(rep)
        taskIndices.append(task)
        days.append(Int32(clamping: activity.day.daysSinceEpoch))
        quantities.append(activity.quantity)
    }

    /// Appends every entry of `other`.
    ///
    /// - Complexity: O(other.count).
    public mutating func append(contentsOf other: ActivityLog) {
        let repMap = other.repIDs.map { repLookup[$0] ?? intern(rep: $0) }
        let taskMap = other.taskIDs.map { taskLookup[$0] ?? intern(task: $0) }
        repIndices.append(contentsOf: other.repIndices.lazy.map { repMap[Int($0)] })
        taskIndices.append(contentsOf: other.taskIndices.lazy.map { taskMap[Int($0)] })
        days.append(contentsOf: other.days)
        quantities.append(contentsOf: other.quantities)
    }

    private mutating func intern(rep: Rep.ID) -> Int32 {
        let index = Int32(repIDs.count)
        repIDs.append(rep)
        repLookup[rep] = index
        return index
    }

    private mutating func intern(task: SalesTask.ID) -> Int32 {
        let index = Int32(taskIDs.count)
        taskIDs.append(task)
        taskLookup[task] = index
        return index
    }

    /// Builds a log from columns produced by the importer.
    init(repIDs: [Rep.ID], taskIDs: [SalesTask.ID], reps: [Int32], tasks: [Int32], days: [Int32], quantities: [Double])
    {
        self.repIDs = repIDs
        self.taskIDs = taskIDs
        self.repIndices = reps
        self.taskIndices = tasks
        self.days = days
        self.quantities = quantities
        for (index, id) in repIDs.enumerated() { repLookup[id] = Int32(index) }
        for (index, id) in taskIDs.enumerated() { taskLookup[id] = Int32(index) }
    }

    /// The first position.
    public var startIndex: Int { 0 }
    /// One past the last position.
    public var endIndex: Int { days.count }

    /// The entry at `position`.
    public subscript(position: Int) -> Activity {
        // Entries were validated on the way in, so the throwing initialiser cannot fail.
        try! Activity(
            repID: repIDs[Int(repIndices[position])], taskID: taskIDs[Int(taskIndices[position])],
            day: Day(daysSinceEpoch: Int(days[position])), quantity: quantities[position])
    }

    /// The first and last day of the log, or `nil` when it is empty.
    ///
    /// - Complexity: O(n).
    public var dayRange: ClosedRange<Day>? {
        guard let low = days.min(), let high = days.max() else { return nil }
        return Day(daysSinceEpoch: Int(low))...Day(daysSinceEpoch: Int(high))
    }

    /// Compares the entries in order.
    public static func == (lhs: ActivityLog, rhs: ActivityLog) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }
}
