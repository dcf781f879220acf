package io.switchboard.bench.clients;

import io.switchboard.events.EventCatalog;
import io.switchboard.events.EventJson;
import io.switchboard.events.Topics;
import io.switchboard.events.assignments.AssignmentCompleted;
import io.switchboard.events.assignments.AssignmentFailed;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Follows {@code teams.assignments} from its end: when Teams confirmed each user's assignment (the AssignmentCompleted
 * event's {@code occurredAt}: the moment teams-assigner saw the operation succeed in Teams), how often, and failures.
 */
public final class AssignmentEvents implements AutoCloseable {

    /** A user's confirmed assignments (more than one means a doubled assignment). */
    public record Completion(Instant firstAt, List<String> numbers) {
    }

    private final Map<String, Completion> completed = new ConcurrentHashMap<>();
    private final Map<String, String> failed = new ConcurrentHashMap<>();
    private final TopicFollower follower;

    public AssignmentEvents(String bootstrapServers) throws InterruptedException {
        follower = new TopicFollower(bootstrapServers, List.of(Topics.TEAMS_ASSIGNMENTS), this::accept);
    }

    private void accept(ConsumerRecord<String, String> record) {
        Header type = record.headers().lastHeader("ce_type");
        String ceType = type == null ? "" : new String(type.value(), StandardCharsets.UTF_8);
        if (ceType.equals(EventCatalog.ASSIGNMENT_COMPLETED.ceType())) {
            AssignmentCompleted event = EventJson.read(record.value(), AssignmentCompleted.class);
            completed.compute(event.userId(), (user, before) -> {
                List<String> numbers = new ArrayList<>(before == null ? List.of() : before.numbers());
                numbers.add(event.phoneNumber());
                Instant at = event.meta().occurredAt();
                return new Completion(before == null || at.isBefore(before.firstAt()) ? at : before.firstAt(), numbers);
            });
        } else if (ceType.equals(EventCatalog.ASSIGNMENT_FAILED.ceType())) {
            AssignmentFailed event = EventJson.read(record.value(), AssignmentFailed.class);
            failed.put(event.userId(), String.valueOf(event.reason()));
        }
    }

    public Map<String, Completion> completed() {
        return completed;
    }

    public Map<String, String> failed() {
        return failed;
    }

    /** How many of {@code users} have a confirmed assignment. */
    public long completedAmong(java.util.Collection<String> users) {
        return users.stream().filter(completed::containsKey).count();
    }

    @Override
    public void close() throws InterruptedException {
        follower.close();
    }
}
