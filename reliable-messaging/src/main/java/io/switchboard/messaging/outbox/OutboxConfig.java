package io.switchboard.messaging.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the transactional outbox and its relay ({@code switchboard.outbox.*}). */
@ConfigMapping(prefix = "switchboard.outbox")
public interface OutboxConfig {

    /** {@code ce_source} of every event this service publishes. */
    @WithDefault("/switchboard/${quarkus.application.name}")
    String source();

    Relay relay();

    interface Relay {
        /** Run the relay in this instance (several replicas may all run it: one at a time publishes). */
        @WithDefault("true")
        boolean enabled();

        /** How long the relay waits when the outbox is empty; a wake-up after a commit cuts it short. */
        @WithDefault("50ms")
        Duration pollInterval();

        @WithDefault("500")
        int batchSize();

        /** How long published rows are kept (for debugging) before housekeeping deletes them. */
        @WithDefault("1h")
        Duration retention();

        /** How long processed event ids are kept in the inbox; longer than any redelivery can take. */
        @WithDefault("7d")
        Duration inboxRetention();
    }
}
