// swift-tools-version: 6.2
// A host's store over SQLite (GRDB), in a package of its own so that the library stays dependency-free.
import PackageDescription

let package = Package(
    name: "SQLiteStore",
    platforms: [.macOS(.v15)],
    products: [.library(name: "SQLiteStore", targets: ["SQLiteStore"])],
    dependencies: [
        .package(name: "swift-sales-competency", path: "../.."),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(
            name: "SQLiteStore",
            dependencies: [
                .product(name: "SalesCompetency", package: "swift-sales-competency"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "SQLiteStoreTests",
            dependencies: [
                "SQLiteStore",
                .product(name: "SalesCompetency", package: "swift-sales-competency"),
                .product(name: "SalesCompetencyTesting", package: "swift-sales-competency"),
            ]
        ),
    ]
)

for target in package.targets {
    var settings = target.swiftSettings ?? []
    settings.append(contentsOf: [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("InternalImportsByDefault"),
        .enableUpcomingFeature("MemberImportVisibility"),
        .treatWarning("ExplicitSendable", as: .error),
    ])
    target.swiftSettings = settings
}
