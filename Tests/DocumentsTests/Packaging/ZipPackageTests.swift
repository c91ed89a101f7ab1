import Foundation
@testable import Documents
import MeetingPlan
import Seating
import Testing
import TestSupport
import XMLSupport

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

    /// A part written end first (its end, then its head) is one entry whose data inflates to
    /// head + end, with their CRC and sizes in the local header and the central directory, between
    /// parts written in order: with an empty, a tiny and a large head and end (the large ones
    /// over the 64 KB pieces the XML writer passes on, fed in such pieces).
    @Test(arguments: [(0, 0), (0, 5), (7, 0), (7, 5), (300, 150_000), (90_000, 200_000)])
    func aPartWrittenEndFirstReadsBackAsHeadThenEnd(headCount: Int, endCount: Int) throws {
        func text(_ count: Int, _ seed: Int) -> [UInt8] {
            var bytes: [UInt8] = []
            var row = seed
            while bytes.count < count {
                bytes += Array("<text:p n=\"\(row % 89)\">签到 \(row * 7_919 % 100_003)</text:p>".utf8)
                row += 1
            }
            return Array(bytes.prefix(count))
        }
        let head = text(headCount, 1), end = text(endCount, 2)
        func feed(_ bytes: [UInt8], to package: ZipPackage) throws {
            for start in stride(from: 0, to: bytes.count, by: XMLWriter.pieceSize) {
                try bytes[start..<min(start + XMLWriter.pieceSize, bytes.count)].withUnsafeBufferPointer { try package.write($0) }
            }
        }
        let package = try ZipPackage()
        try package.add(PackagePart("mimetype", Array("text/x".utf8), compressed: false))
        try package.startPartEndFirst("content.xml")
        try feed(end, to: package)
        try package.startHead()
        try feed(head, to: package)
        try package.endPart()
        try package.add(PackagePart("styles.xml", Array("<s/>".utf8)))
        let bytes = try package.finish()

        let whole = head + end
        // ZIPFoundation inflates every entry and checks its CRC against the central directory's.
        #expect(try ZipParts.read(bytes).map(\.name) == ["mimetype", "content.xml", "styles.xml"])
        #expect(try ZipParts.read(bytes)[1].bytes == whole)
        let local = try #require(LocalHeader.all(bytes).first { $0.name == "content.xml" })
        #expect(local.method == 8)
        #expect(local.crc == CRC32.of(whole), "the CRC of head + end, combined from theirs")
        #expect(local.uncompressedSize == whole.count)
        let central = try #require(ZipParts.entries(bytes).first { $0.name == "content.xml" }?.info)
        #expect(central.checksum == local.crc)
        #expect(Int(central.uncompressedSize) == whole.count)
        #expect(Int(central.compressedSize) == local.compressedSize)
        if endCount > 100_000 { #expect(local.compressedSize < whole.count / 3, "compressed: \(local.compressedSize) bytes") }
    }

    @Test func writingAPartEndFirstOutOfTurnIsAnError() throws {
        let package = try ZipPackage()
        try package.startPart("a.xml")
        #expect(throws: ZipPackageError.self) { try package.startHead() }
        try package.endPart()
        try package.startPartEndFirst("content.xml")
        #expect(throws: ZipPackageError.self) { try package.endPart() }
        try package.startHead()
        #expect(throws: ZipPackageError.self) { try package.startHead() }
        try package.endPart()
        #expect(try ZipParts.read(package.finish()).map(\.bytes) == [[], []])
    }

    @Test func anEmptyPartIsAValidEntry() throws {
        let bytes = try ZipPackage.make([PackagePart("empty.xml", []), PackagePart("stored", [], compressed: false)])
        #expect(try ZipParts.read(bytes).map(\.bytes) == [[], []])
    }
}

/// The local file headers of a package, walked from its start (as a streaming unzip reads them).
private struct LocalHeader {
    var name: String
    var method: Int
    var crc: UInt32
    var compressedSize: Int
    var uncompressedSize: Int

    static func all(_ bytes: [UInt8]) -> [LocalHeader] {
        func number(_ offset: Int, _ count: Int) -> Int {
            (0..<count).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
        }
        var headers: [LocalHeader] = []
        var offset = 0
        while offset + 30 <= bytes.count, number(offset, 4) == 0x0403_4B50 {
            let nameCount = number(offset + 26, 2), extraCount = number(offset + 28, 2)
            let header = LocalHeader(name: String(decoding: bytes[(offset + 30)..<(offset + 30 + nameCount)], as: UTF8.self),
                                     method: number(offset + 8, 2), crc: UInt32(number(offset + 14, 4)),
                                     compressedSize: number(offset + 18, 4), uncompressedSize: number(offset + 22, 4))
            headers.append(header)
            offset += 30 + nameCount + extraCount + header.compressedSize
        }
        return headers
    }
}

/// CRC-32 (zip's, reflected polynomial 0xEDB88320) bit by bit: an independent check of zlib's.
private enum CRC32 {
    static func of(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? crc >> 1 ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
