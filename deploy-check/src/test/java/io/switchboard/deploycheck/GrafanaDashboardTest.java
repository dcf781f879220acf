package io.switchboard.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The Grafana dashboard is a ConfigMap Grafana picks up, and it only asks for metrics that exist. */
class GrafanaDashboardTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDashboardIsAConfigMapForGrafanasSidecarAndParses() throws IOException {
        JsonNode configMap = Manifests.find(Kustomize.render("overlays/prod"), "ConfigMap", "switchboard-grafana-dashboard").orElseThrow();
        assertThat(Manifests.label(configMap, "grafana_dashboard")).isEqualTo("1");
        JsonNode dashboard = JSON.readTree(configMap.path("data").path("switchboard-dashboard.json").asText());
        assertThat(dashboard.path("title").asText()).isEqualTo("Switchboard");
        assertThat(expressions(dashboard)).hasSizeGreaterThan(10);
    }

    @Test
    void everyMetricTheDashboardUsesIsRegisteredByTheCodeOrAQuarkusBinder() throws IOException {
        JsonNode dashboard = JSON.readTree(Repo.read("deploy/k8s/base/monitoring/switchboard-dashboard.json"));
        assertThat(unknownMetrics(dashboard, MeterNames.allowed())).isEmpty();
    }

    @Test
    void theDashboardCoversThePipelineAndPresence() throws IOException {
        JsonNode dashboard = JSON.readTree(Repo.read("deploy/k8s/base/monitoring/switchboard-dashboard.json"));
        Set<String> used = new TreeSet<>();
        expressions(dashboard).forEach(e -> used.addAll(PromQl.metricNames(e)));
        assertThat(used).contains("switchboard_outbox_published_total", "switchboard_outbox_lag_seconds",
                "kafka_consumer_fetch_manager_records_consumed_total", "switchboard_presence_inbound_lag_seconds",
                "http_server_requests_seconds_count", "jvm_memory_used_bytes");
    }

    @Test
    void theCheckFindsAMetricNobodyRegisters() {
        // the allowed list comes from the sources; the check must notice a name that is not in it
        assertThat(MeterNames.ofSources()).contains("switchboard_outbox_published_total", "switchboard_assigner_tasks_total",
                "switchboard_presence_inbound_lag_seconds_count");
        JsonNode dashboard = JSON.createObjectNode().set("panels", JSON.createArrayNode().add(JSON.createObjectNode()
                .set("targets", JSON.createArrayNode().add(JSON.createObjectNode()
                        .put("expr", "sum by (topic) (rate(switchboard_outbox_publishd_total{namespace=\"x\"}[5m])) / on (pod) up")))));
        assertThat(unknownMetrics(dashboard, MeterNames.allowed())).containsExactly("switchboard_outbox_publishd_total", "up");
    }

    @Test
    void promQlMetricNamesSkipFunctionsLabelsAndRanges() {
        assertThat(PromQl.metricNames("histogram_quantile(0.99, sum by (le, service) (rate(a_seconds_bucket{x=\"rate(b)\"}[5m])))"
                + " / ignoring (pod) max without (tenant) (c_total offset 5m)"))
                .containsExactly("a_seconds_bucket", "c_total");
    }

    static Set<String> unknownMetrics(JsonNode dashboard, Set<String> allowed) {
        Set<String> unknown = new TreeSet<>();
        expressions(dashboard).forEach(e -> PromQl.metricNames(e).stream().filter(n -> !allowed.contains(n)).forEach(unknown::add));
        return unknown;
    }

    private static List<String> expressions(JsonNode dashboard) {
        List<String> expressions = new ArrayList<>();
        dashboard.findValues("targets").forEach(targets -> targets.forEach(t -> expressions.add(t.path("expr").asText())));
        return expressions;
    }
}
