import ServiceKit

/// What may become of a certificate: only one that stands may be revoked or reissued. A
/// superseded one lives on in its replacement, which is the one to act on; a revoked one is
/// final (issue a new one only on a new pass).
enum CertificateRules {
    enum Refusal: RuleRefusal {
        case revoked
        case superseded

        /// 7.6: the registry keeps every certificate as it was, and what became of it.
        var clause: String? { "7.6" }
    }

    static func checkStands(_ certificate: Certificate) throws(Refusal) {
        switch certificate.status {
        case .valid: return
        case .revoked: throw .revoked
        case .superseded: throw .superseded
        }
    }
}
