import EventContracts
import Foundation
import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOHTTPTypes

/// Answers a request whose headers are larger than the server reads (80 KB) with a 431 and
/// problem details, and closes the connection. Without it the request never reaches the
/// router: Hummingbird answers a bare 400 with an empty body.
///
/// It sits in the HTTP/1 pipeline after the HTTP codec, where NIO's parser reports
/// `HTTPParserError.headerOverflow`; once it has answered, it swallows the errors that
/// follow on the same connection. The headers were not read, so the answer is in the
/// default language.
final class HeaderOverflow: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private var requestInFlight = false
    private var answered = false

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head = unwrapInboundIn(data) { requestInFlight = true }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) { requestInFlight = false }
        context.write(data, promise: promise)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if answered { return }
        // An overflow while a response is still being written is left to Hummingbird.
        guard case .headerOverflow? = error as? HTTPParserError, !requestInFlight else {
            context.fireErrorCaught(error)
            return
        }
        answered = true
        let body = context.channel.allocator.buffer(bytes: Self.body)
        let head = HTTPResponse(status: .requestHeaderFieldsTooLarge, headerFields: [
            .contentType: "application/problem+json", .contentLanguage: Language.ru.rawValue,
            .contentLength: String(body.readableBytes), .connection: "close",
        ])
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(body)), promise: nil)
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in channel.close(promise: nil) }
    }

    static let problem = Problem(
        status: .requestHeaderFieldsTooLarge, type: Problem.typeBase + "headers-too-large",
        title: Localized(kk: "Сұраным тақырыптары тым үлкен", ru: "Заголовки запроса слишком велики",
                         en: "The request's header fields are too large"),
        detail: Localized(kk: "Тақырыптар бірге 80 КБ-тан аспауы керек", ru: "Заголовки вместе не должны превышать 80 КБ",
                          en: "The header fields together must not exceed 80 KB"))

    private static let body: Data = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(problem.body(in: .ru, instance: nil))) ?? Data()
    }()
}
