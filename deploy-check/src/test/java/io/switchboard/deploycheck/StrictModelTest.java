package io.switchboard.deploycheck;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The validator can fail: for each family of models (Kubernetes core/apps/autoscaling/policy/networking,
 * Strimzi, Prometheus Operator) a valid object passes, and the same object with a misspelled field, a value of
 * the wrong type or an unknown enum value is rejected, naming the field.
 */
class StrictModelTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: demo}
            spec:
              %s
              selector: {matchLabels: {app: demo}}
              template:
                metadata: {labels: {app: demo}}
                spec:
                  containers:
                    - name: demo
                      image: demo:1
                      resources: {limits: {memory: 512Mi}}
            """;
    private static final String HPA = """
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: {name: demo}
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: demo}
              %s
              maxReplicas: 3
            """;
    private static final String PDB = """
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata: {name: demo}
            spec:
              %s
              selector: {matchLabels: {app: demo}}
            """;
    private static final String NETWORK_POLICY = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: demo}
            spec:
              podSelector: {}
              %s
            """;
    private static final String TOPIC = """
            apiVersion: kafka.strimzi.io/v1beta2
            kind: KafkaTopic
            metadata: {name: demo, labels: {strimzi.io/cluster: switchboard}}
            spec:
              %s
              replicas: 3
            """;
    private static final String USER = """
            apiVersion: kafka.strimzi.io/v1beta2
            kind: KafkaUser
            metadata: {name: demo}
            spec:
              authentication: {type: scram-sha-512}
              authorization:
                type: simple
                acls:
                  - resource: {type: topic, name: demo}
                    %s
            """;
    private static final String SERVICE_MONITOR = """
            apiVersion: monitoring.coreos.com/v1
            kind: ServiceMonitor
            metadata: {name: demo}
            spec:
              selector: {matchLabels: {app: demo}}
              endpoints:
                - port: http
                  %s
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Deployment, misspelled field      | DEPLOYMENT      | 'replicas: 2'                    | 'replica: 2'
            Deployment, wrong type            | DEPLOYMENT      | 'replicas: 2'                    | 'replicas: two'
            Deployment, number as string      | DEPLOYMENT      | 'replicas: 2'                    | 'replicas: "2"'
            HPA, misspelled field             | HPA             | 'minReplicas: 1'                 | 'minReplica: 1'
            PDB, wrong type                   | PDB             | 'minAvailable: 1'                | 'minAvailable: [1]'
            NetworkPolicy, misspelled field   | NETWORK_POLICY  | 'policyTypes: [Ingress]'         | 'policyType: [Ingress]'
            KafkaTopic, misspelled field      | TOPIC           | 'partitions: 3'                  | 'partition: 3'
            KafkaTopic, wrong type            | TOPIC           | 'partitions: 3'                  | 'partitions: many'
            KafkaUser, unknown ACL operation  | USER            | 'operations: [Read]'             | 'operations: [Reed]'
            KafkaUser, misspelled field       | USER            | 'operations: [Read]'             | 'operation: [Read]'
            ServiceMonitor, misspelled field  | SERVICE_MONITOR | 'path: /q/metrics'               | 'paths: /q/metrics'
            ServiceMonitor, wrong type        | SERVICE_MONITOR | 'path: /q/metrics'               | 'path: {value: /q/metrics}'
            """)
    void rejectsWhatTheModelDoesNotHave(String caseName, String template, String valid, String broken) {
        String yaml = switch (template) {
            case "DEPLOYMENT" -> DEPLOYMENT;
            case "HPA" -> HPA;
            case "PDB" -> PDB;
            case "NETWORK_POLICY" -> NETWORK_POLICY;
            case "TOPIC" -> TOPIC;
            case "USER" -> USER;
            case "SERVICE_MONITOR" -> SERVICE_MONITOR;
            default -> throw new IllegalArgumentException(template);
        };
        assertThatCode(() -> StrictModel.validate(parse(yaml.formatted(valid)))).as("valid " + caseName).doesNotThrowAnyException();
        String field = broken.substring(0, broken.indexOf(':'));
        assertThatThrownBy(() -> StrictModel.validate(parse(yaml.formatted(broken))))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(field);
    }

    @ParameterizedTest
    @CsvSource({"v1, Deployment", "apps/v1, Depolyment", "kafka.strimzi.io/v1alpha1, KafkaTopic"})
    void rejectsKindsWithoutAModel(String apiVersion, String kind) {
        assertThatThrownBy(() -> StrictModel.validate(parse("{apiVersion: %s, kind: %s, metadata: {name: x}}".formatted(apiVersion, kind))))
                .isInstanceOf(AssertionError.class).hasMessageContaining("no model");
    }

    private static JsonNode parse(String yaml) {
        return Kustomize.parse(yaml).get(0);
    }
}
