package io.switchboard.graph.delta;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.graph.common.Json;
import io.switchboard.graph.common.SimClock;
import io.switchboard.graph.tenants.Tenant;
import io.switchboard.graph.tenants.TenantSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;

/** Delta rounds running while users are created never skip a creation: each user first shows up whole. */
class DeltaConsistencyTest {

    private static final String SELECT = "id,userPrincipalName,city";
    private static final int USERS = 3000;

    // The race it guards against is a short window per write: a few repetitions make a regression all but certain to show.
    @RepeatedTest(5)
    void everyUserCreatedDuringRoundsFirstAppearsWithAllItsProperties() throws Exception {
        Tenant tenant = new Tenant("t1", "Tenant", "t1.example", new TenantSettings(100, 999, Duration.ofDays(7), Duration.ofDays(30),
                Duration.ZERO, Duration.ZERO, Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofSeconds(10)));
        DeltaService delta = new DeltaService(new SimClock());
        DeltaService.DeltaPage page = delta.page(tenant, SELECT, null, "latest");
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < USERS; i++) {
                ObjectNode user = Json.object().put("userPrincipalName", "u" + i + "@t1.example").put("city", "Berlin");
                tenant.directory().create(user, null);
            }
        });

        // rounds back to back while the users are created, then one more round to pick up the rest
        Map<String, JsonNode> firstSeen = new HashMap<>();
        boolean lastRound = false;
        while (!lastRound) {
            lastRound = writer.isDone();
            page = round(delta, tenant, page.deltaToken(), firstSeen);
        }
        writer.get(1, TimeUnit.MINUTES);

        assertThat(firstSeen.size()).as("users listed by some round").isEqualTo(USERS);
        long partial = firstSeen.values().stream()
                .filter(item -> !item.path("userPrincipalName").asText().endsWith("@t1.example") || !item.path("city").asText().equals("Berlin"))
                .count();
        assertThat(partial).as("users first listed without their properties").isZero();
    }

    /** Pages through one round from a deltaLink's token; returns its last page. */
    private static DeltaService.DeltaPage round(DeltaService delta, Tenant tenant, DeltaToken from, Map<String, JsonNode> firstSeen) {
        DeltaService.DeltaPage page = delta.page(tenant, null, null, from.encode());
        while (true) {
            page.items().forEach(item -> firstSeen.putIfAbsent(item.path("id").asText(), item));
            if (page.deltaToken() != null) {
                return page;
            }
            page = delta.page(tenant, null, page.nextToken().encode(), null);
        }
    }
}
