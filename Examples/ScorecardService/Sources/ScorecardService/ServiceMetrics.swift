import Synchronization

/// The few counters `/metrics` shows in Prometheus's text format: requests by route and status class, their
/// total time, and what imports stored. Kept by hand under a `Mutex`: no metrics backend, no global bootstrap.
final class ServiceMetrics: Sendable {
    private struct State {
        var requests: [String: Int] = [:]  // "route status-class" → count
        var seconds: [String: Double] = [:]  // route → total seconds
        var batchesStored = 0
        var batchesAlreadyStored = 0
        var activitiesStored = 0
    }

    private let state = Mutex(State())

    func request(route: String, status: Int, seconds: Double) {
        state.withLock {
            $0.requests["\(route) \(status / 100)xx", default: 0] += 1
            $0.seconds[route, default: 0] += seconds
        }
    }

    func imported(activities: Int, alreadyStored: Bool) {
        state.withLock {
            if alreadyStored {
                $0.batchesAlreadyStored += 1
            } else {
                $0.batchesStored += 1
                $0.activitiesStored += activities
            }
        }
    }

    /// The counters in Prometheus's text exposition format.
    func render() -> String {
        let state = state.withLock { $0 }
        var text = "# HELP sco_http_requests_total HTTP requests answered, by route and status class.\n"
        text += "# TYPE sco_http_requests_total counter\n"
        for (key, count) in state.requests.sorted(by: { $0.key < $1.key }) {
            let parts = key.split(separator: " ")
            text += "sco_http_requests_total{route=\"\(parts[0])\",status=\"\(parts[1])\"} \(count)\n"
        }
        text += "# HELP sco_http_request_seconds_total Time spent answering requests, by route.\n"
        text += "# TYPE sco_http_request_seconds_total counter\n"
        for (route, seconds) in state.seconds.sorted(by: { $0.key < $1.key }) {
            text += "sco_http_request_seconds_total{route=\"\(route)\"} \(seconds)\n"
        }
        text += "# HELP sco_import_batches_total Activity batches imported, by outcome.\n"
        text += "# TYPE sco_import_batches_total counter\n"
        text += "sco_import_batches_total{outcome=\"stored\"} \(state.batchesStored)\n"
        text += "sco_import_batches_total{outcome=\"already-stored\"} \(state.batchesAlreadyStored)\n"
        text += "# HELP sco_import_activities_total Activities stored by this instance.\n"
        text += "# TYPE sco_import_activities_total counter\n"
        text += "sco_import_activities_total \(state.activitiesStored)\n"
        return text
    }
}
