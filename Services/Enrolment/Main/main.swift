import EnrolmentService
import ServiceKit

await ServiceCommand<EnrolmentService>.start()
