import Foundation
import Printing

/// Our documents as JSON for the TCPDF peer (Peer/certificate.php): each block as the kind of
/// thing it is and its text, so that PHP lays out exactly what our renderer drew.
enum PeerDocuments {
    static func data(_ documents: [PrintedDocument]) throws -> Data {
        try JSONSerialization.data(withJSONObject: documents.map { ["title": $0.title, "blocks": $0.blocks.map(block)] })
    }

    private static func block(_ block: PrintedDocument.Block) -> [String: Any] {
        switch block {
        case .title(let text):
            return ["kind": "title", "text": text, "alignment": "center"]
        case .heading(let text, let alignment):
            return ["kind": "heading", "text": text, "alignment": "\(alignment)"]
        case .paragraph(let text, let alignment):
            return ["kind": "paragraph", "text": text, "alignment": "\(alignment)"]
        case .note(let text, let alignment):
            return ["kind": "note", "text": text, "alignment": "\(alignment)"]
        case .pair(let left, let right, let font):
            return ["kind": "pair", "left": left, "right": right, "font": "\(font)"]
        case .table(let table):
            return ["kind": "table", "header": table.header, "rows": table.rows, "widths": table.widths]
        case .qrCode(let text, let size, let caption):
            var code: [String: Any] = ["kind": "qrCode", "text": text, "size": size]
            code["caption"] = caption // absent without one
            return code
        case .space(let points):
            return ["kind": "space", "points": points]
        case .pageBreak:
            return ["kind": "pageBreak"]
        }
    }
}
