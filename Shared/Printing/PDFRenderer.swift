import CPangoCairo
import Foundation

/// Renders a `PrintedDocument` to PDF with cairo and pango, start to finish on the calling
/// thread: its surface and its context are its own, and its font map is lent to it alone for
/// the render (`FontMaps`). Takes milliseconds, so a request handler may call it directly.
public struct PDFRenderer: Sendable {
    public var style: PageStyle

    public init(style: PageStyle = .a4) {
        self.style = style
    }

    public func render(_ document: PrintedDocument) throws -> Data {
        try FontMaps.shared.withFontMap { fontMap in
            let sink = Sink()
            let canvas = try Canvas(style: style, sink: sink, title: document.title, fontMap: fontMap)
            for block in document.blocks { try canvas.draw(block) }
            try canvas.finish()
            return sink.data
        }
    }
}

/// Collects what cairo writes.
final class Sink {
    /// Room for a certificate (45 KB) from the start: cairo writes a document in hundreds of
    /// small pieces, and a buffer that has the room is not copied as it grows.
    var data = Data(capacity: 64 * 1024)
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

    init(style: PageStyle, sink: Sink, title: String, fontMap: UnsafeMutablePointer<PangoFontMap>) throws {
        self.style = style
        self.sink = Unmanaged.passRetained(sink)
        surface = cairo_pdf_surface_create_for_stream({ closure, bytes, length in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }, self.sink.toOpaque(), style.width, style.height)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo = cairo_create(surface)
        context = pango_font_map_create_context(fontMap)
        pango_cairo_update_context(cairo, context)
        // Points, not the 96 dpi default: a 11 pt font is then 11 units of the page.
        pango_cairo_context_set_resolution(context, 72)
        // Glyphs where the font puts them. Pango rounds each glyph's position to a whole device
        // unit by default, which on a PDF at 72 units an inch is a whole point: uneven spacing
        // in 11 pt text, and an adjustment cairo must write out for nearly every glyph.
        pango_context_set_round_glyph_positions(context, 0)
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
        stencil(code, x: style.margin + Double(quietZone) * module, y: y + Double(quietZone) * module, module: module)
        text?.show(on: cairo, x: style.margin + size + 12, y: y + (size - (text?.height ?? 0)) / 2)
        y += size + style.gap
    }

    /// The code as a stencil of one pixel a module, scaled up with no smoothing: in the PDF an
    /// image mask of a few hundred bytes (`/ImageMask true`, `/Interpolate false`), which every
    /// viewer and printer draws with edges as sharp as paths. Drawn as filled rectangles, the
    /// same code was 350 subpaths, 25 KB of its page's content and 3 ms of a certificate's
    /// 13 ms of rendering: cairo writes each corner's coordinates with printf, then deflates them.
    private func stencil(_ code: QRCode, x: Double, y: Double, module: Double) {
        let side = Int32(code.width)
        let image = cairo_image_surface_create(CAIRO_FORMAT_A8, side, side)
        defer { cairo_surface_destroy(image) }
        cairo_surface_flush(image)
        let stride = Int(cairo_image_surface_get_stride(image))
        // A new image surface is all zero: transparent, so the paper shows through.
        if let pixels = cairo_image_surface_get_data(image) {
            for row in 0..<code.width {
                for column in 0..<code.width where code.isBlack(row: row, column: column) {
                    pixels[row * stride + column] = 255
                }
            }
        }
        cairo_surface_mark_dirty(image)
        let pattern = cairo_pattern_create_for_surface(image)
        defer { cairo_pattern_destroy(pattern) }
        cairo_pattern_set_filter(pattern, CAIRO_FILTER_NEAREST)
        cairo_save(cairo)
        cairo_translate(cairo, x, y)
        cairo_scale(cairo, module, module)
        cairo_set_source_rgb(cairo, 0, 0, 0)
        cairo_mask(cairo, pattern)
        cairo_restore(cairo)
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
