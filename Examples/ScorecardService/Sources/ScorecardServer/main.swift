import Foundation
import Hummingbird
import Logging
import SalesCompetency
import ScorecardService

// The scorecard service: configuration from the environment (see ServiceConfiguration), logs to standard error.
let environment = ProcessInfo.processInfo.environment
var logger = Logger(label: "scorecard-service")
logger.logLevel = environment["SCO_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
let configuration: ServiceConfiguration
do {
    configuration = try ServiceConfiguration(environment: environment)
} catch {
    FileHandle.standardError.write(Data("scorecard-service: \(error)\n".utf8))
    exit(2)
}
logger[metadataKey: "instance"] = "\(configuration.instance)"
let service = try ScorecardService(configuration: configuration, clock: SystemClock(), logger: logger)
try await service.application().runService()
