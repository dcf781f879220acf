package io.switchboard.directory.support;

import io.switchboard.events.EventJson;
import io.switchboard.events.Topics;
import io.switchboard.events.directory.UserChangeType;
import io.switchboard.events.directory.UserChanged;
import io.switchboard.infra.TopicReader;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** Reads a tenant's {@code UserChanged} events from {@code directory.user-changes}. */
public final class UserChanges {

    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private final String bootstrapServers;
    private final String tenantId;

    public UserChanges(String bootstrapServers, String tenantId) {
        this.bootstrapServers = bootstrapServers;
        this.tenantId = tenantId;
    }

    /** Waits for {@code count} events of the tenant matching {@code filter}. */
    public List<UserChanged> await(int count, Predicate<UserChanged> filter) {
        return TopicReader.await(bootstrapServers, Topics.DIRECTORY_USER_CHANGES, count,
                        r -> r.key().startsWith(tenantId + "/") && filter.test(EventJson.read(r.value(), UserChanged.class)), PATIENCE)
                .stream().map(r -> EventJson.read(r.value(), UserChanged.class)).toList();
    }

    /** Waits for one event of {@code type} about {@code userId}. */
    public UserChanged awaitOne(String userId, UserChangeType type) {
        return await(1, e -> e.user().id().equals(userId) && e.changeType() == type).get(0);
    }

    /** Everything of the tenant on the topic now. */
    public List<UserChanged> all() {
        return TopicReader.readAll(bootstrapServers, Topics.DIRECTORY_USER_CHANGES, r -> r.key().startsWith(tenantId + "/"))
                .stream().map(r -> EventJson.read(r.value(), UserChanged.class)).toList();
    }

    public List<UserChanged> of(String userId) {
        return all().stream().filter(e -> e.user().id().equals(userId)).toList();
    }
}
