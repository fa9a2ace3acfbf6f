import EventContracts
import Foundation
import Printing
import ServiceKit

/// The certificate as the rector signs it: page one after Appendix 3 of the regulation (the
/// provider's names in both languages, the statement, the rector, the number, the date and the
/// QR code of its public check), page two after Appendix 4 (the modules with hours and grades).
enum CertificatePages {
    /// The certificate is set in one family, Noto Serif, its notes and table too (letters and
    /// orders put those in Noto Sans): each face a PDF uses is a font subset cairo makes and
    /// compresses for every certificate, and a third face was 13 KB of a certificate's
    /// 58 KB.
    static let style: PageStyle = {
        var style = PageStyle.a4
        style.noteFont = "Noto Serif 9"
        style.tableFont = "Noto Serif 9.5"
        return style
    }()

    static func render(_ document: PrintedDocument) throws -> Data {
        try PDFRenderer(style: style).render(document)
    }

    static func document(_ certificate: Certificate, provider: Provider, verificationURL: String) -> PrintedDocument {
        var blocks = front(certificate, provider: provider, verificationURL: verificationURL)
        if let appendix = certificate.appendix {
            blocks += [.pageBreak] + back(certificate, appendix: appendix, provider: provider)
        }
        return PrintedDocument(title: "Сертификат № \(certificate.registrationNumber): \(certificate.fullName)", blocks: blocks)
    }

    /// Appendix 3.
    static func front(_ certificate: Certificate, provider: Provider, verificationURL: String) -> [PrintedDocument.Block] {
        // A pass of version 1 carried no titles: the programme's code stands for the topic.
        let topicKk = certificate.appendix?.titleKk ?? certificate.programmeCode
        let topicRu = certificate.appendix?.titleRu ?? certificate.programmeCode
        let hours = certificate.appendix?.totalHours
        return letterhead(provider) + [
            .space(70),
            .title(CertificateWording.title),
            .space(30),
            .paragraph(CertificateWording.statementKk(name: certificate.fullName, topic: topicKk, hours: hours)),
            .space(8),
            .paragraph(CertificateWording.statementRu(name: certificate.fullName, sex: certificate.sex, topic: topicRu, hours: hours)),
        ] + signature(certificate, provider: provider) + [
            .space(24),
            .qrCode(verificationURL, size: 96, caption: CertificateWording.check(verificationURL)),
        ]
    }

    /// Appendix 4.
    static func back(_ certificate: Certificate, appendix: Certificate.Appendix, provider: Provider) -> [PrintedDocument.Block] {
        var rows = appendix.modules.enumerated().map { index, module in
            ["\(index + 1)", module.name, "\(module.hours)", CertificateWording.grade(module.grade)]
        }
        let final = appendix.finalAssessment
        let finalName = final.external
            ? "\(CertificateWording.externalAssessmentKk) / \(CertificateWording.externalAssessmentRu)"
            : "\(CertificateWording.finalAssessmentKk) / \(CertificateWording.finalAssessmentRu)"
        rows.append(["\(rows.count + 1)", finalName, "—", CertificateWording.grade(final.grade)])
        rows.append(["", CertificateWording.total, "\(appendix.totalHours)", ""])
        // Appendix 4 has no letterhead: the page is the certificate's back, and its table needs the room.
        return [
            .heading(CertificateWording.appendixTitle),
            .space(8),
            .heading(certificate.fullName),
            .paragraph(CertificateWording.appendixKk()),
            .paragraph(CertificateWording.appendixRu(sex: certificate.sex)),
            .space(6),
            .table(.init(header: CertificateWording.tableHeader, rows: rows, widths: [0.5, 6.6, 1.4, 2.6])),
        ] + signature(certificate, provider: provider, space: 14)
    }

    /// Kazakh on the left, Russian on the right, as the regulation's letterhead has them.
    static func letterhead(_ provider: Provider) -> [PrintedDocument.Block] {
        [.pair(provider.nameKk, provider.nameRu, font: .heading)]
    }

    static func signature(_ certificate: Certificate, provider: Provider, space: Double = 30) -> [PrintedDocument.Block] {
        [
            .space(space),
            .paragraph(CertificateWording.rector(certificate.rector ?? provider.rector(on: certificate.issuedOn)), alignment: .left),
            .note(CertificateWording.seal),
            .space(space / 3),
            .paragraph(CertificateWording.number(certificate.registrationNumber), alignment: .left),
            .paragraph(CertificateWording.issued(certificate.issuedOn), alignment: .left),
        ]
    }
}
