import AssessmentService
import ServiceKit

await ServiceCommand<AssessmentService>.start()
