package io.switchboard.deploycheck;

import static io.switchboard.deploycheck.Manifests.container;
import static io.switchboard.deploycheck.Manifests.name;
import static io.switchboard.deploycheck.Manifests.ofKind;
import static io.switchboard.deploycheck.Manifests.selects;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every Deployment needs to run well: probes, resources, a locked-down container, and its companions. */
class WorkloadRulesTest {

    private static final List<String> SERVICES =
            List.of("directory-watcher", "rule-engine", "number-inventory", "teams-assigner", "presence-bridge");

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyServiceIsDeployed(String overlay) {
        assertThat(ofKind(Kustomize.render(overlay), "Deployment")).extracting(Manifests::name).containsAll(SERVICES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyContainerHasProbesAndResources(String overlay) {
        for (JsonNode deployment : ofKind(Kustomize.render(overlay), "Deployment")) {
            JsonNode c = container(deployment);
            String what = overlay + " " + name(deployment);
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertThat(c.has(probe)).as(what + " " + probe).isTrue();
            }
            for (String bound : List.of("requests", "limits")) {
                assertThat(c.path("resources").path(bound).has("cpu") || bound.equals("limits"))
                        .as(what + " cpu " + bound).isTrue();
                assertThat(c.path("resources").path(bound).has("memory")).as(what + " memory " + bound).isTrue();
            }
            assertThat(c.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true)).as(what).isFalse();
            assertThat(c.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).as(what).isTrue();
            assertThat(deployment.path("spec").path("template").path("spec").path("securityContext").path("runAsNonRoot").asBoolean())
                    .as(what + " runAsNonRoot").isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void quarkusServicesUseTheirHealthEndpointsAndAWritableTmp(String overlay) {
        for (JsonNode deployment : ofKind(Kustomize.render(overlay), "Deployment")) {
            if (!container(deployment).path("image").asText().contains("switchboard/")) {
                continue; // the dev PostgreSQL
            }
            JsonNode c = container(deployment);
            String what = overlay + " " + name(deployment);
            assertThat(c.path("startupProbe").path("httpGet").path("path").asText()).as(what).isEqualTo("/q/health/started");
            assertThat(c.path("livenessProbe").path("httpGet").path("path").asText()).as(what).isEqualTo("/q/health/live");
            assertThat(c.path("readinessProbe").path("httpGet").path("path").asText()).as(what).isEqualTo("/q/health/ready");
            Set<String> emptyDirs = new HashSet<>();
            deployment.path("spec").path("template").path("spec").path("volumes").forEach(v -> {
                if (v.has("emptyDir")) {
                    emptyDirs.add(v.path("name").asText());
                }
            });
            assertThat(c.path("volumeMounts").findParents("mountPath")).as(what + " /tmp on an emptyDir")
                    .anyMatch(m -> m.path("mountPath").asText().equals("/tmp") && emptyDirs.contains(m.path("name").asText()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyDeploymentHasAServiceAPdbAndUnlessSingleWriterAnHpa(String overlay) {
        List<JsonNode> objects = Kustomize.render(overlay);
        for (JsonNode deployment : ofKind(objects, "Deployment")) {
            JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
            String what = overlay + " " + name(deployment);
            assertThat(selects(deployment.path("spec").path("selector").path("matchLabels"), podLabels)).as(what + " selector").isTrue();
            assertThat(ofKind(objects, "Service")).as(what + " Service")
                    .anyMatch(s -> selects(s.path("spec").path("selector"), podLabels));
            assertThat(ofKind(objects, "PodDisruptionBudget")).as(what + " PDB")
                    .anyMatch(p -> selects(p.path("spec").path("selector").path("matchLabels"), podLabels));
            boolean singleWriter = deployment.path("metadata").path("annotations").path("switchboard.io/single-writer").asText().equals("true");
            boolean scaled = ofKind(objects, "HorizontalPodAutoscaler").stream()
                    .anyMatch(h -> h.path("spec").path("scaleTargetRef").path("name").asText().equals(name(deployment)));
            assertThat(scaled).as(what + " has an HPA unless it is a single writer").isEqualTo(!singleWriter);
            if (scaled) {
                assertThat(deployment.path("spec").has("replicas")).as(what + ": the HPA owns the replica count").isFalse();
            }
            if (singleWriter) {
                assertThat(deployment.path("spec").path("replicas").asInt()).as(what + " single writer").isEqualTo(1);
                assertThat(deployment.path("spec").path("strategy").path("type").asText()).as(what).isEqualTo("Recreate");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void theNamespaceDeniesByDefault(String overlay) {
        assertThat(ofKind(Kustomize.render(overlay), "NetworkPolicy")).anyMatch(p -> p.path("spec").path("podSelector").isEmpty()
                && p.path("spec").path("policyTypes").toString().contains("Ingress")
                && p.path("spec").path("policyTypes").toString().contains("Egress")
                && !p.path("spec").has("ingress") && !p.path("spec").has("egress"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyReferencedSecretAndConfigMapExists(String overlay) {
        List<JsonNode> objects = Kustomize.render(overlay);
        Set<String> secrets = new HashSet<>(ofKind(objects, "Secret").stream().map(Manifests::name).toList());
        // made by the Strimzi operators: the cluster CA and one Secret per KafkaUser
        secrets.add("switchboard-cluster-ca-cert");
        ofKind(objects, "KafkaUser").forEach(u -> secrets.add(name(u)));
        if (overlay.endsWith("prod")) {
            // created by the operator of the installation, as the example shows
            Kustomize.parse(Repo.read("deploy/k8s/overlays/prod/secret.example.yaml")).forEach(s -> secrets.add(name(s)));
        }
        Set<String> configMaps = new HashSet<>(ofKind(objects, "ConfigMap").stream().map(Manifests::name).toList());
        for (JsonNode deployment : ofKind(objects, "Deployment")) {
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            String what = overlay + " " + name(deployment);
            assertThat(pod.findValues("secretKeyRef")).extracting(r -> r.path("name").asText()).as(what).allMatch(secrets::contains);
            assertThat(pod.findValues("secretRef")).extracting(r -> r.path("name").asText()).as(what).allMatch(secrets::contains);
            assertThat(pod.findValues("secret")).extracting(r -> r.path("secretName").asText()).as(what).allMatch(secrets::contains);
            assertThat(pod.findValues("configMapRef")).extracting(r -> r.path("name").asText()).as(what).allMatch(configMaps::contains);
            assertThat(pod.findValues("configMap")).extracting(r -> r.path("name").asText()).as(what).allMatch(configMaps::contains);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void jvmOptionsKeepTheLogManagerTheImageSetsInTheSameVariable(String overlay) {
        List<JsonNode> objects = Kustomize.render(overlay);
        List<String> values = new java.util.ArrayList<>();
        objects.forEach(o -> o.findValues("JAVA_OPTS_APPEND").forEach(v -> values.add(v.asText())));
        objects.forEach(o -> o.findParents("name").stream().filter(e -> e.path("name").asText().equals("JAVA_OPTS_APPEND"))
                .forEach(e -> values.add(e.path("value").asText())));
        assertThat(values).isNotEmpty().allMatch(v -> v.contains("-Djava.util.logging.manager=org.jboss.logmanager.LogManager"));
    }
}
