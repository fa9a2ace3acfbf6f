import FollowUpService
import ServiceKit

await ServiceCommand<FollowUpService>.start()
