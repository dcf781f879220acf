package io.switchboard.systemtests.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.systemtests.support.Graph;
import io.switchboard.systemtests.support.SystemTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An operator gives a user a specific number, and later takes it away. */
class AdminOverrideTest extends SystemTest {

    @Test
    void anOperatorsNumberReplacesTheAutomaticOneInTeamsAndTheOldOneIsReleased() {
        // given a Berlin user with the number the rules gave them
        Graph.User user = licensedUser("vip", "Berlin", "Berlin HQ", "DE");
        String automatic = awaitAssigned(user);
        String chosen = availableBerlinNumber(automatic);

        // when an operator gives them a specific number
        JsonNode result = admin.call("operator", "PUT", "number-inventory", "/users/" + user.id() + "/number",
                Map.of("phoneNumber", chosen)).expect(200).json();
        assertThat(result.path("reserved").path("phoneNumber").asText()).isEqualTo(chosen);
        assertThat(result.path("releasing").path("phoneNumber").asText()).isEqualTo(automatic);

        // then Teams shows the chosen number, and the old one is free again in Teams and in the inventory
        eventually().untilAsserted(() -> {
            assertThat(graph.numbersOf(user.id())).containsExactly(chosen);
            assertThat(inventory(chosen).path("state").asText()).isEqualTo("ASSIGNED");
            assertThat(inventory(automatic).path("state").asText()).isEqualTo("AVAILABLE");
        });
        assertThat(graph.assignments()).filteredOn(a -> a.number().equals(automatic)).allSatisfy(a -> assertThat(a.userId()).isNull());
        assertThat(admin.get("number-inventory", "/users/" + user.id() + "/history").expect(200).json().toString())
                .contains("operator@contoso-demo.onmicrosoft.com");

        // when the operator takes the number away
        admin.call("operator", "DELETE", "number-inventory", "/users/" + user.id() + "/number", null).expect(200);

        // then the user has no number anywhere
        eventually().untilAsserted(() -> {
            assertThat(graph.numbersOf(user.id())).isEmpty();
            assertThat(inventory(chosen).path("state").asText()).isEqualTo("AVAILABLE");
        });
        assertThat(admin.numberOf(user.id()).status()).isEqualTo(404);
    }

    @Test
    void aViewerMayNotOverride() {
        Graph.User user = graph.createUser("nosy", "Berlin", "Berlin HQ", "DE");
        assertThat(admin.call("viewer", "PUT", "number-inventory", "/users/" + user.id() + "/number",
                Map.of("phoneNumber", "+4930901919")).status()).isEqualTo(403);
    }

    /** The last AVAILABLE number of the Berlin range (the rules hand out numbers from the start of it). */
    private String availableBerlinNumber(String besides) {
        List<String> free = new ArrayList<>();
        admin.get("number-inventory", "/numbers?state=AVAILABLE&search=%2B49309019&size=200").expect(200).json().path("items")
                .forEach(n -> free.add(n.path("phoneNumber").asText()));
        free.remove(besides);
        assertThat(free).isNotEmpty();
        return free.get(free.size() - 1);
    }
}
