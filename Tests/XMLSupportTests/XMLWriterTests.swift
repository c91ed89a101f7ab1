import Testing
import XMLSupport

@Suite struct XMLWriterTests {
    func written(_ body: (XMLWriter) throws -> Void) throws -> String {
        let writer = XMLWriter()
        try writer.startDocument(standalone: true)
        try body(writer)
        return String(decoding: try writer.finish(), as: UTF8.self)
    }

    @Test func userTextIsEscapedNeverMarkup() throws {
        let xml = try written { w in
            try w.element("p", ["title": "a\"b'<c>&"], text: "<b>粗</b> & \"引号\" 'x'")
        }
        #expect(xml.contains("<p title=\"a&quot;b'&lt;c&gt;&amp;\">&lt;b&gt;粗&lt;/b&gt; &amp; &quot;引号&quot; 'x'</p>"))
        let reader = try XMLReader(bytes: Array(xml.utf8))
        var events: [XMLEvent] = []
        while let event = try reader.next() { events.append(event) }
        #expect(events == [.start(name: "p", attributes: ["title": "a\"b'<c>&"], isEmpty: false),
                           .text("<b>粗</b> & \"引号\" 'x'"), .end(name: "p")])
    }

    @Test func controlCharactersNeverReachTheXML() throws {
        let xml = try written { w in try w.element("p", ["a": "x\u{1}y"], text: "张\u{7}三\u{0}\t李\u{FFFE}") }
        #expect(xml.contains("<p a=\"xy\">张三\t李</p>"))
    }

    @Test func nestedElementsCloseInOrder() throws {
        let xml = try written { w in
            try w.element("w:document", ["xmlns:w": "urn:w"]) {
                try w.element("w:body") { try w.element("w:p") }
            }
        }
        #expect(xml.hasSuffix("<w:document xmlns:w=\"urn:w\"><w:body><w:p/></w:body></w:document>\n"))
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"))
    }

    /// The calls of one document, written flat and indented. The expected bytes are what
    /// libxml2's xmlTextWriter (2.9.14, which this writer replaced) wrote for the same calls.
    func sameCalls(indent: Bool) throws -> String {
        let w = XMLWriter(indent: indent)
        try w.startDocument(standalone: !indent)
        try w.startElement("r")
        try w.attribute("a", "x<y>&\"'\t\n\r中 文")
        try w.element("e")
        try w.element("t", text: "x<y>&\"'\t\n\r中 文]]>")
        try w.element("m") {
            try w.text("before")
            try w.element("c", ["k": ""])
            try w.text("after")
        }
        try w.element("n") {
            try w.element("o") { try w.element("p", text: "") }
            try w.element("q")
        }
        try w.element("u", text: "")
        try w.startElement("open")
        return String(decoding: try w.finish(), as: UTF8.self)
    }

    @Test func bytesAreLibxml2sForTheSameCalls() throws {
        #expect(try sameCalls(indent: false) == """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <r a="x&lt;y&gt;&amp;&quot;'&#9;&#10;&#13;中 文"><e/><t>x&lt;y&gt;&amp;&quot;'\t
            &#13;中 文]]&gt;</t><m>before<c k=""/>after</m><n><o><p></p></o><q/></n><u></u><open/></r>

            """)
        #expect(try sameCalls(indent: true) == """
            <?xml version="1.0" encoding="UTF-8"?>
            <r a="x&lt;y&gt;&amp;&quot;'&#9;&#10;&#13;中 文">
              <e/>
              <t>x&lt;y&gt;&amp;&quot;'\t
            &#13;中 文]]&gt;</t>
              <m>before    <c k=""/>
            after</m>
              <n>
                <o>
                  <p></p>
                </o>
                <q/>
              </n>
              <u></u>
              <open/>
            </r>

            """)
    }

    /// End tags repeat their start tags' names, kept by the writer as bytes: names of one to 255
    /// bytes, not ASCII, nested, flat and indented; a longer name is an error.
    @Test func endTagsRepeatTheirStartTagsNames() throws {
        let names = ["a", "w:tblPr", "text:list-level-style-number", "表格", String(repeating: "n", count: 255)]
        for indent in [false, true] {
            let w = XMLWriter(indent: indent)
            for name in names { try w.startElement(name) }
            try w.text("x")
            for name in names.reversed().dropFirst() {
                try w.endElement()
                try w.element(name)
            }
            let xml = String(decoding: try w.finish(), as: UTF8.self)
            let expected = names.map { "<\($0)>" }.joined() + "x</\(names[4])>" + names.reversed().dropFirst().map { "<\($0)/></\($0)>" }.joined()
            #expect(xml.filter { $0 != " " && $0 != "\n" } == expected.filter { $0 != " " && $0 != "\n" })
        }
        #expect(throws: XMLError.self) { try XMLWriter().startElement(String(repeating: "n", count: 256)) }
    }

    @Test func aWriterContinuingOtherElementsIsAnError() throws {
        let head = XMLWriter()
        try head.startElement("a")
        try head.startElement("表")
        #expect(throws: XMLError.self) { try head.finish(continuedInside: ["a"]) }
        #expect(throws: XMLError.self) { try head.finish(continuedInside: ["a", "b"]) }
        #expect(try !head.finish(continuedInside: ["a", "表"]).isEmpty)
    }

    @Test func misuseIsAnErrorNotBadXML() throws {
        let w = XMLWriter()
        #expect(throws: XMLError.self) { try w.endElement() }
        try w.startElement("a")
        try w.text("x")
        #expect(throws: XMLError.self) { try w.attribute("late", "1") }
        _ = try w.finish()
        #expect(throws: XMLError.self) { try w.startElement("b") }
    }

    /// A fragment appended gives the bytes its calls give in place: after an open start tag, after
    /// text, as the only content, and several times over; escaping happens when it is written.
    @Test func aFragmentIsWhatItsCallsWriteInPlace() throws {
        func properties(_ w: XMLWriter) throws {
            try w.element("w:rPr") {
                try w.element("w:sz", ["w:val": "32"])
                try w.element("w:t", text: "<&\"")
            }
            try w.element("w:lang", ["w:val": "a\tb"])
        }
        let fragment = try XMLWriter.fragment(properties)
        func document(_ content: (XMLWriter) throws -> Void) throws -> [UInt8] {
            let w = XMLWriter()
            try w.startDocument(standalone: true)
            try w.element("w:p", ["k": "v"]) {
                try content(w)
                try w.text("x")
                try content(w)
                try w.element("w:r") { try content(w) }
            }
            return try w.finish()
        }
        #expect(try document { try $0.append(fragment) } == document(properties))
        #expect(try document { try $0.append(XMLWriter.fragment { _ in }) } == document { _ in })
    }

    @Test func fragmentMisuseIsAnError() throws {
        #expect(throws: XMLError.self) { try XMLWriter.fragment { try $0.startElement("open") } }
        let fragment = try XMLWriter.fragment { try $0.element("a") }
        let outside = XMLWriter()
        #expect(throws: XMLError.self) { try outside.append(fragment) }
        let indented = XMLWriter(indent: true)
        try indented.startElement("r")
        #expect(throws: XMLError.self) { try indented.append(fragment) }
    }

    /// A streaming writer passes on, piece by piece and at `finish`, exactly the bytes a writer
    /// keeping the document returns, in pieces no larger than needed to end an element.
    @Test func aStreamedDocumentIsTheSameBytesInPieces() throws {
        func document(_ w: XMLWriter) throws {
            try w.startDocument(standalone: true)
            try w.element("w:document", ["xmlns:w": "urn:w"]) {
                for row in 0..<5_000 {
                    try w.element("w:p", ["n": String(row)]) { try w.element("w:t", text: "第\(row)行 <&> \"签到\"") }
                }
            }
        }
        let whole = XMLWriter()
        try document(whole)
        let expected = try whole.finish()
        var pieces: [[UInt8]] = []
        let streaming = XMLWriter(streamingTo: { pieces.append(Array($0)) })
        try document(streaming)
        #expect(try streaming.finish().isEmpty)
        #expect(pieces.count > 2, "a document of \(expected.count) bytes comes in several pieces")
        #expect(pieces.dropLast().allSatisfy { $0.count >= XMLWriter.pieceSize && $0.count < XMLWriter.pieceSize + 200 })
        #expect(Array(pieces.joined()) == expected)
    }

    /// A document written end first by two writers, the end's continuing inside the elements
    /// the head's leaves open, is the document one writer gives: the head's bytes, then the end's.
    @Test func aDocumentWrittenEndFirstIsTheSameBytes() throws {
        let root = ["office:document-content"]
        func head(_ w: XMLWriter) throws {
            try w.startDocument()
            try w.startElement(root[0])
            try w.attribute("xmlns:office", "urn:o")
            try w.element("office:automatic-styles") { try w.element("style:style", ["style:name": "P1 <&>"]) }
        }
        func end(_ w: XMLWriter) throws {
            try w.element("office:body") {
                for row in 0..<3_000 { try w.element("text:p", ["n": String(row)], text: "第\(row)行 <&>") }
            }
        }
        let whole = XMLWriter()
        try head(whole)
        try end(whole)
        let expected = try whole.finish()

        var endPieces: [[UInt8]] = []
        let endWriter = XMLWriter(continuingInside: root, streamingTo: { endPieces.append(Array($0)) })
        try end(endWriter)
        #expect(try endWriter.finish().isEmpty)
        #expect(endPieces.count > 1)
        let headWriter = XMLWriter()
        try head(headWriter)
        let headBytes = try headWriter.finish(continuedInside: root)
        #expect(headBytes + Array(endPieces.joined()) == expected)

        // A head whose root start tag is still pending ends it; the end may be empty.
        let bare = XMLWriter()
        try bare.startDocument()
        try bare.startElement("r")
        let closing = XMLWriter(continuingInside: ["r"], streamingTo: { endPieces = [Array($0)] })
        _ = try closing.finish()
        let one = XMLWriter()
        try one.startDocument()
        try one.startElement("r")
        try one.text("")
        #expect(try bare.finish(continuedInside: ["r"]) + endPieces[0] == one.finish())
    }

    @Test func writingEndFirstAgainstOtherOpenElementsIsAnError() throws {
        let head = XMLWriter()
        try head.startElement("a")
        try head.startElement("b")
        #expect(throws: XMLError.self) { try head.finish(continuedInside: ["a"]) }
        let indented = XMLWriter(indent: true)
        try indented.startElement("a")
        #expect(throws: XMLError.self) { try indented.finish(continuedInside: ["a"]) }
        let end = XMLWriter(continuingInside: ["a"], streamingTo: { _ in })
        #expect(throws: XMLError.self) { try end.startDocument() }
        try end.text("inside a")
    }

    @Test func malformedInputIsAnError() throws {
        let reader = try XMLReader(bytes: Array("<a><b></a>".utf8))
        #expect(throws: XMLError.self) {
            while try reader.next() != nil {}
        }
    }
}
