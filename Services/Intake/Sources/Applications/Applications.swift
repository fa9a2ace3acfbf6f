import EventContracts
import Foundation
import GRDB
import ServiceKit
import Storage

/// An individual application (Appendix 1): it becomes a candidate with its questionnaire; the
/// papers follow.
enum Applications {
    static func submit(_ form: ApplicationForm.Valid, from organisationId: String?, by identity: Identity,
                       in db: Database) throws -> CandidateView {
        var refusals: [ApplicationRules.Refusal] = []
        if let organisationId, try !Organisation.exists(db, key: organisationId) { refusals.append(.unknownOrganisation) }
        if organisationId == nil && form.employerEmail == nil { refusals.append(.employerEmailRequired) }
        if try !CataloguedProgramme.isOpen(form.programmeCode, in: db) { refusals.append(.programmeNotOffered) }
        try Refusals.check(refusals)
        if let duplicate = try Duplicates.refusal(iin: form.questionnaire.iin, programmeCode: form.programmeCode, at: "programmeCode",
                                                  for: identity, in: db) {
            throw duplicate
        }
        let now = Date()
        let candidate = Candidate(
            id: RecordID.new(), requestId: nil, organisationId: organisationId, fullName: form.questionnaire.fullName,
            iin: form.questionnaire.iin, position: form.questionnaire.position, email: form.questionnaire.email,
            programmeCode: form.programmeCode, language: form.questionnaire.languageOfInstruction, funding: form.funding,
            employerEmail: form.employerEmail, status: .received, listenerId: nil, submittedBy: identity.subject,
            createdAt: now, updatedAt: now)
        try candidate.insert(db)
        try QuestionnaireRecord.save(form.questionnaire, source: .form, by: identity, in: db)
        return try CandidateView(candidate, in: db)
    }
}

enum ApplicationRules {
    enum Refusal: Error, Equatable {
        case unknownOrganisation
        /// 7.5: the employer is notified of an expulsion; with no registered organisation, the
        /// application names where.
        case employerEmailRequired
        case programmeNotOffered
    }
}

extension ApplicationRules.Refusal: ExplainedRefusal {
    var field: String? {
        switch self {
        case .unknownOrganisation: "organisationId"
        case .employerEmailRequired: "employerEmail"
        case .programmeNotOffered: "programmeCode"
        }
    }

    var code: String { "validation" }

    var message: Localized {
        switch self {
        case .unknownOrganisation:
            Localized(kk: "Ұйым тізілімде жоқ", ru: "Организация не зарегистрирована", en: "The organisation is not registered")
        case .employerEmailRequired:
            Localized(kk: "Жұмыс берушінің электрондық поштасын көрсетіңіз (7.5-т.: оқудан шығару туралы хабарлама)",
                      ru: "Укажите электронную почту работодателя (п. 7.5: уведомление об отчислении)",
                      en: "Give the employer's email (7.5: the notice of an expulsion)")
        case .programmeNotOffered:
            Localized(kk: "Мұндай бекітілген бағдарлама жоқ немесе ол тоқтатылған (4.8-т.)",
                      ru: "Нет такой утверждённой программы или она снята с применения (п. 4.8)",
                      en: "No approved programme has this code, or it is retired (4.8)")
        }
    }
}
