// swift-tools-version:6.0
import PackageDescription

// Data flows one way: MeetingPlan → Seating → Changes → Documents / Quota; the `banhui` executable is the
// only target that touches argv, files, stdout, stderr and exit codes.
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
    ],
    targets: [
        // libxml2 from the system (apt: libxml2-dev); only XMLSupport imports it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "XMLSupport", dependencies: ["CLibXML2"]),
        .target(
            name: "MeetingPlan",
            dependencies: [
                "XMLSupport",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(name: "Seating", dependencies: ["MeetingPlan"]),
        // 分组讨论, 住宿, 就餐, 乘车 (logistics.md): rooms, tables and cars are placements with capacities.
        .target(name: "Logistics", dependencies: ["MeetingPlan"]),
        // The 办会 loop (changes.md): what changed between two seated plans, and returned 回执.
        .target(name: "Changes", dependencies: ["MeetingPlan", "Seating"]),
        .target(
            name: "Documents",
            dependencies: [
                "MeetingPlan", "Seating", "Changes", "Logistics", "XMLSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(name: "Quota", dependencies: ["MeetingPlan", "XMLSupport"]),
        .executableTarget(
            name: "banhui",
            dependencies: [
                "MeetingPlan", "Seating", "Changes", "Logistics", "Documents", "Quota",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "TestSupport",
            dependencies: ["MeetingPlan", "Seating", "Documents", "XMLSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "XMLSupportTests", dependencies: ["XMLSupport"]),
        .testTarget(name: "MeetingPlanTests", dependencies: ["MeetingPlan", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "SeatingTests", dependencies: ["Seating", "TestSupport"]),
        .testTarget(name: "ChangesTests", dependencies: ["Changes", "TestSupport"], exclude: ["__Snapshots__"]),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents", "TestSupport"]),
        .testTarget(name: "QuotaTests", dependencies: ["Quota", "TestSupport"], exclude: ["__Snapshots__"]),
        .testTarget(name: "CLITests", dependencies: ["banhui", "TestSupport"], exclude: ["Fixtures", "__Snapshots__"]),
    ],
    swiftLanguageModes: [.v6]
)
