import CPangoCairo
import Foundation

/// Renders a `PrintedDocument` to PDF with cairo and pango, start to finish on the calling
/// thread (cairo and pango objects are not shared between threads). Takes milliseconds, so a
/// request handler may call it directly.
public struct PDFRenderer: Sendable {
    public var style: PageStyle

    public init(style: PageStyle = .a4) {
        self.style = style
    }

    public func render(_ document: PrintedDocument) throws -> Data {
        let sink = Sink()
        let canvas = try Canvas(style: style, sink: sink, title: document.title)
        for block in document.blocks { try canvas.draw(block) }
        try canvas.finish()
        return sink.data
    }
}

/// Collects what cairo writes.
final class Sink {
    var data = Data()
}

/// One document's cairo surface and pango context, and where the next block goes.
final class Canvas {
    private let style: PageStyle
    private let sink: Unmanaged<Sink>
    private let surface: OpaquePointer
    private let cairo: OpaquePointer
    private let context: OpaquePointer
    private var y: Double
    private var finished = false

    init(style: PageStyle, sink: Sink, title: String) throws {
        self.style = style
        self.sink = Unmanaged.passRetained(sink)
        surface = cairo_pdf_surface_create_for_stream({ closure, bytes, length in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }, self.sink.toOpaque(), style.width, style.height)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo = cairo_create(surface)
        context = pango_cairo_create_context(cairo)
        // Points, not the 96 dpi default: a 11 pt font is then 11 units of the page.
        pango_cairo_context_set_resolution(context, 72)
        y = style.margin
        try check()
    }

    deinit {
        if !finished { cairo_surface_finish(surface) }
        qadam_object_unref(UnsafeMutableRawPointer(context))
        cairo_destroy(cairo)
        cairo_surface_destroy(surface)
        sink.release()
    }

    func draw(_ block: PrintedDocument.Block) throws {
        switch block {
        case .title(let text): try flow(text, font: style.titleFont, alignment: .center)
        case .heading(let text, let alignment): try flow(text, font: style.headingFont, alignment: alignment)
        case .paragraph(let text, let alignment): try flow(text, font: style.bodyFont, alignment: alignment)
        case .note(let text, let alignment): try flow(text, font: style.noteFont, alignment: alignment)
        case .table(let table): try draw(table)
        case .pair(let left, let right, let font): try pair(left, right, font: style.font(font))
        case .qrCode(let text, let size, let caption): try qrCode(try QRCode(text), size: size, caption: caption)
        case .space(let points): y = min(y + points, style.bottom)
        case .pageBreak: newPage()
        }
    }

    func finish() throws {
        cairo_show_page(cairo)
        cairo_surface_finish(surface)
        finished = true
        try check()
    }

    // MARK: Text

    /// A block of text at the left margin, on a new page if it does not fit on this one.
    private func flow(_ text: String, font: String, alignment: PrintedDocument.Alignment) throws {
        let layout = try Layout(context: context, text: text, font: font, width: style.textWidth, alignment: alignment)
        if y + layout.height > style.bottom && y > style.margin { newPage() }
        layout.show(on: cairo, x: style.margin, y: y)
        y += layout.height + style.gap
    }

    /// Two columns with a gutter between them, as tall as the taller.
    private func pair(_ left: String, _ right: String, font: String) throws {
        let gutter = 24.0
        let width = (style.textWidth - gutter) / 2
        let first = try Layout(context: context, text: left, font: font, width: width, alignment: .left)
        let second = try Layout(context: context, text: right, font: font, width: width, alignment: .right)
        let height = max(first.height, second.height)
        if y + height > style.bottom && y > style.margin { newPage() }
        first.show(on: cairo, x: style.margin, y: y)
        second.show(on: cairo, x: style.margin + width + gutter, y: y)
        y += height + style.gap
    }

    private func newPage() {
        cairo_show_page(cairo)
        y = style.margin
    }

    // MARK: QR codes

    /// The code against the left margin with a quiet zone of four modules (what scanners need
    /// to find it), its caption to the right of it.
    private func qrCode(_ code: QRCode, size: Double, caption: String?) throws {
        let quietZone = 4
        let module = size / Double(code.width + 2 * quietZone)
        let captionWidth = style.textWidth - size - 12
        let text = try caption.map { try Layout(context: context, text: $0, font: style.noteFont, width: captionWidth, alignment: .left) }
        if y + size > style.bottom && y > style.margin { newPage() }
        let origin = (x: style.margin + Double(quietZone) * module, y: y + Double(quietZone) * module)
        // A run of black modules in a row is one rectangle: fewer shapes, and no hairline seams
        // between neighbours when the page is rasterised.
        for row in 0..<code.width {
            var column = 0
            while column < code.width {
                guard code.isBlack(row: row, column: column) else { column += 1; continue }
                let start = column
                while column < code.width && code.isBlack(row: row, column: column) { column += 1 }
                cairo_rectangle(cairo, origin.x + Double(start) * module, origin.y + Double(row) * module,
                                Double(column - start) * module, module)
            }
        }
        cairo_fill(cairo)
        text?.show(on: cairo, x: style.margin + size + 12, y: y + (size - (text?.height ?? 0)) / 2)
        y += size + style.gap
    }

    // MARK: Tables

    private func draw(_ table: PrintedDocument.Table) throws {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return }
        let shares = table.widths.count == columns ? table.widths : Array(repeating: 1, count: columns)
        let total = shares.reduce(0, +)
        let widths = shares.map { style.textWidth * $0 / total }
        let header = try row(table.header, widths: widths, font: style.tableFont)
        if !table.header.isEmpty { draw(header, widths: widths) }
        for cells in table.rows {
            let laidOut = try row(cells, widths: widths, font: style.tableFont)
            if y + laidOut.height > style.bottom {
                newPage()
                if !table.header.isEmpty { draw(header, widths: widths) }
            }
            draw(laidOut, widths: widths)
        }
        y += style.gap
    }

    private struct Row {
        var cells: [Layout]
        var height: Double
    }

    private func row(_ texts: [String], widths: [Double], font: String) throws -> Row {
        let padding = style.cellPadding
        let cells = try widths.indices.map { index in
            try Layout(context: context, text: index < texts.count ? texts[index] : "", font: font,
                       width: widths[index] - 2 * padding, alignment: .left)
        }
        return Row(cells: cells, height: (cells.map(\.height).max() ?? 0) + 2 * padding)
    }

    private func draw(_ row: Row, widths: [Double]) {
        var x = style.margin
        cairo_set_line_width(cairo, 0.5)
        for (cell, width) in zip(row.cells, widths) {
            cairo_rectangle(cairo, x, y, width, row.height)
            cairo_stroke(cairo)
            cell.show(on: cairo, x: x + style.cellPadding, y: y + style.cellPadding)
            x += width
        }
        y += row.height
    }

    private func check() throws {
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw PrintingError.cairo(String(cString: cairo_status_to_string(status))) }
    }
}
