package io.switchboard.assigner.assignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.infra.GraphSimulatorResource;
import io.switchboard.infra.KafkaAndPostgresResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The claim and the guarded writes of {@link TaskStore}: a worker whose lease ran out and whose task was
 * claimed again cannot write it any more, and a user's later task waits for the earlier one. The tenant is
 * not registered, so the running worker leaves its tasks alone.
 */
@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
@QuarkusTestResource(GraphSimulatorResource.class)
class ClaimTest {

    @Inject
    TaskStore store;
    @Inject
    DataSource dataSource;

    @Test
    void aWorkerWhoseLeaseWasTakenOverCannotWriteTheTask() throws Exception {
        // given a task claimed by one worker, whose lease ran out, and claimed again by another
        String tenant = "claim-" + UUID.randomUUID();
        insertTask(tenant, "user-1");
        ClaimedTask first = single(store.claim(tenant, 10, Duration.ZERO));
        ClaimedTask second = single(store.claim(tenant, 10, Duration.ofMinutes(2)));

        // when the first worker tries to record its submission, then the second one does
        // then only the second one's write lands
        assertThatThrownBy(() -> store.update(first, t -> t.submitting(Instant.now()))).isInstanceOf(LeaseLostException.class);
        store.update(second, t -> t.submitting(Instant.now()));
        assertThat(stateAndAttempts(second.task().seq())).isEqualTo("SUBMITTED/1");
        assertThat(store.claim(tenant, 10, Duration.ofMinutes(2))).as("hidden while leased").isEmpty();
    }

    @Test
    void onlyTheOldestOpenTaskOfAUserIsClaimed() throws Exception {
        // given an assignment and a later task of the same user, and a task of another user
        String tenant = "claim-" + UUID.randomUUID();
        long earlier = insertTask(tenant, "user-1");
        insertTask(tenant, "user-1");
        long other = insertTask(tenant, "user-2");

        // when a worker claims everything due
        List<ClaimedTask> claimed = store.claim(tenant, 10, Duration.ofMinutes(2));

        // then it gets the user's earlier task and the other user's, not the later one
        assertThat(claimed).extracting(c -> c.task().seq()).containsExactly(earlier, other);
        assertThat(claimed).allSatisfy(c -> assertThat(c.task().tenantId()).isEqualTo(tenant));
    }

    private static ClaimedTask single(List<ClaimedTask> claimed) {
        assertThat(claimed).hasSize(1);
        return claimed.get(0);
    }

    private long insertTask(String tenant, String user) throws Exception {
        String sql = """
                insert into assignment_task (tenant_id, request_id, kind, user_id, phone_number, number_type, state,
                                             cause_event_id, correlation_id)
                values (?, ?, 'ASSIGN', ?, '+14255550900', 'DIRECT_ROUTING', 'PENDING', ?, ?) returning seq""";
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(sql)) {
            insert.setString(1, tenant);
            insert.setString(2, "res-" + UUID.randomUUID());
            insert.setString(3, user);
            insert.setString(4, UUID.randomUUID().toString());
            insert.setString(5, UUID.randomUUID().toString());
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private String stateAndAttempts(long seq) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("select state, attempts from assignment_task where seq = ?")) {
            query.setLong(1, seq);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getString(1) + "/" + rs.getInt(2);
            }
        }
    }
}
