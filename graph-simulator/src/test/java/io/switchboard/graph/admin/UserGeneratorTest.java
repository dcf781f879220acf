package io.switchboard.graph.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserGeneratorTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void sameSeedSameUsersOtherSeedOtherUsers() {
        List<ObjectNode> a = UserGenerator.generate(50, 7, "x.example", "X", NOW);
        List<ObjectNode> b = UserGenerator.generate(50, 7, "x.example", "X", NOW);
        List<ObjectNode> c = UserGenerator.generate(50, 8, "x.example", "X", NOW);
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void usersLookRealAndAreUnique() {
        List<ObjectNode> users = UserGenerator.generate(500, 1, "x.example", "X", NOW);
        assertThat(users).extracting(u -> u.get("userPrincipalName").asText()).doesNotHaveDuplicates()
                .allSatisfy(upn -> assertThat(upn).endsWith("@x.example"));
        assertThat(users).extracting(u -> u.get("id").asText()).doesNotHaveDuplicates();
        assertThat(users).allSatisfy(u -> {
            assertThat(u.get("usageLocation").asText()).matches("[A-Z]{2}");
            String city = u.get("city").asText();
            String office = u.get("officeLocation").asText();
            if (city.equals("London")) {
                assertThat(office).isIn("Park Lane", "London Canary Wharf");
            } else {
                assertThat(office).startsWith(city);
            }
            assertThat(u.get("department").asText()).isNotBlank();
        });
        assertThat(users).extracting(u -> u.get("city").asText()).hasSizeGreaterThan(10).contains("Berlin", "London");
        // the demo tenant's rule `office = "Park Lane" AND city = "LONDON"` needs such users
        assertThat(users).extracting(u -> u.get("officeLocation").asText()).contains("Park Lane");
    }
}
