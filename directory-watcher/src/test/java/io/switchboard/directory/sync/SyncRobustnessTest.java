package io.switchboard.directory.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.directory.support.SimulatorTenant;
import io.switchboard.directory.support.UserChanges;
import io.switchboard.directory.tenants.SyncState;
import io.switchboard.directory.tenants.TenantRegistry;
import io.switchboard.events.directory.DeletionKind;
import io.switchboard.events.directory.UserChangeType;
import io.switchboard.events.directory.UserChanged;
import io.switchboard.infra.GraphSimulatorResource;
import io.switchboard.infra.KafkaAndPostgresResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Nothing lost, nothing doubled: a sync broken off mid-listing, an expired delta token, a 429 storm. */
@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
@QuarkusTestResource(GraphSimulatorResource.class)
class SyncRobustnessTest {

    private static final Duration NO_POLLING = Duration.ofHours(1);

    @Inject
    TenantRegistry registry;
    @Inject
    SyncScheduler scheduler;
    @Inject
    SyncService sync;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = GraphSimulatorResource.URL_PROPERTY)
    String simulatorUrl;

    @Test
    void syncBrokenOffInTheMiddleOfAPagedListingResumesAtTheSavedPage() {
        // given 12 users, 2 per delta page, and a slow Graph so that the listing takes a while
        SimulatorTenant tenant = SimulatorTenant.create(simulatorUrl, 2);
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            users.add(tenant.createUser("user" + i, "Berlin"));
        }
        String slow = tenant.latency("/users/delta", 1500);
        UserChanges events = new UserChanges(bootstrapServers, tenant.id());
        registry.add(tenant.watched(Duration.ofSeconds(1)));

        // when Graph goes down after the first page was committed
        events.await(2, e -> e.changeType() == UserChangeType.JOINED);
        tenant.fault("UNAVAILABLE", "/users/delta", null, 0);
        tenant.removeFault(slow);

        // then the round ends with the error recorded, in the middle of its full listing
        await().atMost(UserChanges.PATIENCE).until(() -> state(tenant).lastError() != null);
        SyncState broken = state(tenant);
        assertThat(broken.cursor().nextLink()).contains("skiptoken");
        assertThat(broken.roundsCompleted()).isZero();

        // when Graph is back
        tenant.clearFaults();

        // then the listing continues from the saved page: every user joins exactly once, and the
        // token-less first request was made only once
        await().atMost(UserChanges.PATIENCE).until(() -> state(tenant).roundsCompleted() >= 1);
        events.await(users.size(), e -> e.changeType() == UserChangeType.JOINED);
        assertThat(events.all()).extracting(e -> e.user().id()).containsExactlyInAnyOrderElementsOf(users);
        List<JsonNode> starts = tenant.requests("/users/delta").stream()
                .filter(r -> !r.path("path").asText().contains("token=") && r.path("status").asInt() == 200).toList();
        assertThat(starts).hasSize(1);
        assertThat(state(tenant).lastError()).isNull();
    }

    @Test
    void expiredDeltaTokenLeadsToAFullResyncThatCatchesUpWithoutDuplicates() {
        // given a tenant synced once, polled only on request
        SimulatorTenant tenant = SimulatorTenant.create(simulatorUrl, 2);
        String changed = tenant.createUser("ann", "Berlin");
        String gone = tenant.createUser("ben", "Berlin");
        String same = tenant.createUser("cat", "Berlin");
        UserChanges events = new UserChanges(bootstrapServers, tenant.id());
        registry.add(tenant.watched(NO_POLLING));
        events.await(3, e -> e.changeType() == UserChangeType.JOINED);
        await().atMost(UserChanges.PATIENCE).until(() -> state(tenant).roundsCompleted() >= 1);

        // when changes happen and Graph forgets the delta token before the next round
        tenant.update(changed, SimulatorTenant.changes().put("department", "Sales"));
        tenant.delete(gone);
        tenant.purge(gone);
        tenant.expireDeltaTokens();
        scheduler.request(tenant.id(), false, Duration.ZERO);

        // then the round resyncs and publishes what changed; the user no listing contains any more is deleted
        assertThat(events.awaitOne(changed, UserChangeType.UPDATED).changedFields()).containsExactly("department");
        assertThat(events.awaitOne(gone, UserChangeType.DELETED).deletion()).isEqualTo(DeletionKind.SOFT);
        assertThat(tenant.requests("/users/delta").stream().anyMatch(r -> r.path("status").asInt() == 410)).isTrue();
        await().atMost(UserChanges.PATIENCE).until(() -> state(tenant).roundsCompleted() >= 2);
        assertThat(state(tenant).cursor().fullRound()).isFalse();
        assertThat(state(tenant).usersKnown()).isEqualTo(2);
        // and the unchanged user was not published again
        assertThat(events.of(same)).extracting(UserChanged::changeType).containsExactly(UserChangeType.JOINED);
    }

    @Test
    void throttlingStormIsWaitedOutWithRetryAfterAndLosesNothing() {
        // given a synced tenant, then new users while Graph throttles the next six delta requests
        SimulatorTenant tenant = SimulatorTenant.create(simulatorUrl, 100);
        String first = tenant.createUser("dan", "Berlin");
        UserChanges events = new UserChanges(bootstrapServers, tenant.id());
        registry.add(tenant.watched(NO_POLLING));
        events.awaitOne(first, UserChangeType.JOINED);
        await().atMost(UserChanges.PATIENCE).until(() -> state(tenant).roundsCompleted() >= 1);
        List<String> newcomers = List.of(tenant.createUser("eli", "Rome"), tenant.createUser("flo", "Rome"));
        tenant.fault("THROTTLE", "/users/delta", 6, 1);

        // when a round runs
        scheduler.request(tenant.id(), false, Duration.ZERO);

        // then both newcomers join, once each
        events.await(2, e -> newcomers.contains(e.user().id()));
        await().atMost(UserChanges.PATIENCE).until(() -> state(tenant).roundsCompleted() >= 2);
        assertThat(events.all()).extracting(e -> e.user().id()).containsExactlyInAnyOrder(first, newcomers.get(0), newcomers.get(1));
        // and every 429 was followed by a pause of at least its Retry-After (1 s) before the next request
        List<JsonNode> log = tenant.requests("/users/delta");
        assertThat(log.stream().filter(r -> r.path("status").asInt() == 429)).hasSize(6);
        for (int i = 0; i < log.size() - 1; i++) {
            if (log.get(i).path("status").asInt() == 429) {
                Instant throttled = Instant.parse(log.get(i).path("time").asText());
                Instant next = Instant.parse(log.get(i + 1).path("time").asText());
                assertThat(Duration.between(throttled, next)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
            }
        }
    }

    private SyncState state(SimulatorTenant tenant) {
        return sync.state(tenant.id());
    }
}
