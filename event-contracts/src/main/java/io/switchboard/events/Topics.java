package io.switchboard.events;

import java.util.List;

/**
 * Every Kafka topic of Switchboard with the partition count and cleanup policy the local stack,
 * the tests and the Kubernetes manifests use. {@code event-contracts/asyncapi.yaml} documents the
 * same set; {@code TopicsMatchAsyncApiTest} keeps them from drifting apart.
 */
public final class Topics {

    public static final String DIRECTORY_USER_CHANGES = "directory.user-changes";
    public static final String INVENTORY_RANGES = "inventory.ranges";
    public static final String PROVISIONING_DECISIONS = "provisioning.decisions";
    public static final String INVENTORY_RESERVATIONS = "inventory.reservations";
    public static final String TEAMS_ASSIGNMENTS = "teams.assignments";
    public static final String PRESENCE_UPDATES = "presence.updates";
    public static final String PRESENCE_PLATFORM_EVENTS = "presence.platform-events";

    /** Suffix of the dead-letter topic that belongs to each topic. */
    public static final String DLQ_SUFFIX = ".dlq";

    /** The topics that carry events, each with its dead-letter topic. */
    public static final List<TopicSpec> EVENT_TOPICS = List.of(
            new TopicSpec(DIRECTORY_USER_CHANGES, 6, false),
            new TopicSpec(INVENTORY_RANGES, 3, true),
            new TopicSpec(PROVISIONING_DECISIONS, 6, false),
            new TopicSpec(INVENTORY_RESERVATIONS, 6, false),
            new TopicSpec(TEAMS_ASSIGNMENTS, 6, false),
            new TopicSpec(PRESENCE_UPDATES, 6, false),
            new TopicSpec(PRESENCE_PLATFORM_EVENTS, 6, false));

    private Topics() {
    }

    public static String dlq(String topic) {
        return topic + DLQ_SUFFIX;
    }

    /** Every topic including the dead-letter topics (one partition each: they are read by people, not at scale). */
    public static List<TopicSpec> all() {
        var all = new java.util.ArrayList<>(EVENT_TOPICS);
        EVENT_TOPICS.forEach(t -> all.add(new TopicSpec(dlq(t.name()), 1, false)));
        return List.copyOf(all);
    }

    /** A topic's name, partition count and whether it is log-compacted. */
    public record TopicSpec(String name, int partitions, boolean compacted) {
    }
}
