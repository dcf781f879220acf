package io.switchboard.graph.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Startup configuration; per-tenant values here are only the defaults for new tenants. */
@ConfigMapping(prefix = "simulator")
public interface SimulatorConfig {

    /**
     * Base URL put into {@code iss} and discovery (e.g. {@code http://127.0.0.1:8090}). When absent it is taken
     * from each request's Host, which is right as long as every client uses the same host name.
     */
    Optional<String> issuerBaseUrl();

    /** Lifetime of issued access tokens. */
    @WithDefault("PT1H")
    Duration tokenLifetime();

    /** How often time-driven work runs: operations, presence fading, notification batches. */
    @WithDefault("PT0.2S")
    Duration tick();

    /**
     * How long a finished number operation stays readable by id; after that it reads as not found and its
     * memory is freed (bulk onboarding creates one per user).
     */
    @WithDefault("PT1H")
    Duration operationRetention();

    /** Entries kept in the request log. */
    @WithDefault("20000")
    int requestLogCapacity();

    Seed seed();

    Defaults defaults();

    interface Seed {
        /** Seed the bundled demo tenant at startup. */
        @WithDefault("false")
        boolean demo();

        /** A seed document (JSON) to load at startup, relative to the working directory. */
        Optional<String> file();
    }

    interface Defaults {
        @WithDefault("100")
        int pageSize();

        @WithDefault("100")
        int deltaPageSize();

        @WithDefault("P7D")
        Duration deltaTokenLifetime();

        @WithDefault("P30D")
        Duration deletedRetention();

        @WithDefault("PT2S")
        Duration operationDelay();

        @WithDefault("PT30S")
        Duration licencePropagationDelay();

        @WithDefault("PT5M")
        Duration presenceIdleAfter();

        @WithDefault("PT5M")
        Duration presenceAwayAfter();

        @WithDefault("PT10S")
        Duration validationTimeout();
    }
}
