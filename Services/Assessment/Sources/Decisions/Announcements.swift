import EventContracts

/// The events a decision announces, made from the plan and the grades that counted.
enum Announcements {
    static func passed(_ listener: AssessedListener, attempt: Attempt, plan: AssessmentPlan,
                       counted: [PlanPart: Grade]) -> ListenerPassed {
        let modules = plan.modules.map { module in
            ListenerPassed.Module(name: module.name, hours: module.hours, grade: counted[.module(module.number)]!.record)
        }
        let final = counted[.final]!
        return ListenerPassed(
            listenerId: listener.id, candidateId: listener.candidateId, fullName: listener.fullName, groupId: attempt.groupId,
            programmeCode: plan.programmeCode, titleKk: plan.titleKk, titleRu: plan.titleRu, modules: modules,
            finalAssessment: .init(external: plan.finalAssessment.external, grade: final.record, assessedOn: final.assessedOn,
                                   externalBody: final.externalBody, assessor: final.assessor),
            totalHours: plan.modules.reduce(0) { $0 + $1.hours }, score: attempt.score ?? 0, attempt: attempt.number,
            assessedOn: attempt.decidedOn ?? final.assessedOn)
    }

    static func failed(_ listener: AssessedListener, attempt: Attempt, plan: AssessmentPlan, parts: [PlanPart],
                       reassessments: [ListenerFailed.Reassessment]) -> ListenerFailed {
        ListenerFailed(listenerId: listener.id, candidateId: listener.candidateId, fullName: listener.fullName,
                       groupId: attempt.groupId, programmeCode: plan.programmeCode, failedParts: parts.map(plan.name(of:)),
                       attempt: attempt.number, assessedOn: attempt.decidedOn ?? attempt.openedOn, reassessments: reassessments)
    }
}
