package io.switchboard.bench.clients;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.bench.api.StackEndpoints;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Switchboard's admin APIs as an administrator uses them: number ranges in number-inventory, rules in rule-engine. */
public final class Switchboard {

    /** A range as number-inventory lists it. */
    public record Range(String id, String name, int size, long free, String lastNumber) {
    }

    private final Http http;
    private final Tokens tokens;
    private final String ranges;
    private final String rules;

    public Switchboard(Http http, Tokens tokens, StackEndpoints stack) {
        this.http = http;
        this.tokens = tokens;
        this.ranges = stack.inventoryUrl() + "/api/tenants/" + stack.tenantId() + "/ranges";
        this.rules = stack.rulesUrl() + "/api/tenants/" + stack.tenantId() + "/rules";
    }

    public List<Range> ranges() {
        List<Range> out = new ArrayList<>();
        for (JsonNode r : http.get(ranges, tokens.admin())) {
            out.add(new Range(r.path("id").asText(), r.path("name").asText(), r.path("size").asInt(), r.path("free").asLong(),
                    r.path("lastNumber").asText()));
        }
        return out;
    }

    public String createRange(String name, String numberType, String first, String last) {
        Map<String, Object> body = Map.of("name", name, "numberType", numberType, "provider", "Benchmarks", "firstNumber", first,
                "lastNumber", last, "tags", List.of("bench"));
        return http.post(ranges, body, tokens.admin()).path("id").asText();
    }

    /**
     * Creates a rule; the rule-engine learns of a new range through Kafka, so a refusal is retried for a while before
     * it counts.
     */
    public void createRule(String name, String rangeId, int priority, String expression) throws InterruptedException {
        Map<String, Object> body = Map.of("name", name, "rangeId", rangeId, "priority", priority, "expression", expression);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            try {
                http.post(rules, body, tokens.admin());
                return;
            } catch (Http.HttpFailure e) {
                if (e.status() / 100 != 4 || Instant.now().isAfter(deadline)) {
                    throw e;
                }
                Thread.sleep(1000);
            }
        }
    }

    public List<String> ruleNames() {
        List<String> names = new ArrayList<>();
        http.get(rules, tokens.admin()).forEach(r -> names.add(r.path("name").asText()));
        return names;
    }
}
