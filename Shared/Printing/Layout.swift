import CPangoCairo

/// One piece of text laid out by pango at a width, ready to show.
final class Layout {
    private let layout: OpaquePointer
    /// In points.
    let height: Double

    init(context: OpaquePointer, text: String, font: String, width: Double, alignment: PrintedDocument.Alignment) throws {
        layout = pango_layout_new(context)
        let description = pango_font_description_from_string(font)
        defer { pango_font_description_free(description) }
        pango_layout_set_font_description(layout, description)
        pango_layout_set_width(layout, Int32(width * Double(qadam_pango_scale())))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        switch alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        case .justified: pango_layout_set_justify(layout, 1)
        }
        pango_layout_set_text(layout, text, -1)
        // Without a font for some letters pango draws empty boxes, and without any font a
        // blank page: either is a document nobody should sign.
        let unknown = Int(pango_layout_get_unknown_glyphs_count(layout))
        guard unknown == 0 else {
            qadam_object_unref(UnsafeMutableRawPointer(layout))
            throw PrintingError.missingGlyphs(count: unknown, text: text)
        }
        var logicalWidth: Int32 = 0
        var logicalHeight: Int32 = 0
        pango_layout_get_size(layout, &logicalWidth, &logicalHeight)
        height = Double(logicalHeight) / Double(qadam_pango_scale())
    }

    deinit { qadam_object_unref(UnsafeMutableRawPointer(layout)) }

    func show(on cairo: OpaquePointer, x: Double, y: Double) {
        cairo_move_to(cairo, x, y)
        pango_cairo_show_layout(cairo, layout)
    }
}
