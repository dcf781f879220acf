package io.switchboard.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** Small queries over rendered objects. */
final class Manifests {

    private Manifests() {
    }

    static List<JsonNode> ofKind(List<JsonNode> objects, String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    static Optional<JsonNode> find(List<JsonNode> objects, String kind, String name) {
        return ofKind(objects, kind).stream().filter(o -> name(o).equals(name)).findFirst();
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static String label(JsonNode object, String key) {
        return object.path("metadata").path("labels").path(key).asText();
    }

    /** Whether every key/value of a label selector's matchLabels is among the labels. */
    static boolean selects(JsonNode matchLabels, JsonNode labels) {
        if (matchLabels.isMissingNode() || matchLabels.isEmpty()) {
            return false;
        }
        return StreamSupport.stream(((Iterable<Map.Entry<String, JsonNode>>) matchLabels::fields).spliterator(), false)
                .allMatch(e -> labels.path(e.getKey()).asText().equals(e.getValue().asText()));
    }

    static JsonNode container(JsonNode deployment) {
        return deployment.path("spec").path("template").path("spec").path("containers").path(0);
    }
}
