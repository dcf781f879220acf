package io.switchboard.directory.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.directory.support.SimulatorTenant;
import io.switchboard.directory.support.UserChanges;
import io.switchboard.directory.tenants.TenantRegistry;
import io.switchboard.events.EventMeta;
import io.switchboard.events.directory.DeletionKind;
import io.switchboard.events.directory.UserChangeType;
import io.switchboard.events.directory.UserChanged;
import io.switchboard.infra.GraphSimulatorResource;
import io.switchboard.infra.KafkaAndPostgresResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Every event type, each from a real Graph change made in the simulator, through delta rounds to Kafka. */
@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
@QuarkusTestResource(GraphSimulatorResource.class)
class UserChangeEventsTest {

    @Inject
    TenantRegistry registry;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = GraphSimulatorResource.URL_PROPERTY)
    String simulatorUrl;

    @Test
    void firstSyncPublishesJoinedForEveryExistingUserWithItsLicences() {
        // given a tenant with users before the watcher ever saw it (more than one delta page)
        SimulatorTenant tenant = SimulatorTenant.create(simulatorUrl, 2);
        String licensed = tenant.createUser("ada", "Berlin");
        tenant.license(licensed, List.of("SPE_E5"), List.of());
        String plain = tenant.createUser("bob", "Paris");
        String third = tenant.createUser("cyd", "Rome");
        UserChanges events = new UserChanges(bootstrapServers, tenant.id());

        // when the watcher starts watching it
        registry.add(tenant.watched(Duration.ofSeconds(2)));

        // then each user joins once, with key, meta and licence view
        List<UserChanged> joined = events.await(3, e -> e.changeType() == UserChangeType.JOINED);
        assertThat(joined).extracting(e -> e.user().id()).containsExactlyInAnyOrder(licensed, plain, third);
        UserChanged ada = joined.stream().filter(e -> e.user().id().equals(licensed)).findFirst().orElseThrow();
        assertThat(ada.key()).isEqualTo(tenant.id() + "/" + licensed);
        assertThat(ada.user().city()).isEqualTo("Berlin");
        assertThat(ada.user().accountEnabled()).isTrue();
        assertThat(ada.licences().teamsPhone()).isTrue();
        assertThat(ada.licences().skuPartNumbers()).containsExactly("SPE_E5");
        EventMeta meta = ada.meta();
        assertThat(meta.tenantId()).isEqualTo(tenant.id());
        assertThat(meta.correlationId()).isEqualTo(meta.eventId());
        assertThat(meta.causationId()).isNull();
    }

    @Test
    void everyKindOfDirectoryChangeBecomesItsEvent() {
        // given a watched tenant whose first sync is done
        SimulatorTenant tenant = SimulatorTenant.create(simulatorUrl, 100);
        String existing = tenant.createUser("eve", "Berlin");
        UserChanges events = new UserChanges(bootstrapServers, tenant.id());
        registry.add(tenant.watched(Duration.ofSeconds(1)));
        events.awaitOne(existing, UserChangeType.JOINED);

        // when a user is created → JOINED
        String user = tenant.createUser("fay", "Berlin");
        assertThat(events.awaitOne(user, UserChangeType.JOINED).licences().teamsPhone()).isFalse();

        // when the user gets Teams Phone and a calling plan → LICENSED
        tenant.license(user, List.of("MCOEV", "MCOPSTN1"), List.of());
        UserChanged licensed = events.awaitOne(user, UserChangeType.LICENSED);
        assertThat(licensed.licences().teamsPhone()).isTrue();
        assertThat(licensed.licences().callingPlanPlans()).containsExactly("MCOPSTN1");

        // when the user moves and changes department at once → UPDATED then MOVED
        tenant.update(user, SimulatorTenant.changes().put("city", "Munich").put("officeLocation", "M-1").put("department", "Sales"));
        UserChanged moved = events.awaitOne(user, UserChangeType.MOVED);
        assertThat(moved.changedFields()).containsExactlyInAnyOrder("city", "officeLocation");
        assertThat(moved.previousValues()).containsEntry("city", "Berlin").doesNotContainKey("officeLocation");
        assertThat(moved.user().city()).isEqualTo("Munich");
        UserChanged updated = events.awaitOne(user, UserChangeType.UPDATED);
        assertThat(updated.changedFields()).containsExactly("department");
        assertThat(updated.user().displayName()).isEqualTo("fay");

        // when the account is disabled, then enabled again → DISABLED, ENABLED
        tenant.update(user, SimulatorTenant.changes().put("accountEnabled", false));
        assertThat(events.awaitOne(user, UserChangeType.DISABLED).user().accountEnabled()).isFalse();
        tenant.update(user, SimulatorTenant.changes().put("accountEnabled", true));
        assertThat(events.awaitOne(user, UserChangeType.ENABLED).user().accountEnabled()).isTrue();

        // when Teams Phone is taken away → UNLICENSED
        tenant.license(user, List.of(), List.of("MCOEV"));
        assertThat(events.awaitOne(user, UserChangeType.UNLICENSED).licences().teamsPhone()).isFalse();

        // when the user is deleted (recycle bin) → DELETED soft, and restored → JOINED again
        tenant.delete(user);
        UserChanged deleted = events.awaitOne(user, UserChangeType.DELETED);
        assertThat(deleted.deletion()).isEqualTo(DeletionKind.SOFT);
        assertThat(deleted.user().city()).isEqualTo("Munich");
        tenant.restore(user);
        events.await(2, e -> e.user().id().equals(user) && e.changeType() == UserChangeType.JOINED);

        // when it is deleted for good → DELETED soft, then DELETED permanent
        tenant.delete(user);
        events.await(2, e -> e.user().id().equals(user) && e.changeType() == UserChangeType.DELETED);
        tenant.purge(user);
        events.await(1, e -> e.user().id().equals(user) && e.deletion() == DeletionKind.PERMANENT);

        // then the user's history is exactly that, in order (one partition per key), nothing doubled
        String sentinel = tenant.createUser("sentinel", "Oslo");
        events.awaitOne(sentinel, UserChangeType.JOINED);
        assertThat(events.of(user)).extracting(UserChanged::changeType).containsExactly(
                UserChangeType.JOINED, UserChangeType.LICENSED, UserChangeType.UPDATED, UserChangeType.MOVED,
                UserChangeType.DISABLED, UserChangeType.ENABLED, UserChangeType.UNLICENSED, UserChangeType.DELETED,
                UserChangeType.JOINED, UserChangeType.DELETED, UserChangeType.DELETED);
        assertThat(events.of(existing)).extracting(UserChanged::changeType).containsExactly(UserChangeType.JOINED);
    }
}
