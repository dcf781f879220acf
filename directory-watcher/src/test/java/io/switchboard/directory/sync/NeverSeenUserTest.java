package io.switchboard.directory.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.directory.support.SimulatorTenant;
import io.switchboard.directory.support.UserChanges;
import io.switchboard.directory.tenants.SyncStateRepository;
import io.switchboard.directory.tenants.TenantRegistry;
import io.switchboard.events.directory.UserChangeType;
import io.switchboard.events.directory.UserChanged;
import io.switchboard.infra.GraphSimulatorResource;
import io.switchboard.infra.KafkaAndPostgresResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A user created and licensed between two delta tokens must still be published whole: the round after
 * the licensing brings only {@code id} and the licences of a user the watcher never saw.
 */
@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
@QuarkusTestResource(GraphSimulatorResource.class)
class NeverSeenUserTest {

    private static final Duration NO_POLLING = Duration.ofHours(1);

    @Inject
    TenantRegistry registry;
    @Inject
    SyncScheduler scheduler;
    @Inject
    SyncService sync;
    @Inject
    SyncStateRepository states;
    @Inject
    Transactions transactions;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = GraphSimulatorResource.URL_PROPERTY)
    String simulatorUrl;

    @Test
    void userWhoseCreationNoRoundListedJoinsWithAllItsAttributesAndLicences() {
        // given a synced tenant
        SimulatorTenant tenant = SimulatorTenant.create(simulatorUrl, 100);
        String known = tenant.createUser("kim", "Berlin");
        UserChanges events = new UserChanges(bootstrapServers, tenant.id());
        registry.add(tenant.watched(NO_POLLING));
        events.awaitOne(known, UserChangeType.JOINED);
        await().atMost(UserChanges.PATIENCE).until(() -> sync.state(tenant.id()).roundsCompleted() >= 1);

        // and a user created, then a delta token issued that already covers the creation (the watcher's
        // next round starts there), then the user licensed: its delta item has only id and licences
        String newcomer = tenant.createUser("nia", "Munich");
        moveCursorTo(tenant, tenant.latestDeltaLink(DeltaPageParser.SELECT));
        tenant.license(newcomer, List.of("SPE_E5"), List.of());
        // and a known user licensed in the same window: its partial item is merged onto its snapshot
        tenant.license(known, List.of("SPE_E5"), List.of());

        // when a round runs
        scheduler.request(tenant.id(), false, Duration.ZERO);

        // then the newcomer joins whole: attributes and licences read from Graph, not an id alone
        UserChanged joined = events.awaitOne(newcomer, UserChangeType.JOINED);
        assertThat(joined.user().userPrincipalName()).startsWith("nia@");
        assertThat(joined.user().city()).isEqualTo("Munich");
        assertThat(joined.user().usageLocation()).isEqualTo("DE");
        assertThat(joined.user().accountEnabled()).isTrue();
        assertThat(joined.licences().teamsPhone()).isTrue();
        assertThat(joined.licences().skuPartNumbers()).containsExactly("SPE_E5");
        assertThat(tenant.requests("/users/" + newcomer)).anyMatch(r -> r.path("status").asInt() == 200);
        // and the known user's licensing keeps everything else the watcher knew about it
        UserChanged licensed = events.awaitOne(known, UserChangeType.LICENSED);
        assertThat(licensed.user().userPrincipalName()).startsWith("kim@");
        assertThat(licensed.user().city()).isEqualTo("Berlin");
        assertThat(licensed.user().usageLocation()).isEqualTo("DE");
        await().atMost(UserChanges.PATIENCE).until(() -> sync.state(tenant.id()).roundsCompleted() >= 2);
        assertThat(events.of(newcomer)).extracting(UserChanged::changeType).containsExactly(UserChangeType.JOINED);
    }

    private void moveCursorTo(SimulatorTenant tenant, String deltaLink) {
        SyncCursor cursor = sync.state(tenant.id()).cursor();
        SyncCursor next = new SyncCursor(deltaLink, null, false, null, cursor.version());
        boolean moved = transactions.await(session -> states.advance(session, tenant.id(), cursor, next));
        assertThat(moved).isTrue();
    }
}
