package io.switchboard.bench.clients;

import io.switchboard.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * When each user first passed each stage of the pipeline: the first record about the user (CloudEvents subject) on
 * the watcher's, rule-engine's, inventory's and assigner's topics, by the record's timestamp. Shows which stage a bulk
 * run waits for.
 */
public final class StageClock implements AutoCloseable {

    /** The pipeline's topics in order, with the service that writes each. */
    public static final List<String> STAGES = List.of(Topics.DIRECTORY_USER_CHANGES, Topics.PROVISIONING_DECISIONS,
            Topics.INVENTORY_RESERVATIONS, Topics.TEAMS_ASSIGNMENTS);
    public static final Map<String, String> WRITER = Map.of(Topics.DIRECTORY_USER_CHANGES, "directory-watcher",
            Topics.PROVISIONING_DECISIONS, "rule-engine", Topics.INVENTORY_RESERVATIONS, "number-inventory",
            Topics.TEAMS_ASSIGNMENTS, "teams-assigner");

    private final Map<String, Map<String, Instant>> firstSeen = new ConcurrentHashMap<>();
    private final TopicFollower follower;

    public StageClock(String bootstrapServers) throws InterruptedException {
        STAGES.forEach(s -> firstSeen.put(s, new ConcurrentHashMap<>()));
        follower = new TopicFollower(bootstrapServers, STAGES, this::accept);
    }

    private void accept(ConsumerRecord<String, String> record) {
        Header subject = record.headers().lastHeader("ce_subject");
        if (subject != null) {
            firstSeen.get(record.topic()).putIfAbsent(new String(subject.value(), StandardCharsets.UTF_8), Instant.ofEpochMilli(record.timestamp()));
        }
    }

    /** When the last of {@code users} passed {@code stage}, or null if not all did. */
    public Instant allPassed(String stage, Collection<String> users) {
        Instant last = Instant.MIN;
        Map<String, Instant> seen = firstSeen.get(stage);
        for (String user : users) {
            Instant at = seen.get(user);
            if (at == null) {
                return null;
            }
            last = at.isAfter(last) ? at : last;
        }
        return last;
    }

    public long passed(String stage, Collection<String> users) {
        Map<String, Instant> seen = firstSeen.get(stage);
        return users.stream().filter(seen::containsKey).count();
    }

    @Override
    public void close() throws InterruptedException {
        follower.close();
    }
}
