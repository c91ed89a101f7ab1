import Foundation
@testable import Documents
import MeetingPlan
import Seating
import Testing
import TestSupport

@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct ZipPackageTests {
    @Test func odtStartsWithStoredMimetypeAtTheMagicOffsets() throws {
        let plan = try ExamplePlan.load()
        let bytes = try ODTWriter.write(SignInSheet.build(plan, seats: try TestEnvironment.seat(plan)))
        // Local header: signature, then the name at offset 30 and the stored content right after.
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(bytes[8] == 0 && bytes[9] == 0, "compression method: stored")
        #expect(bytes[28] == 0 && bytes[29] == 0, "no extra field")
        #expect(String(decoding: bytes[30..<38], as: UTF8.self) == "mimetype")
        #expect(String(decoding: bytes[38..<(38 + 39)], as: UTF8.self) == "application/vnd.oasis.opendocument.text")
        #expect(try ZipParts.entries(bytes).map(\.name) == ["mimetype", "content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"])
    }

    @Test func sameDocumentGivesSameBytes() throws {
        let plan = try ExamplePlan.load()
        let seats = try TestEnvironment.seat(plan)
        for kind in DocumentKind.allCases {
            let first = try DocumentExport.files(plan, seats: seats, kinds: [kind])
            let second = try DocumentExport.files(plan, seats: seats, kinds: [kind])
            #expect(first.map(\.bytes) == second.map(\.bytes), "\(kind) differs between two runs")
        }
    }

    @Test func everyEntryHasTheFixedTimestamp() throws {
        let bytes = try ZipPackage.make([PackagePart("a.xml", Array("<a/>".utf8)), PackagePart("b", [1, 2, 3], compressed: false)])
        let entries = try ZipParts.entries(bytes)
        #expect(entries.map(\.name) == ["a.xml", "b"])
        for (_, entry) in entries {
            let components = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute], from: entry.fileAttributes[.modificationDate] as! Date)
            #expect([components.year, components.month, components.day, components.hour, components.minute] == [1980, 1, 1, 0, 0])
        }
    }

    /// Thousands of parts in one pass: every part reads back (CRC checked) in order, and the
    /// central directory follows the last part's data, written once.
    @Test func manyPartsReadBackInOrder() throws {
        let parts = (0..<3_000).map { index in
            PackagePart("word/part\(index).xml", Array("<p n=\"\(index)\">\(String(repeating: "签到", count: index % 50))</p>".utf8),
                        compressed: index % 7 != 0)
        }
        let bytes = try ZipPackage.make(parts)
        let read = try ZipParts.read(bytes)
        #expect(read.map(\.name) == parts.map(\.path))
        #expect(read.map(\.bytes) == parts.map(\.bytes))
        let end = bytes.count - 22
        let directoryStart = Int(bytes[end + 16]) | Int(bytes[end + 17]) << 8 | Int(bytes[end + 18]) << 16 | Int(bytes[end + 19]) << 24
        #expect(Array(bytes[directoryStart..<(directoryStart + 4)]) == [0x50, 0x4B, 0x01, 0x02])
        #expect(bytes.count - directoryStart == 22 + parts.reduce(0) { $0 + 46 + $1.path.utf8.count })
    }

    /// A part written in pieces as it is made (compressed as they come) gives the package the
    /// bytes of the part added whole, whatever the pieces.
    @Test func aPartWrittenInPiecesIsTheSamePackage() throws {
        let body = Array((0..<20_000).map { "<w:p n=\"\($0 % 97)\">签到 \($0)</w:p>" }.joined().utf8)
        let parts = [PackagePart("a.xml", Array("<a/>".utf8)), PackagePart("word/document.xml", body),
                     PackagePart("stored", [1, 2, 3], compressed: false)]
        let whole = try ZipPackage.make(parts)
        for pieceSize in [1, 1_000, 65_536, body.count] {
            let package = try ZipPackage()
            try package.add(parts[0])
            try package.startPart("word/document.xml")
            for start in stride(from: 0, to: body.count, by: pieceSize) {
                try body[start..<min(start + pieceSize, body.count)].withUnsafeBufferPointer { try package.write($0) }
                if pieceSize == 1 && start > 2_000 { try body[(start + 1)...].withUnsafeBufferPointer { try package.write($0) }; break }
            }
            try package.endPart()
            try package.add(parts[2])
            #expect(try package.finish() == whole, "pieces of \(pieceSize) bytes")
        }
        #expect(try ZipParts.read(whole).map(\.bytes) == parts.map(\.bytes))
    }

    @Test func anEmptyPartIsAValidEntry() throws {
        let bytes = try ZipPackage.make([PackagePart("empty.xml", []), PackagePart("stored", [], compressed: false)])
        #expect(try ZipParts.read(bytes).map(\.bytes) == [[], []])
    }
}
