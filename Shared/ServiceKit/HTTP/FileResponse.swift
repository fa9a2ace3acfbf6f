import Foundation
import Hummingbird

extension Response {
    /// A file as the whole body: a PDF to open in the browser (`inline`), or a download to save
    /// (`attachment`), under `filename`.
    public static func file(_ data: Data, mediaType: String, filename: String, inline: Bool = true) -> Response {
        Response(status: .ok, headers: [
            .contentType: mediaType,
            .contentDisposition: "\(inline ? "inline" : "attachment"); filename=\"\(filename)\"",
        ], body: .init(byteBuffer: ByteBuffer(data: data)))
    }
}
