// swift-tools-version:6.0
import PackageDescription

// Data flows one way: MeetingPlan (the model) ← PlanReading (YAML, plans, rosters) → Seating → Changes →
// Documents / Quota; the `banhui` executable is the only target that touches argv, files, stdout, stderr
// and exit codes.
let package = Package(
    name: "banhui",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "banhui", targets: ["banhui"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Plans are parsed with libyaml's event API (Yams' C module CYaml), not Yams' recursive composer.
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        // `banhui serve`'s HTTP server: one small Swift 6 package on Foundation and POSIX sockets (docs/serve.md).
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        // libxml2 from the system (apt: libxml2-dev); only XMLSupport imports it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "XMLSupport", dependencies: ["CLibXML2"]),
        // zlib from the system (apt: zlib1g-dev): CRC-32 of short inputs and crc32_combine for the package writer.
        .systemLibrary(name: "CDeflate", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        // The package writer's raw deflate, and zlib's CRC-32 by carry-less multiplication (PCLMULQDQ)
        // where x86-64 processors have it (zlib's elsewhere).
        .target(name: "ZipCompression", dependencies: ["CDeflate"]),
        // The model: plan, people, zones, agenda, diagnostics and their code registry, text values.
        .target(name: "MeetingPlan"),
        // Readers of what users write: YAML (libyaml), plans, CSV and XLSX rosters.
        .target(
            name: "PlanReading",
            dependencies: [
                "MeetingPlan", "XMLSupport",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(name: "Seating", dependencies: ["MeetingPlan", "PlanReading"]),
        // 分组讨论, 住宿, 就餐, 乘车 (logistics.md): rooms, tables and cars are placements with capacities.
        .target(name: "Logistics", dependencies: ["MeetingPlan"]),
        // The 办会 loop (changes.md): what changed between two seated plans, and returned 回执.
        .target(name: "Changes", dependencies: ["MeetingPlan", "PlanReading", "Seating", "Logistics"]),
        .target(
            name: "Documents",
            dependencies: [
                "MeetingPlan", "Seating", "Changes", "Logistics", "XMLSupport", "CDeflate", "ZipCompression",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(name: "Quota", dependencies: ["MeetingPlan", "PlanReading", "XMLSupport"]),
        // The one entry point every command calls: plan in; diagnostics, plan, seats, changes, documents out.
        .target(name: "PlanEngine", dependencies: ["MeetingPlan", "PlanReading", "Seating", "Changes", "Logistics", "Documents"]),
        // `banhui serve`: edits written into the plan's text (on libyaml's marks), and the served state.
        .target(name: "PlanEditing", dependencies: ["MeetingPlan", .product(name: "Yams", package: "Yams")]),
        .target(name: "Serve", dependencies: ["MeetingPlan", "PlanReading", "Seating", "Logistics", "Documents", "PlanEngine", "PlanEditing"]),
        .executableTarget(
            name: "banhui",
            dependencies: [
                "MeetingPlan", "PlanReading", "Seating", "Changes", "Logistics", "Documents", "Quota", "PlanEngine", "Serve",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .target(
            name: "TestSupport",
            dependencies: ["MeetingPlan", "PlanReading", "Seating", "Documents", "XMLSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "PlanEngineTests", dependencies: ["PlanEngine", "TestSupport"]),
        .testTarget(name: "XMLSupportTests", dependencies: ["XMLSupport"]),
        .testTarget(name: "ZipCompressionTests", dependencies: ["ZipCompression", "CDeflate", "TestSupport"]),
        .testTarget(name: "MeetingPlanTests", dependencies: ["MeetingPlan", "PlanReading", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "SeatingTests", dependencies: ["Seating", "TestSupport"]),
        .testTarget(name: "LogisticsTests", dependencies: ["Logistics", "PlanReading", "TestSupport"]),
        .testTarget(name: "ChangesTests", dependencies: ["Changes", "Logistics", "TestSupport"], exclude: ["__Snapshots__"]),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents", "TestSupport"]),
        .testTarget(name: "QuotaTests", dependencies: ["Quota", "TestSupport"], exclude: ["__Snapshots__"]),
        .testTarget(name: "PlanEditingTests", dependencies: ["PlanEditing", "PlanReading", "Seating", "TestSupport"]),
        .testTarget(name: "ServeTests", dependencies: ["Serve", "PlanReading", "Documents", "Seating", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["banhui", "TestSupport"], exclude: ["Fixtures", "__Snapshots__"]),
    ],
    swiftLanguageModes: [.v6]
)
