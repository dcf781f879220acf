package io.switchboard.presence.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TenantSubscriptionsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final TenantSubscriptions subscriptions = new TenantSubscriptions();

    @Test
    void usersAreSplitIntoChunksOfAtMost650() {
        List<String> users = IntStream.range(0, 1400).mapToObj(i -> "u" + i).toList();

        TenantSubscriptions.Plan plan = subscriptions.plan(subscriptions.uncovered(users, NOW), 650, NOW);

        assertThat(plan.replace()).isNull();
        assertThat(plan.chunks()).extracting(List::size).containsExactly(650, 650, 100);
    }

    @Test
    void newUsersTopUpTheSubscriptionWithRoomInsteadOfOpeningANewOne() {
        subscriptions.put(new TenantSubscriptions.Active("full", Set.copyOf(IntStream.range(0, 650).mapToObj(i -> "a" + i).toList()),
                NOW.plusSeconds(600)));
        subscriptions.put(new TenantSubscriptions.Active("small", Set.of("b1", "b2"), NOW.plusSeconds(600)));

        TenantSubscriptions.Plan plan = subscriptions.plan(List.of("c1"), 650, NOW);

        assertThat(plan.replace().id()).isEqualTo("small");
        assertThat(plan.chunks()).singleElement().satisfies(c -> assertThat(c).containsExactlyInAnyOrder("b1", "b2", "c1"));
    }

    @Test
    void usersOfAnExpiredSubscriptionAreUncovered() {
        subscriptions.put(new TenantSubscriptions.Active("old", Set.of("u1"), NOW.minusSeconds(1)));
        subscriptions.put(new TenantSubscriptions.Active("live", Set.of("u2"), NOW.plusSeconds(60)));

        assertThat(subscriptions.uncovered(List.of("u1", "u2"), NOW)).containsExactly("u1");
        assertThat(subscriptions.covers(List.of("u2"), NOW)).isTrue();
        assertThat(subscriptions.covers(List.of(), NOW)).as("no users: nothing to cover, keep polling").isFalse();
    }

    @Test
    void subscriptionsExpiringWithinTheMarginAreDueSoonestFirst() {
        subscriptions.put(new TenantSubscriptions.Active("later", Set.of("u1"), NOW.plus(Duration.ofMinutes(30))));
        subscriptions.put(new TenantSubscriptions.Active("soon", Set.of("u2"), NOW.plus(Duration.ofMinutes(5))));
        subscriptions.put(new TenantSubscriptions.Active("sooner", Set.of("u3"), NOW.plus(Duration.ofMinutes(2))));

        assertThat(subscriptions.dueForRenewal(NOW, Duration.ofMinutes(10))).extracting(TenantSubscriptions.Active::id)
                .containsExactly("sooner", "soon");
    }

    @Test
    void theResourceNamesEveryUserAsGraphExpects() {
        assertThat(PresenceSubscriptionManager.resource(List.of("a", "b")))
                .isEqualTo("/communications/presences?$filter=id in ('a','b')");
    }

    @Test
    void eachTenantHasItsOwnRandomClientState() {
        assertThat(subscriptions.clientState()).hasSizeGreaterThan(20).isNotEqualTo(new TenantSubscriptions().clientState());
    }
}
