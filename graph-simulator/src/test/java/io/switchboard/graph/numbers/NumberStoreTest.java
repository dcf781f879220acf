package io.switchboard.graph.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NumberStoreTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final NumberStore store = new NumberStore();

    @Test
    void onlyDueOperationsAreHandedOutSoonestFirst() {
        // given three operations due at +10 s, +20 s and +30 s
        NumberOperation late = operation("late", 30);
        NumberOperation early = operation("early", 10);
        NumberOperation middle = operation("middle", 20);
        store.add(late);
        store.add(early);
        store.add(middle);

        // then before the first is due nothing is, and at +20 s exactly the first two are
        assertThat(store.hasDue(T0.plusSeconds(9))).isFalse();
        assertThat(store.due(T0.plusSeconds(9))).isEmpty();
        assertThat(store.hasDue(T0.plusSeconds(20))).isTrue();
        assertThat(store.due(T0.plusSeconds(20))).extracting(NumberOperation::id).containsExactly("early", "middle");

        // and a finished operation is no longer handed out
        store.finish(early.finish(true, null, T0.plusSeconds(20)));
        assertThat(store.due(T0.plusSeconds(20))).extracting(NumberOperation::id).containsExactly("middle");
        assertThat(store.pendingCount()).isEqualTo(2);
    }

    @Test
    void finishedOperationsStayReadableUntilTheRetentionEvictsThem() {
        // given two operations finished at +10 s and +50 s
        NumberOperation first = operation("first", 10);
        NumberOperation second = operation("second", 50);
        store.add(first);
        store.add(second);
        store.finish(first.finish(true, null, T0.plusSeconds(10)));
        store.finish(second.finish(false, "nope", T0.plusSeconds(50)));

        // then both are readable with their outcome
        assertThat(store.operation("first")).hasValueSatisfying(op -> assertThat(op.status()).isEqualTo("succeeded"));
        assertThat(store.operation("second")).hasValueSatisfying(op -> assertThat(op.statusDetail()).isEqualTo("nope"));
        assertThat(store.pendingCount()).isZero();

        // when the retention has passed for the first only
        assertThat(store.evictFinishedBefore(T0.plusSeconds(30))).isEqualTo(1);

        // then only the first is gone
        assertThat(store.operation("first")).isEmpty();
        assertThat(store.operation("second")).isPresent();
        assertThat(store.evictFinishedBefore(T0.plusSeconds(30))).isZero();
    }

    @Test
    void theTargetIndexFollowsAssignReassignAndUnassign() {
        // given two seeded numbers and a Direct Routing number that only exists while assigned
        TeamsNumber a = number("+4930100");
        TeamsNumber b = number("+4930101");
        store.put(a);
        store.put(b);
        assertThat(store.assignedTo("u1")).isEmpty();

        // when both are assigned to u1, then one of them reassigned to u2 (ids compare case-insensitively)
        store.put(a.assignedTo("U1", "primary"));
        store.put(b.assignedTo("u1", "private"));
        assertThat(store.assignedTo("u1")).extracting(TeamsNumber::telephoneNumber).containsExactlyInAnyOrder("+4930100", "+4930101");
        store.put(b.assignedTo("u2", "primary"));

        // then each user holds exactly its numbers
        assertThat(store.assignedTo("u1")).extracting(TeamsNumber::telephoneNumber).containsExactly("+4930100");
        assertThat(store.assignedTo("U2")).extracting(TeamsNumber::telephoneNumber).containsExactly("+4930101");

        // and unassigning, updating and removing keep the index right
        store.put(store.find("+4930100").orElseThrow().unassigned());
        assertThat(store.assignedTo("u1")).isEmpty();
        store.put(store.find("+4930101").orElseThrow().located("loc-1", null));
        assertThat(store.assignedTo("u2")).singleElement().satisfies(n -> assertThat(n.locationId()).isEqualTo("loc-1"));
        store.remove("4930101");
        assertThat(store.assignedTo("u2")).isEmpty();
        assertThat(store.numbers()).containsOnlyKeys("+4930100");
    }

    private static NumberOperation operation(String id, long dueInSeconds) {
        return new NumberOperation(id, NumberOperation.Kind.ASSIGN, "+4930100", "u1", "directRouting", "primary", null, null, T0,
                T0.plus(Duration.ofSeconds(dueInSeconds / 2)), T0.plusSeconds(dueInSeconds), "notStarted", null, null);
    }

    private static TeamsNumber number(String telephoneNumber) {
        return new TeamsNumber(telephoneNumber, "directRouting", null, null, null, null, null, null, null, null, null, null, null, true);
    }
}
