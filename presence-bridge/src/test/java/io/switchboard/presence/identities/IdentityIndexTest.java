package io.switchboard.presence.identities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdentityIndexTest {

    private static final Instant T1 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T2 = T1.plusSeconds(60);

    @Test
    void aUserWithOneExtensionMatchesBothWays() {
        IdentityIndex index = new IdentityIndex(ConflictPolicy.PRIMARY);
        index.replace("alice", user("alice", Map.of("4930100101", T1)).claims(IdentityKey.EXTENSION, 3));

        assertThat(index.userFor("101")).contains("alice");
        assertThat(index.identityFor("alice")).contains("101");
        assertThat(index.conflicts()).isEmpty();
    }

    @Test
    void twoExtensionsOfOneUserPrimaryPolicyKeepsTheFirstAssigned() {
        // given alice got 205 first and 101 later
        IdentityIndex index = new IdentityIndex(ConflictPolicy.PRIMARY);
        index.replace("alice", user("alice", Map.of("4930100205", T1, "4930100101", T2)).claims(IdentityKey.EXTENSION, 3));

        // then her primary extension 205 represents her, 101 does not, and the report says so
        assertThat(index.identityFor("alice")).contains("205");
        assertThat(index.userFor("205")).contains("alice");
        assertThat(index.userFor("101")).isEmpty();
        assertThat(index.conflicts()).containsExactly(new IdentityConflict(IdentityConflict.Kind.USER_HAS_SEVERAL, "alice", "205",
                List.of("101"), "policy PRIMARY: 2 platform identities match this user"));
    }

    @Test
    void twoExtensionsOfOneUserLowestPolicyComparesNumerically() {
        IdentityIndex index = new IdentityIndex(ConflictPolicy.LOWEST);
        index.replace("alice", user("alice", Map.of("4930100", T1, "49301000099", T2)).claims(IdentityKey.PHONE, 3));

        assertThat(index.identityFor("alice")).contains("4930100");
    }

    @Test
    void oneAddressSharedByTwoUsersIsResolvedTheSameWayWhateverTheOrder() {
        // NFON picks a random extension here; the bridge must not
        for (int round = 0; round < 20; round++) {
            List<KnownUser> users = new ArrayList<>(List.of(
                    new KnownUser("u-b", "Team@Example.com", null, Map.of(), T2, true),
                    new KnownUser("u-a", "team@example.com", null, Map.of(), T2, true),
                    new KnownUser("u-c", "team@example.com", null, Map.of(), T1, true)));
            Collections.shuffle(users, new Random(round));
            IdentityIndex index = new IdentityIndex(ConflictPolicy.PRIMARY);
            users.forEach(u -> index.replace(u.userId(), u.claims(IdentityKey.EMAIL, 4)));

            assertThat(index.userFor("team@example.com")).contains("u-c"); // seen first
            assertThat(index.identityFor("u-a")).isEmpty();
            assertThat(index.conflicts()).singleElement().satisfies(c -> {
                assertThat(c.kind()).isEqualTo(IdentityConflict.Kind.IDENTITY_SHARED);
                assertThat(c.chosen()).isEqualTo("u-c");
                assertThat(c.rejected()).containsExactly("u-a", "u-b");
            });
        }
    }

    @Test
    void replacingAUsersClaimsFreesTheOldIdentity() {
        IdentityIndex index = new IdentityIndex(ConflictPolicy.PRIMARY);
        index.replace("alice", user("alice", Map.of("4930100101", T1)).claims(IdentityKey.EXTENSION, 3));
        index.replace("bob", user("bob", Map.of("4930200101", T2)).claims(IdentityKey.EXTENSION, 3));
        assertThat(index.userFor("101")).contains("alice");

        // when alice's number is unassigned
        index.replace("alice", List.of());

        // then bob holds 101 alone
        assertThat(index.userFor("101")).contains("bob");
        assertThat(index.conflicts()).isEmpty();
        assertThat(index.matchedUsers()).containsExactly("bob");
    }

    @Test
    void disabledUsersClaimNothing() {
        KnownUser disabled = new KnownUser("carol", "carol@example.com", "carol@example.com", Map.of("491", T1), T1, false);
        assertThat(disabled.claims(IdentityKey.EMAIL, 3)).isEmpty();
    }

    @Test
    void identitiesAreNormalisedPerKey() {
        assertThat(KnownUser.normalise(IdentityKey.PHONE, "+49 (30) 100-101")).isEqualTo("4930100101");
        assertThat(KnownUser.normalise(IdentityKey.UPN, " Alice@Example.COM ")).isEqualTo("alice@example.com");
    }

    private static KnownUser user(String id, Map<String, Instant> numbers) {
        return new KnownUser(id, id + "@example.com", id + "@example.com", numbers, T1, true);
    }
}
