import Testing
import XMLSupport

@Suite struct XMLWriterTests {
    func written(_ body: (XMLWriter) throws -> Void) throws -> String {
        let writer = try XMLWriter()
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

    @Test func malformedInputIsAnError() throws {
        let reader = try XMLReader(bytes: Array("<a><b></a>".utf8))
        #expect(throws: XMLError.self) {
            while try reader.next() != nil {}
        }
    }
}
