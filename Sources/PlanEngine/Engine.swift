import Changes
import Documents
import Logistics
import MeetingPlan
import PlanReading
import Seating

/// The one entry point of the library: a plan path (or a plan already parsed), the files it names
/// read through the environment's `FileReader`, and the environment's layouts and name data in;
/// diagnostics, the plan, its seat plan and logistics assignment, the changes from earlier versions and the documents out.
///
/// Every command (`check`, `seat`, `export`, `diff`, `quota`, `receipts`) calls it, so a plan is
/// loaded, validated and seated the same way everywhere. It holds no state of its own besides the
/// environment: a long-running process builds one engine and calls it again and again, and the
/// name data (read lazily, once) is shared by every call and every thread.
public struct Engine: Sendable {
    public let environment: SeatingEnvironment

    public init(environment: SeatingEnvironment) {
        self.environment = environment
    }

    /// Where a plan comes from: a path read through the environment's file reader, or a YAML
    /// document the caller has already parsed (`quota` reads folders by bytes and tells plans from
    /// registers by their keys).
    public enum Source {
        case path(String)
        case parsed(Node, file: String)
    }

    /// What to build besides the seat plan.
    public struct Request {
        public var plan: Source
        /// Earlier versions of the plan, oldest first: each is seated against the one before, the
        /// plan against the last (`stable: true`), and the changes from the last are reported.
        public var earlier: [String]
        /// The documents to build, or nil for none.
        public var documents: DocumentRequest?

        public init(_ plan: Source, earlier: [String] = [], documents: DocumentRequest? = nil) {
            self.plan = plan
            self.earlier = earlier
            self.documents = documents
        }

        public init(path: String, earlier: [String] = [], documents: DocumentRequest? = nil) {
            self.init(.path(path), earlier: earlier, documents: documents)
        }
    }

    public struct DocumentRequest: Sendable {
        public var kinds: Set<DocumentKind>
        public var formats: Set<OfficeFormat>

        public init(kinds: Set<DocumentKind> = Set(DocumentKind.allCases), formats: Set<OfficeFormat>) {
            self.kinds = kinds
            self.formats = formats
        }
    }

    /// A plan with the seats it was given and its groups, rooms, meal tables and car places.
    public struct Seated: Sendable {
        public var plan: Plan
        public var seats: SeatPlan
        public var logistics: LogisticsPlan
    }

    public struct Outcome: Sendable {
        /// Every problem found, in the order found: errors (the plan is unusable, nothing else is
        /// set), then warnings (a pin that breaks protocol) and notes (a document left out, a name
        /// set in the GBK faces).
        public var diagnostics: [Diagnostic] = []
        /// The plan as read, when it could be read at all (with errors it may be incomplete).
        public var plan: Plan?
        /// The plan and its seats, when it has no errors.
        public var seated: Seated?
        /// The version before, seated, and what changed from it (when `earlier` was given).
        public var previous: Seated?
        public var changes: PlanChanges?
        /// The documents asked for, in the export's order.
        public var documents: [ExportFile] = []

        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
        /// Everything but errors: what a command prints on stderr and goes on.
        public var notes: [Diagnostic] { diagnostics.filter { $0.severity != .error } }
    }

    /// Loads, validates and seats the plan (and its earlier versions), and builds the documents
    /// asked for. Never throws for a problem of the input: those are the outcome's diagnostics.
    /// Throws only when a document cannot be built (a defect).
    public func run(_ request: Request) throws -> Outcome {
        var outcome = Outcome()
        var versions: [Seated?] = []
        for path in request.earlier {
            let previous = versions.last.flatMap { $0 }
            versions.append(seat(.path(path), after: previous, into: &outcome).seated)
        }
        let previous = versions.last.flatMap { $0 }
        let current = seat(request.plan, after: previous, into: &outcome)
        outcome.plan = current.plan
        guard !outcome.hasErrors, let seated = current.seated else { return outcome }
        outcome.diagnostics += seated.seats.warnings + seated.logistics.warnings
        outcome.seated = seated
        if !request.earlier.isEmpty, let previous {
            outcome.previous = previous
            outcome.changes = ChangeDetection.changes(old: previous.plan, oldSeats: previous.seats, new: seated.plan, newSeats: seated.seats,
                                                      logistics: (previous.logistics, seated.logistics))
        }
        if let documents = request.documents {
            outcome.documents = try build(documents, seated, earlier: versions.compactMap { $0?.plan },
                                          previous: outcome.changes.map { (previous!, $0) })
            outcome.diagnostics += Self.documentNotes(seated, kinds: documents.kinds)
        }
        return outcome
    }

    /// Loads, seats and assigns the logistics of one version (against the version before: `stable:
    /// true` keeps seats, rooms, groups and cars); the problems of both join the outcome's.
    private func seat(_ source: Source, after previous: Seated?, into outcome: inout Outcome) -> (plan: Plan?, seated: Seated?) {
        let log = DiagnosticLog()
        let loader = PlanLoader(files: environment.files)
        let plan: Plan?
        switch source {
        case .path(let path): plan = loader.load(path, log: log)
        case .parsed(let root, let file): plan = loader.decode(root, file: file, log: log)
        }
        guard let plan, !log.hasErrors else {
            outcome.diagnostics += log.diagnostics
            return (plan, nil)
        }
        var seats: SeatPlan?
        var logistics: LogisticsPlan?
        var seatingErrors: [Diagnostic] = [], assignmentErrors: [Diagnostic] = []
        // The groups first: a group's zone seats its members (without them, it is left out).
        do {
            let precedence = Precedence(units: plan.units, tiebreak: plan.tiebreak, collation: environment.collator)
            logistics = try LogisticsEngine.assign(plan, precedence: precedence, previous: previous.map { ($0.plan, $0.logistics) })
        } catch let errors as InputErrors {
            assignmentErrors = errors.diagnostics
        } catch {
            preconditionFailure("the logistics assignment throws only InputErrors: \(error)")
        }
        let seatedPlan = plan.seatingGroupZones(logistics)
        do {
            seats = try previous.map { try SeatingEngine.seat(seatedPlan, environment: environment, previous: PreviousSeating(plan: $0.plan, seats: $0.seats)) }
                ?? SeatingEngine.seat(seatedPlan, environment: environment)
        } catch let errors as InputErrors {
            seatingErrors = errors.diagnostics
        } catch {
            preconditionFailure("the seating engine throws only InputErrors: \(error)")
        }
        outcome.diagnostics += seatingErrors + assignmentErrors
        guard let seats, let logistics else { return (plan, nil) }
        return (seatedPlan, Seated(plan: seatedPlan, seats: seats, logistics: logistics))
    }

    /// `earlier` are the versions before, oldest first (the calendar's SEQUENCE and cancelled events).
    private func build(_ request: DocumentRequest, _ seated: Seated, earlier: [Plan], previous: (Seated, PlanChanges)?) throws -> [ExportFile] {
        let files = try DocumentExport.files(seated.plan, seats: seated.seats, logistics: seated.logistics, kinds: request.kinds,
                                             formats: request.formats, earlier: earlier)
        guard let (old, changes) = previous else { return files }
        return ChangeExport.merged(files, with: try ChangeExport.files(old: old.plan, new: seated.plan, seats: seated.seats, logistics: seated.logistics,
                                                                       changes: changes, kinds: request.kinds, formats: request.formats))
    }

    /// DOC002 for each document the plan has no section for, DOC003 for each name set in the GBK faces.
    private static func documentNotes(_ seated: Seated, kinds: Set<DocumentKind>) -> [Diagnostic] {
        let plan = seated.plan
        // A plan without any logistics section exports as it did before them: the 会议指南, slips
        // and logistics.xlsx it cannot have are mentioned only when asked for by name.
        let unmentioned: Set<DocumentKind> = kinds == Set(DocumentKind.allCases) && plan.logistics.isEmpty ? [.handbook, .slips, .logistics] : []
        let skipped = DocumentExport.skipped(plan, seats: seated.seats, kinds: kinds).filter { !unmentioned.contains($0.kind) }.map { skipped in
            Diagnostic(DocumentCodes.skipped, "未生成 \(skipped.kind.rawValue)：\(skipped.reason)",
                       at: SourceLocation(file: plan.file, path: skipped.kind.rawValue), severity: .info)
        }
        let rare = GBKFallback.rareNames(plan).map { rare in
            let characters = rare.characters.map { "“\($0)”" }.joined(separator: "、")
            return Diagnostic(DocumentCodes.gbkFallback, "人员 \(rare.personID)（\(rare.name)）的\(characters)不在 GB2312 中，以 GBK 字体（仿宋、楷体）排印",
                              at: rare.location, severity: .warning)
        }
        return skipped + rare
    }
}
