// swift-tools-version: 6.2
// A host's store over PostgreSQL (PostgresNIO), in a package of its own so that the library stays dependency-free.
import PackageDescription

let package = Package(
    name: "PostgresStore",
    platforms: [.macOS(.v15)],
    products: [.library(name: "PostgresStore", targets: ["PostgresStore"])],
    dependencies: [
        .package(name: "swift-sales-competency", path: "../.."),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .target(
            name: "PostgresStore",
            dependencies: [
                .product(name: "SalesCompetency", package: "swift-sales-competency"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "PostgresStoreTests",
            dependencies: [
                "PostgresStore",
                .product(name: "SalesCompetency", package: "swift-sales-competency"),
                .product(name: "SalesCompetencyTesting", package: "swift-sales-competency"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
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
