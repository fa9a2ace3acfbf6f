import CertificationService
import ServiceKit

await ServiceCommand<CertificationService>.start()
