import Metrics
import Prometheus

/// The process's metrics registry. The metrics system can be bootstrapped once per process,
/// so it is done on first use, whoever comes first (a service, a test, a benchmark).
public enum PrometheusSetup {
    public static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()
}
