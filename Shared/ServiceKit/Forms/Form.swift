import EventContracts
import Foundation
import OpenAPIKit

/// A part of a form: an object inside it, or the whole. Every field is optional when decoded,
/// so that a missing one is reported with the others, by the checks, rather than failing the
/// decoding; the form read from `{}` is then the form with nothing filled in.
public protocol FormPart: Codable, Sendable {}

extension FormPart {
    /// The part with nothing filled in (nil only for a part that is not all optional fields).
    static var empty: Self? { try? JSONDecoder().decode(Self.self, from: Data("{}".utf8)) }
}

/// What a request carries in its JSON body (or, for a query form, in its query): its fields
/// as given, and how they are read into the operation's input.
///
/// `read` is written once and does both of a form's jobs: run on a request, it checks every
/// field and returns the valid input; run on the empty form, it describes every field for the
/// API document (`schema`). So the document cannot say less, or more, than the checks do.
public protocol Form: FormPart {
    associatedtype Valid: Sendable
    /// Reads every field, recording each problem under its name; nil if any field was wrong.
    func read(_ check: inout FieldValidator) -> Valid?
    /// The form's JSON Schema, from `read`.
    static var schema: JSONSchema { get }
}

extension Form {
    public static var schema: JSONSchema { described.schema }

    /// The form as a query's parameters.
    static var parameterSchema: JSONSchema { described.parameters }

    /// The names of the form's own fields: for a query, the parameters there are.
    static var fieldNames: [String] { described.topLevelNames }

    private static var described: FormShape {
        var check = FieldValidator(describing: true)
        // A form is a struct of optional fields: `{}` always decodes.
        _ = empty?.read(&check)
        return check.shape
    }

    /// The valid input, or a 422 naming every field that is wrong.
    public func validated(today: CalendarDate) throws -> Valid {
        var check = FieldValidator(today: today)
        let valid = read(&check)
        return try check.valid(valid)
    }
}

/// A form's reading returned nothing but named no problem: a mistake in the form's code.
struct IncompleteForm: Error, CustomStringConvertible {
    let form: String
    var description: String { "reading a \(form) returned no value and recorded no problem" }
}
