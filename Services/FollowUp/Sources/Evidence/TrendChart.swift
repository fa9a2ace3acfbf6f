import EventContracts
import ServiceKit

/// A programme's trend across its cohorts as an SVG chart: the completion, pass and expulsion
/// rates of each cohort in the order they ran, 0–100 %. It is plain markup, readable without
/// a script: every point has its value written beside it, and the lines differ in their dashes
/// as well as their colours, so a print in black and white still tells them apart.
enum TrendChart {
    static let width = 720.0, height = 420.0
    static let left = 56.0, right = 24.0, top = 96.0, bottom = 100.0
    /// Between the axes and the first and last cohorts, so that their codes and values fit.
    static let inset = 64.0
    static var plotWidth: Double { width - left - right }
    static var plotHeight: Double { height - top - bottom }

    enum Rate: CaseIterable {
        case completion, pass, expulsion

        func value(_ figures: CohortFigures) -> Double? {
            switch self {
            case .completion: figures.completionRate
            case .pass: figures.passRate
            case .expulsion: figures.expulsionRate
            }
        }

        var label: Localized {
            switch self {
            case .completion: Localized(kk: "Курсты аяқтағандар", ru: "Завершили курс", en: "Completed")
            case .pass: Localized(kk: "Аттестациядан өткендер", ru: "Прошли аттестацию", en: "Passed")
            case .expulsion: Localized(kk: "Шығарылғандар", ru: "Отчислены", en: "Expelled")
            }
        }

        var dash: String {
            switch self {
            case .completion: "none"
            case .pass: "8 4"
            case .expulsion: "2 4"
            }
        }

        var colour: String {
            switch self {
            case .completion: "#1f5fa8"
            case .pass: "#2e7d32"
            case .expulsion: "#b3261e"
            }
        }
    }

    struct Point: Equatable {
        var x: Double
        var y: Double
        var value: Double
    }

    /// Where the `index`th of `count` cohorts stands: spread evenly, one alone in the middle.
    static func x(_ index: Int, of count: Int) -> Double {
        count < 2 ? left + plotWidth / 2 : left + inset + (plotWidth - 2 * inset) * Double(index) / Double(count - 1)
    }

    /// How far above its point a value is written: each rate on a line of its own, so that
    /// the values of rates that meet stay readable.
    static func labelOffset(_ rate: Rate) -> Double { 8 + 14 * Double(Rate.allCases.firstIndex(of: rate)!) }

    /// How high a rate stands: 0 % on the axis, 100 % at the top.
    static func y(_ percent: Double) -> Double { top + plotHeight * (100 - min(max(percent, 0), 100)) / 100 }

    /// The points of one rate, a cohort with nothing to count left out.
    static func points(_ rate: Rate, _ cohorts: [CohortFigures]) -> [Point] {
        cohorts.enumerated().compactMap { index, figures in
            rate.value(figures).map { Point(x: x(index, of: cohorts.count), y: y($0), value: $0) }
        }
    }

    static func svg(_ evidence: ProgrammeEvidence, in language: Language) -> String {
        let title = language == .kk ? evidence.titleKk : evidence.titleRu
        let heading = Localized(kk: "Когорталар бойынша үрдіс", ru: "Динамика по когортам", en: "Trend across cohorts")
        let description = Localized(
            kk: "Әр топтың курсты аяқтау, аттестациядан өту және шығарылу үлесі, пайызбен",
            ru: "Доля завершивших курс, прошедших аттестацию и отчисленных в каждой группе, в процентах",
            en: "Each group's completion, pass and expulsion rates, in percent")
        let cohorts = evidence.cohorts
        let values: [String: Any] = [
            "width": width, "height": height, "title": "\(evidence.programmeCode) · \(title)",
            "heading": heading.text(in: language), "description": description.text(in: language),
            "left": left, "right": width - right, "axisY": y(0), "labelX": left - 8,
            "grid": stride(from: 0, through: 100, by: 25).map { ["y": y(Double($0)), "label": $0] },
            "cohorts": cohorts.enumerated().map { index, figures in
                ["x": x(index, of: cohorts.count), "y": y(0) + 20, "code": figures.groupCode ?? figures.groupId ?? ""]
            },
            "series": Rate.allCases.enumerated().map { index, rate in
                let points = points(rate, cohorts)
                return [
                    "colour": rate.colour, "dash": rate.dash, "label": rate.label.text(in: language),
                    "points": points.map { "\(rounded($0.x)),\(rounded($0.y))" }.joined(separator: " "),
                    "marks": points.map { ["x": rounded($0.x), "y": rounded($0.y), "labelY": rounded($0.y - labelOffset(rate)), "value": $0.value] },
                    "legendX": left + Double(index) * 210, "legendY": height - 28,
                ] as [String: Any]
            },
        ]
        return template.render(values)
    }

    private static func rounded(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    /// Mustache escapes every value, so a group's code is always text in the markup.
    private static let template = HTMLPage("""
        <svg xmlns="http://www.w3.org/2000/svg" width="{{width}}" height="{{height}}" viewBox="0 0 {{width}} {{height}}" \
        role="img" aria-labelledby="title description" font-family="DejaVu Sans, sans-serif" font-size="12">
        <title id="title">{{title}}</title>
        <desc id="description">{{heading}}: {{description}}</desc>
        <rect width="{{width}}" height="{{height}}" fill="#ffffff"/>
        <text x="{{left}}" y="24" font-size="15" font-weight="bold">{{title}}</text>
        <text x="{{left}}" y="42" fill="#444444">{{heading}}, %</text>
        {{#grid}}
        <line x1="{{left}}" x2="{{right}}" y1="{{y}}" y2="{{y}}" stroke="#d0d0d0"/>
        <text x="{{labelX}}" y="{{y}}" text-anchor="end" dominant-baseline="middle">{{label}}</text>
        {{/grid}}
        <line x1="{{left}}" x2="{{right}}" y1="{{axisY}}" y2="{{axisY}}" stroke="#000000"/>
        {{#cohorts}}
        <text x="{{x}}" y="{{y}}" text-anchor="middle">{{code}}</text>
        {{/cohorts}}
        {{#series}}
        <g>
        <polyline fill="none" stroke="{{colour}}" stroke-width="2" stroke-dasharray="{{dash}}" points="{{points}}"/>
        {{#marks}}
        <circle cx="{{x}}" cy="{{y}}" r="3.5" fill="{{colour}}"/>
        <text x="{{x}}" y="{{labelY}}" text-anchor="middle" fill="{{colour}}">{{value}}</text>
        {{/marks}}
        <path d="M{{legendX}} {{legendY}} h28" stroke="{{colour}}" stroke-width="2" stroke-dasharray="{{dash}}"/>
        <text x="{{legendX}}" y="{{legendY}}" dx="34" dominant-baseline="middle">{{label}}</text>
        </g>
        {{/series}}
        </svg>

        """)
}
