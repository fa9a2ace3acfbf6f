@testable import AssessmentService
import EventContracts
import Testing

@Suite("The letter scale on 100 points")
struct GradeRulesTests {
    @Test("every boundary of the scale gives its letter, grade point and mark", arguments: [
        (0, LetterGrade.f, 0, TraditionalMark.unsatisfactory), (24, .f, 0, .unsatisfactory),
        (25, .fx, 50, .unsatisfactory), (49, .fx, 50, .unsatisfactory),
        (50, .d, 100, .satisfactory), (54, .d, 100, .satisfactory), (55, .dPlus, 133, .satisfactory), (59, .dPlus, 133, .satisfactory),
        (60, .cMinus, 167, .satisfactory), (64, .cMinus, 167, .satisfactory), (65, .c, 200, .satisfactory), (69, .c, 200, .satisfactory),
        (70, .cPlus, 233, .good), (74, .cPlus, 233, .good), (75, .bMinus, 267, .good), (79, .bMinus, 267, .good),
        (80, .b, 300, .good), (84, .b, 300, .good), (85, .bPlus, 333, .good), (89, .bPlus, 333, .good),
        (90, .aMinus, 367, .excellent), (94, .aMinus, 367, .excellent), (95, .a, 400, .excellent), (100, .a, 400, .excellent),
    ])
    func boundaries(points: Int, letter: LetterGrade, gradePoint: Int, mark: TraditionalMark) throws {
        let grade = try #require(LetterGrade(points: points))
        #expect(grade == letter)
        #expect(grade.gradePointHundredths == gradePoint)
        #expect(grade.mark == mark)
        #expect(grade.passes == (points >= 50))
    }

    @Test("points off the scale have no letter", arguments: [-1, 101, Int.min, Int.max])
    func offTheScale(points: Int) {
        #expect(LetterGrade(points: points) == nil)
    }

    @Test("the bands cover 0 to 100 once, highest first")
    func bandsCoverTheScaleOnce() {
        let bands = LetterGrade.allCases.map(\.points)
        #expect(bands.first?.upperBound == 100)
        #expect(bands.last?.lowerBound == 0)
        for (higher, lower) in zip(bands, bands.dropFirst()) { #expect(lower.upperBound + 1 == higher.lowerBound) }
    }

    @Test("the events' list of letters is the scale's, best first")
    func contractListsTheScale() {
        #expect(GradeRecord.letters == LetterGrade.allCases.map(\.rawValue))
    }

    @Test("the marks read in Kazakh and Russian as on the paper")
    func words() {
        #expect(LetterGrade.a.mark.word.ru == "отлично")
        #expect(LetterGrade.bPlus.mark.word.kk == "жақсы")
        #expect(LetterGrade.d.mark.word.ru == "удовлетворительно")
        #expect(LetterGrade.fx.mark.word.kk == "қанағаттанарлықсыз")
    }
}
