package io.switchboard.bench.clients;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.bench.api.StackEndpoints;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** presence-bridge as a presence platform and an operator use it: platform set-up, signed webhooks, status. */
public final class Presence {

    private final Http http;
    private final Tokens tokens;
    private final String tenantApi;

    public Presence(Http http, Tokens tokens, StackEndpoints stack) {
        this.http = http;
        this.tokens = tokens;
        this.tenantApi = stack.presenceUrl() + "/api/tenants/" + stack.tenantId();
    }

    /** A platform matching users by e-mail, delivering Teams changes to {@code webhookUrls}. */
    public void platform(String platformId, String secret, List<String> webhookUrls) {
        Map<String, Object> body = Map.of("name", "Benchmark platform " + platformId, "identityKey", "EMAIL", "inboundSecret", secret,
                "outboundSecret", secret, "webhookUrls", webhookUrls);
        http.send("PUT", tenantApi + "/platforms/" + platformId, body, tokens.admin());
    }

    public void deletePlatform(String platformId) {
        http.delete(tenantApi + "/platforms/" + platformId, tokens.admin());
    }

    public int usersMatched() {
        return http.get(tenantApi + "/status", tokens.admin()).path("usersMatched").asInt();
    }

    public JsonNode status() {
        return http.get(tenantApi + "/status", tokens.admin());
    }

    /** Posts one batch of platform events, signed as presence-bridge expects (HMAC-SHA256 over "timestamp.body"). */
    public int webhook(String platformId, String secret, byte[] body) {
        long now = System.currentTimeMillis() / 1000;
        HttpRequest request = HttpRequest.newBuilder(URI.create(tenantApi + "/platforms/" + platformId + "/presence"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("X-Switchboard-Timestamp", Long.toString(now)).header("X-Switchboard-Signature", sign(secret, now, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = http.raw(request);
        return response.statusCode();
    }

    static String sign(String secret, long epochSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((epochSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
