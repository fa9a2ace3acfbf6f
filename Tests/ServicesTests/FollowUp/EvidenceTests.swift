import EventContracts
@testable import FollowUpService
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GRDB
import Hummingbird
import Testing

/// A programme's review evidence from a known set of events. Two cohorts of PD-2026-014:
/// - G1 admits five; one is expelled (her expulsion heard before her admission), one
///   interrupted, three finish: A 95 and B+ 87 pass, one fails. One more admitted to G1 is
///   transferred to G2.
/// - G2 admits two more; one of them withdraws (her withdrawal heard before her admission); the
///   transferred one and the other finish: A- 91 passes, and a pass/fail final passes with 80.
/// - G0 was admitted before follow-up read admissions: its completion and a pass are heard,
///   and it is left out rather than counted as a group of finishers only.
/// Two of G1's passes are certified and followed: three consultations, a paper published, an
/// event both took part in.
@Suite("A programme review's evidence, computed from the services' events (8.4.4)")
struct EvidenceTests {
    static let (g0, g1, g2) = ("00000000-0000-7000-8000-0000000000a0", "00000000-0000-7000-8000-0000000000a1",
                               "00000000-0000-7000-8000-0000000000a2")

    static func listener(_ n: Int) -> String { "00000000-0000-7000-8000-0000000001\(String(format: "%02d", n))" }
    static func candidate(_ n: Int) -> String { "00000000-0000-7000-8000-0000000002\(String(format: "%02d", n))" }

    static func admitted(_ n: Int, to group: String, code: String) throws -> Data {
        var event = try Samples.payload(ListenerAdmitted.self)
        (event.listenerId, event.candidateId, event.groupId, event.groupCode) = (listener(n), candidate(n), group, code)
        event.stream = StreamDates(streamId: group, startsOn: group == g1 ? "2026-02-02" : "2026-04-06",
                                   endsOn: group == g1 ? "2026-02-20" : "2026-04-24")
        return try eventBody(event)
    }

    static func passed(_ n: Int, in group: String, letter: String?, score: Int) throws -> Data {
        var event = try Samples.payload(ListenerPassed.self)
        (event.listenerId, event.candidateId, event.groupId, event.score) = (listener(n), candidate(n), group, score)
        event.finalAssessment.grade.letter = letter
        return try eventBody(event)
    }

    /// The events of the two cohorts, in an order a broker may well deliver them.
    static func cohortEvents() throws -> [Data] {
        var expelled = try Samples.payload(ListenerExpelled.self)
        (expelled.listenerId, expelled.candidateId, expelled.groupId) = (listener(4), candidate(4), g1)
        var interrupted = try Samples.payload(ListenerInterrupted.self)
        (interrupted.listenerId, interrupted.candidateId, interrupted.groupId) = (listener(5), candidate(5), g1)
        var moved = try Samples.payload(ListenerTransferred.self)
        (moved.listenerId, moved.candidateId, moved.fromGroupId, moved.toGroupId) = (listener(6), candidate(6), g1, g2)
        (moved.kind, moved.toGroupCode, moved.toStream) = (.transfer, "PD-2026-014-02 <кешкі>", nil)
        var failed = try Samples.payload(ListenerFailed.self)
        (failed.listenerId, failed.candidateId, failed.groupId) = (listener(3), candidate(3), g1)
        var withdrawn = try Samples.payload(CandidateWithdrawn.self)
        withdrawn.candidateId = candidate(8)
        let finishers = { (numbers: [Int]) in
            numbers.map { GroupCompleted.Finisher(listenerId: listener($0), candidateId: candidate($0), fullName: "Тыңдаушы \($0)") }
        }
        return [
            try eventBody(expelled),
            try admitted(1, to: g1, code: "PD-2026-014-01"), try admitted(2, to: g1, code: "PD-2026-014-01"),
            try admitted(3, to: g1, code: "PD-2026-014-01"), try admitted(4, to: g1, code: "PD-2026-014-01"),
            try admitted(5, to: g1, code: "PD-2026-014-01"), try admitted(6, to: g1, code: "PD-2026-014-01"),
            try eventBody(interrupted), try eventBody(moved),
            try eventBody(withdrawn),
            try admitted(7, to: g2, code: "PD-2026-014-02 <кешкі>"), try admitted(8, to: g2, code: "PD-2026-014-02 <кешкі>"),
            try passed(1, in: g1, letter: "A", score: 95), try passed(2, in: g1, letter: "B+", score: 87), try eventBody(failed),
            try eventBody(GroupCompleted(groupId: g1, groupCode: "PD-2026-014-01", programmeCode: "PD-2026-014",
                                         completedOn: "2026-02-20", listeners: finishers([1, 2, 3]))),
            try passed(7, in: g2, letter: "A-", score: 91), try passed(6, in: g2, letter: nil, score: 80),
            try eventBody(GroupCompleted(groupId: g2, groupCode: "PD-2026-014-02 <кешкі>", programmeCode: "PD-2026-014",
                                         completedOn: "2026-04-24", listeners: finishers([6, 7]))),
            try passed(10, in: g0, letter: "B", score: 84),
            try eventBody(GroupCompleted(groupId: g0, groupCode: "PD-2025-014-09", programmeCode: "PD-2026-014",
                                         completedOn: "2026-01-16", listeners: finishers([10]))),
        ]
    }

    /// Follow-up with the programme, both cohorts, and two certified teachers' plans with their activity.
    static func followed() async throws -> ServiceHarness<FollowUpService> {
        let harness = try await ServiceHarness(FollowUpService.self, today: "2026-06-01")
        try await harness.deliver(try Samples.edited(ProgrammeApproved.self) { object in
            var data = object["data"] as! [String: Any]
            (data["code"], data["approvedOn"]) = ("PD-2026-014", "2025-12-01")
            object["data"] = data
        })
        for body in try cohortEvents() { try await harness.deliver(body) }
        var plans: [String] = []
        for n in [1, 2] {
            try await harness.deliver(try eventBody(CertificateIssued(
                certificateId: "00000000-0000-7000-8000-0000000003\(String(format: "%02d", n))",
                registrationNumber: "QDM-2026-00000\(n)", listenerId: listener(n), fullName: "Тыңдаушы \(n)",
                programmeCode: "PD-2026-014", issuedOn: "2026-03-02")))
            plans.append(try #require(try await harness.database.read { db in
                try String.fetchOne(db, sql: "SELECT id FROM plan WHERE listenerId = ?", arguments: [listener(n)])
            }))
        }
        let office = try await harness.token(.operator)
        for (plan, day) in [(plans[0], "2026-03-10"), (plans[0], "2026-04-10"), (plans[1], "2026-05-10")] {
            let answer = try await harness.send(.post, "/v1/plans/\(plan)/consultations", PlanActivityTests.consultation(on: day),
                                                token: office)
            #expect(answer.status == .created)
        }
        let paper = try await harness.send(.post, "/v1/plans/\(plans[0])/publications", [
            "title": "Зерттеу сабағы бастауыш сыныпта", "venue": "Педагогика журналы", "status": "published",
            "reference": "Педагогика, 2026, № 3, 12–18 б.",
        ], token: office)
        #expect(paper.status == .created)
        let event = try await harness.send(.post, "/v1/community-events", [
            "kind": "seminar", "title": "Lesson study: тәжірибе алмасу", "heldOn": "2026-05-20", "mode": "in-person",
            "agenda": "Екі зерттеу сабағын талдау", "participants": plans, "otherParticipants": 12,
        ], token: office)
        #expect(event.status == .created)
        return harness
    }

    @Test("the review's figures are computed from a known set of events")
    func figuresFromKnownEvents() async throws {
        let harness = try await Self.followed()
        let evidence = try await harness.send(.get, "/v1/programmes/PD-2026-014/evidence", token: try await harness.token(.rector))
            .json(ProgrammeEvidence.self)

        #expect(evidence.cohorts.map(\.groupCode) == ["PD-2026-014-01", "PD-2026-014-02 <кешкі>"], "not G0, admitted unheard")
        let first = try #require(evidence.cohorts.first)
        #expect([first.admitted, first.completed, first.passed, first.failed, first.expelled, first.interrupted, first.withdrawn] as [Int]
            == [5, 3, 2, 1, 1, 1, 0])
        #expect([first.completionRate, first.passRate, first.expulsionRate] as [Double?] == [60.0, 66.7, 20.0])
        #expect(first.grades == ["A": 1, "B+": 1])
        #expect(first.averageScore == 91.0)
        let second = try #require(evidence.cohorts.last)
        #expect([second.admitted, second.completed, second.passed, second.withdrawn] as [Int] == [3, 2, 2, 1], "the transfer counts in G2")
        #expect([second.completionRate, second.passRate, second.expulsionRate] as [Double?] == [66.7, 100.0, 0.0])
        #expect(second.grades == ["A-": 1, "pass": 1])
        #expect(second.averageScore == 85.5)
        let totals = evidence.totals
        #expect([totals.admitted, totals.completed, totals.passed, totals.failed, totals.expelled] as [Int] == [8, 5, 4, 1, 1])
        #expect([totals.completionRate, totals.passRate, totals.expulsionRate, totals.averageScore] as [Double?]
            == [62.5, 80.0, 12.5, 88.3])

        let followUp = evidence.followUp
        #expect([followUp.plans, followUp.closed, followUp.consultations, followUp.publications, followUp.published, followUp.events,
                 followUp.participations] as [Int] == [2, 0, 3, 1, 1, 1, 2])
        #expect(followUp.teachers.map(\.consultations) == [2, 1])
        #expect(followUp.teachers.map(\.participations) == [1, 1])
    }

    @Test("the same events delivered again, and a failed attempt older than a pass, change no figure")
    func redeliveryChangesNothing() async throws {
        let harness = try await Self.followed()
        let token = try await harness.token(.operator)
        let before = try await harness.send(.get, "/v1/programmes/PD-2026-014/evidence", token: token).json(ProgrammeEvidence.self)
        // Under new event ids, so the inbox does not stop them: each fact is written as a value.
        for body in try Self.cohortEvents() { try await harness.deliver(body) }
        var older = try Samples.payload(ListenerFailed.self)
        (older.listenerId, older.groupId, older.attempt) = (Self.listener(1), Self.g1, 0)
        try await harness.deliver(try eventBody(older))
        let after = try await harness.send(.get, "/v1/programmes/PD-2026-014/evidence", token: token).json(ProgrammeEvidence.self)
        #expect(after == before)
    }

    @Test("the trend answers as CSV for Excel, and as an SVG chart with every value written and no script")
    func trendAsCSVAndChart() async throws {
        let harness = try await Self.followed()
        let token = try await harness.token(.programmeLeader, subject: "g.akhmetova@centre.kz")

        let csv = try await harness.send(.get, "/v1/programmes/PD-2026-014/evidence?format=csv", token: token)
        #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
        let rows = csv.text.split(separator: "\r\n").map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.count == 4, "a heading, two cohorts, the totals")
        #expect(rows.dropFirst().map { $0[0] } == ["PD-2026-014-01", "PD-2026-014-02 <кешкі>", "total"])
        #expect(Array(rows[1][10...12]) == ["60.0", "66.7", "20.0"])
        #expect(Array(rows[3][3...4]) == ["8", "5"])

        let chart = try await harness.send(.get, "/v1/programmes/PD-2026-014/trend?lang=ru", token: token)
        #expect(chart.headers[.contentType] == "image/svg+xml")
        let svg = try SVGOutline(chart.body)
        #expect(svg.elements["polyline"] == 3, "one line for each rate")
        #expect(svg.elements["script"] == nil)
        #expect(svg.title.contains("PD-2026-014"))
        #expect(svg.texts.contains("PD-2026-014-02 <кешкі>"), "a group's code is text, escaped")
        #expect(["60.0", "66.7", "20.0", "100.0", "0.0"].allSatisfy(svg.texts.contains))
        #expect(svg.texts.contains("Отчислены"))
        #expect(Set(svg.dashes).count == 3, "the lines differ in their dashes, not only their colours")
    }

    @Test("a review keeps the evidence it was recorded with, while the programme's evidence goes on")
    func reviewFreezesItsEvidence() async throws {
        let harness = try await Self.followed()
        let leader = try await harness.token(.programmeLeader, subject: "g.akhmetova@centre.kz")
        var review = MonitoringTests.review
        review["reviewedOn"] = "2026-06-01"
        let recorded = try await harness.send(.post, "/v1/programmes/PD-2026-014/reviews", review, token: leader)
        #expect(recorded.status == .created)
        #expect(try recorded.json(ProgrammeReview.self).evidence?.totals.admitted == 8)

        try await harness.deliver(try Self.admitted(9, to: Self.g2, code: "PD-2026-014-02"))
        let now = try await harness.send(.get, "/v1/programmes/PD-2026-014/evidence", token: leader).json(ProgrammeEvidence.self)
        #expect(now.totals.admitted == 9)
        let reviews = try await harness.send(.get, "/v1/programmes/PD-2026-014/reviews", token: leader).json([ProgrammeReview].self)
        #expect(reviews.map { $0.evidence?.totals.admitted } == [8])
    }

    @Test("a programme leader reads the evidence and reviews of their own programmes only (403), as they do its plans")
    func anotherLeadersEvidence() async throws {
        let harness = try await Self.followed()
        let another = try await harness.token(.programmeLeader, subject: "someone@centre.kz")
        for path in ["evidence", "evidence?format=csv", "trend", "reviews"] {
            let refused = try await harness.send(.get, "/v1/programmes/PD-2026-014/\(path)", token: another)
            #expect(refused.status == .forbidden, "\(path)")
            #expect(refused.text.contains("programme-of-another-leader"), "\(path)")
        }
        let own = try await harness.token(.programmeLeader, subject: "g.akhmetova@centre.kz")
        #expect(try await harness.send(.get, "/v1/programmes/PD-2026-014/evidence", token: own).status == .ok)
    }

    @Test("the chart puts a rate of 0 on the axis and 100 at the top, the cohorts inside the axes, and one cohort alone in the middle")
    func chartGeometry() {
        #expect(TrendChart.y(0) == TrendChart.height - TrendChart.bottom)
        #expect(TrendChart.y(100) == TrendChart.top)
        #expect(TrendChart.x(0, of: 1) == TrendChart.left + TrendChart.plotWidth / 2)
        #expect(TrendChart.x(0, of: 3) == TrendChart.left + TrendChart.inset)
        #expect(TrendChart.x(2, of: 3) == TrendChart.width - TrendChart.right - TrendChart.inset)
        var empty = CohortFigures.of([])
        empty.completionRate = 50
        #expect(TrendChart.points(.pass, [empty]).isEmpty, "nothing assessed: no point")
        #expect(TrendChart.points(.completion, [empty]).map(\.value) == [50])
    }
}

/// What an SVG holds, read by a real XML parser: how many of each element, its title, its
/// texts, and the dash patterns of its lines.
private final class SVGOutline: NSObject, XMLParserDelegate {
    var elements: [String: Int] = [:]
    var title = ""
    var texts: [String] = []
    var dashes: [String] = []
    private var text = ""

    struct Unreadable: Error {}

    init(_ body: ByteBuffer) throws {
        super.init()
        let parser = XMLParser(data: Data(body.readableBytesView))
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? Unreadable() }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements[name, default: 0] += 1
        if name == "polyline", let dash = attributes["stroke-dasharray"] { dashes.append(dash) }
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "title" { title = text }
        if name == "text" { texts.append(text) }
        text = ""
    }
}
