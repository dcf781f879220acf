package io.switchboard.systemtests.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.systemtests.support.Graph;
import io.switchboard.systemtests.support.SystemTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Disabled accounts keep their number; deleted users and users without Teams Phone lose it. */
class LeaverTest extends SystemTest {

    @Test
    void aDisabledUserRetainsTheNumberAndGetsItBackWhenEnabledAgain() {
        // given a Berlin user with a number
        Graph.User user = licensedUser("sabbatical", "Berlin", "Berlin HQ", "DE");
        String number = awaitAssigned(user);

        // when HR disables the account (a sabbatical, say)
        graph.update(user.id(), Map.of("accountEnabled", false));

        // then the inventory keeps the number for them, and Teams still has it assigned
        eventually().untilAsserted(() -> assertThat(inventory(number).path("state").asText()).isEqualTo("RETAINED"));
        assertThat(inventory(number).path("userId").asText()).isEqualTo(user.id());
        assertThat(graph.numbersOf(user.id())).containsExactly(number);

        // when the account is enabled again
        graph.update(user.id(), Map.of("accountEnabled", true));

        // then the same number is active again
        eventually().untilAsserted(() -> assertThat(inventory(number).path("state").asText()).isEqualTo("ASSIGNED"));
        assertThat(awaitAssigned(user)).isEqualTo(number);
    }

    @Test
    void aDeletedUsersCallingPlanNumberIsReleasedInTeamsAndQuarantined() {
        // given a London Calling Plan user (the London range quarantines numbers for 30 days)
        Graph.User user = licensedUser("leaver", "London", "Canary Wharf", "GB", "MCOPSTN1");
        String number = awaitAssigned(user);

        // when HR deletes the user
        graph.delete(user.id());

        // then Teams no longer has the number assigned and the inventory holds it back from reuse
        eventually().untilAsserted(() -> {
            assertThat(graph.assignments()).filteredOn(a -> a.number().equals(number)).singleElement()
                    .satisfies(a -> assertThat(a.userId()).isNull());
            assertThat(inventory(number).path("state").asText()).isEqualTo("QUARANTINED");
        });
        assertThat(inventory(number).path("quarantineUntil").asText()).isNotBlank();
        assertThat(admin.numberOf(user.id()).status()).isEqualTo(404);
    }

    @Test
    void aDeletedUsersDirectRoutingNumberIsFreeAgainAtOnce() {
        // given a Berlin user (no quarantine on the Berlin range)
        Graph.User user = licensedUser("gone", "Berlin", "Berlin HQ", "DE");
        String number = awaitAssigned(user);

        // when HR deletes the user
        graph.delete(user.id());

        // then the number is released in Teams and available in the inventory
        eventually().untilAsserted(() -> {
            assertThat(graph.assignments()).filteredOn(a -> a.number().equals(number)).allSatisfy(a -> assertThat(a.userId()).isNull());
            assertThat(inventory(number).path("state").asText()).isEqualTo("AVAILABLE");
        });
    }

    @Test
    void removingTheTeamsPhoneLicenceReleasesTheNumber() {
        // given a Berlin user with a number through their E5 licence
        Graph.User user = licensedUser("downgraded", "Berlin", "Berlin HQ", "DE");
        String number = awaitAssigned(user);

        // when HR takes the E5 (and with it Teams Phone) away
        graph.unlicense(user.id(), "SPE_E5");

        // then the number leaves the user in Teams and in the inventory
        eventually().untilAsserted(() -> {
            assertThat(graph.numbersOf(user.id())).isEmpty();
            assertThat(inventory(number).path("state").asText()).isEqualTo("AVAILABLE");
        });
        assertThat(admin.numberOf(user.id()).status()).isEqualTo(404);
    }
}
