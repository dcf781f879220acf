package io.switchboard.graph.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.graph.common.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Compact JWS (RS256) encoding and signature check, with plain JDK crypto. */
final class Jwt {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Jwt() {
    }

    static String sign(ObjectNode claims, SigningKeys keys) {
        ObjectNode header = Json.object();
        header.put("typ", "JWT");
        header.put("alg", "RS256");
        header.put("kid", keys.keyId());
        String input = encode(Json.write(header)) + "." + encode(Json.write(claims));
        return input + "." + ENCODER.encodeToString(keys.sign(input));
    }

    /** The claims when the token is well-formed and signed by our key; empty otherwise. */
    static Optional<JsonNode> verify(String token, SigningKeys keys) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode header = Json.MAPPER.readTree(DECODER.decode(parts[0]));
            if (!"RS256".equals(header.path("alg").asText()) || !keys.keyId().equals(header.path("kid").asText())) {
                return Optional.empty();
            }
            if (!keys.verify(parts[0] + "." + parts[1], DECODER.decode(parts[2]))) {
                return Optional.empty();
            }
            return Optional.of(Json.MAPPER.readTree(DECODER.decode(parts[1])));
        } catch (Exception malformed) {
            return Optional.empty();
        }
    }

    private static String encode(String json) {
        return ENCODER.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
