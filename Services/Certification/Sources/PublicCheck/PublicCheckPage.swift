import EventContracts
import Foundation
import ServiceKit

/// The public check as a page, for whoever scans the QR code with a phone: the certificate's
/// standing first, in the reader's language, then what it says, then the other two ways to
/// check (the number with the surname, and a PDF file).
enum PublicCheckPage {
    /// `certificate` nil: nothing was found (a wrong code, or a number and surname that do not
    /// match), or nothing was asked yet (`asked` false).
    static func values(_ certificate: PublicCertificate?, asked: Bool, path: String, number: String? = nil,
                       surname: String? = nil, in language: Language) -> [String: Any] {
        func text(_ localized: Localized) -> String { localized.text(in: language) }
        var values: [String: Any] = [
            "lang": language.rawValue,
            "title": text(PublicCheckText.title),
            "languages": [(Language.kk, "Қазақша"), (.ru, "Русский"), (.en, "English")].map { choice, label in
                ["href": "\(path)?lang=\(choice.rawValue)" + (number.map { "&number=\(escaped($0))" } ?? "")
                    + (surname.map { "&surname=\(escaped($0))" } ?? ""), "label": label, "current": choice == language] as [String: Any]
            },
            "lookup": text(PublicCheckText.lookup), "numberLabel": text(PublicCheckText.number),
            "surnameLabel": text(PublicCheckText.surname), "check": text(PublicCheckText.check),
            "number": number ?? "", "surname": surname ?? "",
            "fileTitle": text(PublicCheckText.file), "fileHelp": text(PublicCheckText.fileHelp),
            "fileIssued": text(PublicCheckText.fileIssued), "fileNotIssued": text(PublicCheckText.fileNotIssued),
            "fileFailed": text(PublicCheckText.fileFailed),
        ]
        if asked && certificate == nil { values["notFound"] = text(PublicCheckText.notFound) }
        if let certificate { values["certificate"] = self.certificate(certificate, in: language) }
        return values
    }

    /// A value as a query's part: what the visitor typed may hold `&` or `=`.
    static func escaped(_ value: String) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+#")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    static func certificate(_ certificate: PublicCertificate, in language: Language) -> [String: Any] {
        func text(_ localized: Localized) -> String { localized.text(in: language) }
        var values: [String: Any] = [
            "nameLabel": text(PublicCheckText.name), "fullName": certificate.fullName,
            "courseLabel": text(PublicCheckText.course),
            "course": (language == .kk ? certificate.titleKk : certificate.titleRu) ?? certificate.programmeCode,
            "issuedOnLabel": text(PublicCheckText.issuedOn), "issuedOn": certificate.issuedOn.dotted,
            "numberLabel": text(PublicCheckText.number), "registrationNumber": certificate.registrationNumber,
        ]
        if let hours = certificate.hours {
            values["hoursLabel"] = text(PublicCheckText.hours)
            values["hours"] = text(PublicCheckText.hours(hours))
        }
        switch certificate.status {
        case .valid:
            values["standing"] = "valid"
            values["statusText"] = text(PublicCheckText.valid)
        case .revoked:
            values["standing"] = "revoked"
            values["statusText"] = text(PublicCheckText.revoked)
            if let on = certificate.revokedOn, let reason = certificate.revocationReason {
                values["statusDetail"] = text(PublicCheckText.revokedOn(on.dotted, reason: reason))
            }
        case .superseded:
            values["standing"] = "superseded"
            values["statusText"] = text(PublicCheckText.superseded)
            if let replacedBy = certificate.replacedBy {
                values["replacedBy"] = replacedBy
                values["replacementText"] = text(PublicCheckText.replacement)
            }
        }
        return values
    }

    static let page = HTMLPage(template)

    static let template = """
        <!doctype html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{{title}}</title>
        <style>
        body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f4f5f7; color: #1d2330; }
        main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
        nav a { margin-right: .75rem; }
        nav a[aria-current] { font-weight: bold; text-decoration: none; color: inherit; }
        .standing { padding: 1rem; border-radius: .5rem; margin: 1rem 0; color: #fff; }
        .valid { background: #1e7b3a; } .revoked, .missing { background: #b3261e; } .superseded { background: #8a5a00; }
        .standing a { color: #fff; }
        dl { background: #fff; padding: 1rem; border-radius: .5rem; }
        dt { font-size: .85rem; color: #5a6273; } dd { margin: 0 0 .75rem; font-weight: 600; }
        section { background: #fff; padding: 1rem; border-radius: .5rem; margin: 1rem 0; }
        #file.over { outline: 3px dashed #1e5bb8; }
        label { display: block; margin: .5rem 0 .25rem; } input[type=text] { width: 100%; padding: .4rem; box-sizing: border-box; }
        button { margin-top: .75rem; padding: .5rem 1rem; }
        </style>
        </head>
        <body>
        <main>
        <nav>{{#languages}}<a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a>{{/languages}}</nav>
        <h1>{{title}}</h1>
        {{#certificate}}
        <div class="standing {{standing}}" id="standing"><strong>{{statusText}}</strong>
        {{#statusDetail}}<div>{{statusDetail}}</div>{{/statusDetail}}
        {{#replacedBy}}<div><a href="{{replacedBy}}">{{replacementText}}</a></div>{{/replacedBy}}
        </div>
        <dl>
        <dt>{{nameLabel}}</dt><dd id="name">{{fullName}}</dd>
        <dt>{{courseLabel}}</dt><dd>{{course}}</dd>
        {{#hours}}<dt>{{hoursLabel}}</dt><dd>{{hours}}</dd>{{/hours}}
        <dt>{{issuedOnLabel}}</dt><dd>{{issuedOn}}</dd>
        <dt>{{numberLabel}}</dt><dd>{{registrationNumber}}</dd>
        </dl>
        {{/certificate}}
        {{#notFound}}<div class="standing missing" id="standing"><strong>{{notFound}}</strong></div>{{/notFound}}
        <section>
        <h2>{{lookup}}</h2>
        <form method="get" action="/v1/public/certificates">
        <input type="hidden" name="lang" value="{{lang}}">
        <label for="number">{{numberLabel}}</label><input type="text" id="number" name="number" value="{{number}}" required maxlength="64">
        <label for="surname">{{surnameLabel}}</label><input type="text" id="surname" name="surname" value="{{surname}}" required maxlength="100">
        <button type="submit">{{check}}</button>
        </form>
        </section>
        <section id="file" data-issued="{{fileIssued}}" data-not-issued="{{fileNotIssued}}" data-failed="{{fileFailed}}">
        <h2>{{fileTitle}}</h2>
        <p>{{fileHelp}}</p>
        <input type="file" id="pdf" accept="application/pdf">
        <p id="file-result" role="status"></p>
        </section>
        </main>
        <script>
        (function () {
          var area = document.getElementById('file'), input = document.getElementById('pdf');
          var result = document.getElementById('file-result');
          function check(file) {
            if (!file) { return; }
            fetch('/v1/public/file-checks', { method: 'POST', body: file,
                   headers: { 'Content-Type': 'application/pdf', 'Accept': 'application/json' } })
              .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
              .then(function (answer) {
                result.textContent = answer.issued
                  ? area.dataset.issued + ' ' + answer.certificate.registrationNumber + ', ' + answer.certificate.fullName
                  : area.dataset.notIssued;
              })
              .catch(function () { result.textContent = area.dataset.failed; });
          }
          input.addEventListener('change', function () { check(input.files[0]); });
          area.addEventListener('dragover', function (e) { e.preventDefault(); area.classList.add('over'); });
          area.addEventListener('dragleave', function () { area.classList.remove('over'); });
          area.addEventListener('drop', function (e) {
            e.preventDefault(); area.classList.remove('over'); check(e.dataTransfer.files[0]);
          });
        })();
        </script>
        </body>
        </html>
        """
}
