import EventContracts
import Foundation
import Messaging

/// The contract samples as a consumer receives them.
enum Samples {
    static func event<E: DomainEvent>(_ type: E.Type) throws -> ReceivedEvent {
        try ReceivedEvent(body: ContractSamples.data(for: E.type))
    }

    static func payload<E: DomainEvent>(_ type: E.Type) throws -> E {
        try event(type).payload(as: type)
    }

    /// The sample with its JSON object edited, e.g. to add fields a newer producer might send.
    static func edited<E: DomainEvent>(_ type: E.Type, _ edit: (inout [String: Any]) -> Void) throws -> Data {
        var object = try JSONSerialization.jsonObject(with: ContractSamples.data(for: E.type)) as! [String: Any]
        edit(&object)
        return try JSONSerialization.data(withJSONObject: object)
    }

    /// Every event type there is, with the payload type that reads it.
    static let contractTypes: [any DomainEvent.Type] = [
        CandidateAccepted.self, CandidateAcceptedV1.self, CandidateWithdrawn.self, OrganisationUpdated.self, ListenerAdmitted.self,
        ListenerExpelled.self, ListenerDismissed.self, ProgrammeApproved.self, ProgrammeRetired.self, GroupCompleted.self,
        ListenerTransferred.self, ListenerInterrupted.self, TrainerAssigned.self, ListenerPassed.self, ListenerPassedV1.self,
        ListenerFailed.self, CertificateIssued.self, CertificateRevoked.self, CertificateReissued.self, FollowUpPlanOpened.self,
        FollowUpPlanClosed.self, MonitoringDue.self,
    ]
}
