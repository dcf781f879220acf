package io.switchboard.systemtests.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** Base of every scenario: the shared stack, Graph as the HR system sees it, the admin APIs and common waits. */
@ExtendWith(StackExtension.class)
public abstract class SystemTest {

    /** Generous: the machine running the tests may be busy with much more than this stack. */
    protected static final Duration PATIENCE = Duration.ofSeconds(90);

    protected Stack stack;
    protected Graph graph;
    protected Admin admin;

    private static final java.util.concurrent.atomic.AtomicBoolean LICENCES_BOUGHT = new java.util.concurrent.atomic.AtomicBoolean();

    @BeforeEach
    void connect() {
        stack = StackExtension.stack();
        graph = new Graph(stack);
        admin = new Admin(stack);
        if (LICENCES_BOUGHT.compareAndSet(false, true)) {
            for (String product : List.of("SPE_E5", "MCOEV", "MCOPSTN1")) {
                graph.buyLicences(product, 5000);
            }
        }
    }

    protected static ConditionFactory eventually() {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).ignoreExceptions();
    }

    /** A new hire with an E5 licence (Teams Phone included). */
    protected Graph.User licensedUser(String nickname, String city, String office, String usageLocation, String... extraLicences) {
        Graph.User user = graph.createUser(nickname, city, office, usageLocation);
        String[] licences = new String[extraLicences.length + 1];
        licences[0] = "SPE_E5";
        System.arraycopy(extraLicences, 0, licences, 1, extraLicences.length);
        graph.license(user.id(), licences);
        return user;
    }

    /** Waits until Teams shows exactly one number for the user and the inventory has it ASSIGNED to them. */
    protected String awaitAssigned(Graph.User user) {
        AtomicReference<String> number = new AtomicReference<>();
        eventually().untilAsserted(() -> {
            List<String> inTeams = graph.numbersOf(user.id());
            assertThat(inTeams).as("numbers of %s in Teams", user.upn()).hasSize(1);
            JsonNode held = admin.numberOf(user.id()).expect(200).json();
            assertThat(held.path("phoneNumber").asText()).isEqualTo(inTeams.get(0));
            assertThat(held.path("state").asText()).isEqualTo("ASSIGNED");
            number.set(inTeams.get(0));
        });
        return number.get();
    }

    /**
     * The end state every bulk scenario checks: each user holds exactly one number in Teams, no number
     * is assigned to two users, and the inventory agrees with Teams for every one of them.
     */
    protected void assertEveryoneHoldsExactlyOneOwnNumber(List<Graph.User> users) {
        java.util.Set<String> ids = users.stream().map(Graph.User::id).collect(java.util.stream.Collectors.toSet());
        eventually().atMost(PATIENCE.multipliedBy(2)).untilAsserted(() -> {
            List<Graph.Assignment> ours = graph.assignments().stream().filter(a -> ids.contains(a.userId())).toList();
            assertThat(ours).extracting(Graph.Assignment::userId).as("users with a number in Teams")
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        });
        List<Graph.Assignment> all = graph.assignments().stream().filter(a -> a.userId() != null).toList();
        assertThat(all).extracting(Graph.Assignment::number).as("numbers assigned in Teams").doesNotHaveDuplicates();
        for (Graph.Assignment assignment : all.stream().filter(a -> ids.contains(a.userId())).toList()) {
            eventually().untilAsserted(() -> {
                JsonNode held = admin.numberOf(assignment.userId()).expect(200).json();
                assertThat(held.path("phoneNumber").asText()).as("inventory number of " + assignment.userId()).isEqualTo(assignment.number());
                assertThat(held.path("state").asText()).isEqualTo("ASSIGNED");
            });
        }
    }

    /**
     * A Direct Routing range of the test's own and a top-priority rule sending users of {@code department}
     * to it: bulk scenarios then neither depend on nor use up the demo ranges (which the demo tenant's
     * seeded users may already fill). Numbers are {@code firstNumber} and the next 99.
     */
    protected void dedicatedRange(String department, String firstNumber) {
        String name = "System tests: " + department;
        String lastNumber = "+" + (Long.parseLong(firstNumber.substring(1)) + 99);
        Http.Reply created = admin.call("admin", "POST", "number-inventory", "/ranges", Map.of("name", name,
                "numberType", "DIRECT_ROUTING", "provider", "System tests", "firstNumber", firstNumber, "lastNumber", lastNumber));
        String rangeId = created.status() == 201 ? created.json().path("id").asText() : existingRange(name);
        // the rule-engine learns ranges from inventory.ranges: until then it refuses a rule that names this one
        eventually().untilAsserted(() -> admin.call("admin", "POST", "rule-engine", "/rules", Map.of("name", name, "rangeId", rangeId,
                "priority", 1, "expression", "department = \"" + department + "\"")).expect(201));
    }

    private String existingRange(String name) {
        for (JsonNode range : admin.get("number-inventory", "/ranges").expect(200).json()) {
            if (range.path("name").asText().equals(name)) {
                return range.path("id").asText();
            }
        }
        throw new AssertionError("range '" + name + "' neither created nor found");
    }

    /** The rule-engine's decisions for the user, newest first, each with trigger, action and explanation. */
    protected List<JsonNode> decisions(Graph.User user) {
        List<JsonNode> all = new java.util.ArrayList<>();
        admin.get("rule-engine", "/users/" + user.id() + "/decisions").expect(200).json().forEach(all::add);
        return all;
    }

    /** Waits for a decision on {@code trigger} (JOINED, MOVED, DISABLED, ...) and returns it. */
    protected JsonNode awaitDecision(Graph.User user, String trigger) {
        AtomicReference<JsonNode> found = new AtomicReference<>();
        eventually().untilAsserted(() -> {
            JsonNode decision = decisions(user).stream().filter(d -> d.path("trigger").asText().equals(trigger)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + trigger + " decision for " + user.upn() + " yet: " + decisions(user)));
            found.set(decision);
        });
        return found.get();
    }

    /** The inventory's view of a number, e.g. its state. */
    protected JsonNode inventory(String phoneNumber) {
        return admin.number(phoneNumber).expect(200).json();
    }
}
