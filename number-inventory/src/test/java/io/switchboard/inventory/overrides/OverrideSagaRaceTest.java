package io.switchboard.inventory.overrides;

import static io.restassured.RestAssured.given;
import static io.switchboard.inventory.support.Published.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.switchboard.events.Topics;
import io.switchboard.events.provisioning.DecisionAction;
import io.switchboard.events.provisioning.ProvisioningDecided;
import io.switchboard.infra.KafkaAndPostgresResource;
import io.switchboard.infra.TopicReader;
import io.switchboard.inventory.support.Events;
import io.switchboard.inventory.support.Inventory;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An admin's override and the saga's ASSIGN decision for the same user arrive at the same time,
 * for twenty users at once. Whichever commits second either sees the first (and says so in the
 * audit trail) or is stopped by the one-number-per-user index and retries.
 */
@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
@TestSecurity(user = "ada", roles = {"admin", "tenant:*"})
class OverrideSagaRaceTest {

    private static final int USERS = 20;

    @Inject
    Inventory inventory;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private final String tenant = "override-race-" + UUID.randomUUID();
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void theAdminsNumberWinsWhicheverCommitsFirstAndEveryUserHoldsOne() throws Exception {
        // given a range the rules assign from and one the admin picks from
        String sagaRange = inventory.range(tenant, "Saga", "+442079464000", "+442079464049", 0).id();
        String adminRange = inventory.range(tenant, "Admin", "+442079465000", "+442079465049", 0).id();

        // when each user is decided ASSIGN while the admin gives them a number of the other range
        // (even users a named number from the top of it, odd users the next free one)
        List<Integer> statuses = race(i -> Events.decision(tenant, user(i), DecisionAction.ASSIGN, sagaRange),
                i -> i % 2 == 0 ? Map.of("phoneNumber", "+4420794650" + (40 + i / 2)) : Map.of("rangeId", adminRange));

        // then every override succeeded, and once the saga has acted for everyone ...
        assertThat(statuses).containsOnly(200);
        awaitSagaActedForEveryUser();

        // ... every user holds exactly one number, the admin's, and no number is held twice
        assertThat(inventory.rows("select user_id, count(*), min(range_id) from number where tenant_id = ? "
                + "and state in ('RESERVED', 'ASSIGNED', 'RETAINED') group by user_id", tenant))
                .hasSize(USERS).allSatisfy(row -> assertThat(row.subList(1, 3)).containsExactly("1", adminRange));
        for (int i = 0; i < USERS; i += 2) {
            assertThat(inventory.user(tenant, "+4420794650" + (40 + i / 2))).isEqualTo(user(i));
        }
        // ... and each user's history explains what the saga did: ignored, or reserved and then replaced
        for (int i = 0; i < USERS; i++) {
            List<String> reasons = history(user(i)).stream().map(e -> e.get(1)).toList();
            assertThat(reasons).as("history of %s", user(i)).anySatisfy(r -> assertThat(r).satisfiesAnyOf(
                    ignored -> assertThat(ignored).contains("ASSIGN ignored: the user already holds +4420794650"),
                    replaced -> assertThat(replaced).contains("replaced by +4420794650")));
        }
        assertNothingDeadLettered();
    }

    @Test
    void anOverrideNamingTheNumberTheSagaReservesForTheSameUserSucceedsEitherWay() throws Exception {
        // given each user has a one-number range the rules assign from
        List<String> ranges = IntStream.range(0, USERS)
                .mapToObj(i -> inventory.range(tenant, "Own " + i, number(i), number(i), 0).id()).toList();

        // when the saga and the admin both give each user that number at once
        List<Integer> statuses = race(i -> Events.decision(tenant, user(i), DecisionAction.ASSIGN, ranges.get(i)),
                i -> Map.of("phoneNumber", number(i)));

        // then the admin is never refused, each user holds that number, and the history names both
        assertThat(statuses).containsOnly(200);
        awaitSagaActedForEveryUser();
        for (int i = 0; i < USERS; i++) {
            assertThat(inventory.state(tenant, number(i))).isEqualTo("RESERVED");
            assertThat(inventory.user(tenant, number(i))).isEqualTo(user(i));
            assertThat(history(user(i)).stream().map(e -> e.get(0)).toList()).as("actors for %s", user(i))
                    .contains("user:ada").anySatisfy(a -> assertThat(a).startsWith("event:ProvisioningDecided/"));
        }
        assertNothingDeadLettered();
    }

    /** Sends every decision and fires every override at the same time; the overrides' HTTP statuses. */
    private List<Integer> race(IntFunction<ProvisioningDecided> decision, IntFunction<Map<String, String>> override)
            throws Exception {
        List<ProvisioningDecided> decisions = IntStream.range(0, USERS).mapToObj(decision).toList();
        Future<?> sent = pool.submit(() -> Events.send(kafka, decisions));
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            int user = i;
            answers.add(pool.submit(() -> given().contentType(ContentType.JSON).body(override.apply(user))
                    .when().put("/api/tenants/{t}/users/{u}/number", tenant, user(user))
                    .then().extract().statusCode()));
        }
        sent.get(60, TimeUnit.SECONDS);
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(60, TimeUnit.SECONDS));
        }
        return statuses;
    }

    private void awaitSagaActedForEveryUser() {
        await().atMost(PATIENCE).until(() -> inventory.count("select count(distinct user_id) from number_audit "
                + "where tenant_id = ? and actor like 'event:ProvisioningDecided/%'", tenant) == USERS);
    }

    /** Actor and reason of every audit line naming the user. */
    private List<List<String>> history(String user) {
        return inventory.rows("select actor, reason from number_audit where tenant_id = ? and user_id = ? order by id", tenant, user);
    }

    private void assertNothingDeadLettered() {
        assertThat(TopicReader.readAll(kafka, Topics.dlq(Topics.PROVISIONING_DECISIONS),
                r -> r.key() != null && r.key().startsWith(tenant + "/"))).isEmpty();
    }

    private static String user(int i) {
        return "racer-" + i;
    }

    private static String number(int i) {
        return "+4420794660" + (10 + i);
    }
}
