package io.switchboard.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every overlay renders, and every rendered object fits the Kubernetes, Strimzi or Prometheus Operator model. */
class RenderAndValidateTest {

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyRenderedObjectFitsItsModel(String overlay) {
        List<JsonNode> objects = Kustomize.render(overlay);
        assertThat(objects).hasSizeGreaterThan(40);

        List<String> errors = new ArrayList<>();
        for (JsonNode object : objects) {
            try {
                StrictModel.validate(object);
            } catch (AssertionError e) {
                errors.add(e.getMessage());
            }
        }
        assertThat(errors).as(overlay).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyObjectIsInTheOverlaysNamespace(String overlay) {
        String namespace = overlay.endsWith("dev") ? "switchboard-dev" : "switchboard";
        assertThat(Kustomize.render(overlay))
                .filteredOn(o -> !o.path("kind").asText().equals("Namespace"))
                .allSatisfy(o -> assertThat(o.path("metadata").path("namespace").asText())
                        .as(o.path("kind").asText() + " " + o.path("metadata").path("name").asText()).isEqualTo(namespace));
    }

    @org.junit.jupiter.api.Test
    void theProductionSecretExampleFitsTheModel() {
        List<JsonNode> secrets = Kustomize.parse(Repo.read("deploy/k8s/overlays/prod/secret.example.yaml"));
        assertThat(secrets).isNotEmpty();
        secrets.forEach(StrictModel::validate);
    }
}
