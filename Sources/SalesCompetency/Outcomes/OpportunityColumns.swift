/// The names of the columns of a CRM export that hold each field of an ``Opportunity``.
///
/// CRM exports differ; name their columns here. The defaults suit a file written for this library:
///
/// ```swift
/// var columns = OpportunityColumns()        // owner, opened_on, closed_on, stage, value
/// columns.owner = "sales_agent"             // a Maven CRM export
/// columns.opened = "engage_date"
/// ```
///
/// `owner`, `opened`, `closed`, `stage` and `value` must be in the header. `id` and `account` are used when
/// the header has them and ignored otherwise (set them to `nil` to ignore them always); without an id
/// column a deal's id is `line-N`, N being its line in the file.
public struct OpportunityColumns: Hashable, Sendable, Codable {
    /// The column with the owning rep's id. Default `owner`.
    public var owner: String
    /// The column with the day the deal was opened. Default `opened_on`.
    public var opened: String
    /// The column with the day the deal was closed. Default `closed_on`.
    public var closed: String
    /// The column with the stage label. Default `stage`.
    public var stage: String
    /// The column with the deal's amount. Default `value`.
    public var value: String
    /// The column with the deal's id, used when present. Default `opportunity_id`.
    public var id: String?
    /// The column with the customer account, used when present. Default `account`.
    public var account: String?

    /// Creates a column mapping.
    ///
    /// - Parameters:
    ///   - owner: The owner column.
    ///   - opened: The open-day column.
    ///   - closed: The close-day column.
    ///   - stage: The stage column.
    ///   - value: The amount column.
    ///   - id: The optional id column.
    ///   - account: The optional account column.
    public init(
        owner: String = "owner", opened: String = "opened_on", closed: String = "closed_on", stage: String = "stage",
        value: String = "value", id: String? = "opportunity_id", account: String? = "account"
    ) {
        self.owner = owner
        self.opened = opened
        self.closed = closed
        self.stage = stage
        self.value = value
        self.id = id
        self.account = account
    }
}
