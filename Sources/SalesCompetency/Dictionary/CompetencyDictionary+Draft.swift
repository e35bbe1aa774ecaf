extension CompetencyDictionary {
    /// The editable content of a dictionary, handed to ``CompetencyDictionary/edit(_:)``: change any part, and the
    /// edit keeps the result only when it is a valid dictionary.
    public struct Draft: Hashable, Sendable {
        /// The version label, such as `2025.1`; not empty.
        public var version: String
        /// The first day on which this edition applies.
        public var effectiveDate: Day
        /// The roles, in order.
        public var roles: [Role]
        /// The competency clusters, in order.
        public var clusters: [CompetencyCluster]
        /// The competencies, in order; each names an existing cluster.
        public var competencies: [Competency]
        /// The areas of expertise, in order.
        public var areasOfExpertise: [AreaOfExpertise]

        /// A draft holding the content of `dictionary`.
        ///
        /// - Parameter dictionary: The dictionary to start from.
        public init(_ dictionary: CompetencyDictionary) {
            (version, effectiveDate) = (dictionary.version, dictionary.effectiveDate)
            (roles, clusters) = (dictionary.roles, dictionary.clusters)
            (competencies, areasOfExpertise) = (dictionary.competencies, dictionary.areasOfExpertise)
        }
    }
}
