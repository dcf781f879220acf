package io.switchboard.directory.tenants;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** {@code switchboard.directory.*}: the watched tenants and how the watcher syncs them. */
@ConfigMapping(prefix = "switchboard.directory")
public interface DirectoryConfig {

    /** Graph root used by tenants that do not set their own (the local graph-simulator by default). */
    @WithDefault("http://127.0.0.1:8090/v1.0")
    String graphBaseUrl();

    /** Token authority (without tenant) used by tenants that do not set their own. */
    @WithDefault("http://127.0.0.1:8090")
    String tokenBaseUrl();

    /** Time between scheduled delta rounds of a tenant that does not set its own. */
    @WithDefault("PT30S")
    Duration pollInterval();

    /** Tenants by a name of the operator's choice. */
    Map<String, TenantConfig> tenants();

    Notifications notifications();

    Retry retry();

    /** How long one replica may hold a tenant's sync lease without renewing it (renewed every page). */
    @WithDefault("PT2M")
    Duration leaseDuration();

    /** How long the SKU catalogue of a tenant is trusted before it is read again. */
    @WithDefault("PT1H")
    Duration skuRefreshInterval();

    /** Threads running rounds; tenants beyond this wait their turn. */
    @WithDefault("4")
    int syncThreads();

    /** Delta pages a round reads at most before it yields to other tenants (a later round continues). */
    @WithDefault("10000")
    int maxPagesPerRound();

    interface TenantConfig {
        /** Entra tenant id (GUID) or verified domain. */
        String tenantId();

        String clientId();

        /** The client secret itself (e.g. {@code ${GRAPH_SECRET_CONTOSO}}) ... */
        Optional<String> clientSecret();

        /** ... or a file holding it, e.g. a mounted Kubernetes secret. */
        Optional<String> clientSecretFile();

        Optional<String> graphBaseUrl();

        Optional<String> tokenBaseUrl();

        Optional<Duration> pollInterval();

        @WithDefault("true")
        boolean enabled();

        /** Subscribe to change notifications for this tenant when {@code notifications.url} is set. */
        @WithDefault("true")
        boolean notifications();
    }

    interface Notifications {
        /**
         * Public URL Graph posts change notifications to, e.g. {@code https://watcher.example.com/api/notifications/users}.
         * Without it the watcher polls only.
         */
        Optional<String> url();

        /** Notifications arriving within this window trigger one delta round. */
        @WithDefault("PT0.5S")
        Duration debounce();

        /** Lifetime requested for a users subscription (Graph allows up to 29 days). */
        @WithDefault("PT24H")
        Duration subscriptionLifetime();

        /** How often subscriptions are checked (created, renewed). */
        @WithDefault("60s")
        Duration checkEvery();

        /** A subscription is renewed when less than this is left. */
        @WithDefault("PT6H")
        Duration renewBefore();
    }

    interface Retry {
        /** First back-off after a transient Graph failure without Retry-After. */
        @WithDefault("PT1S")
        Duration base();

        /** Longest back-off without Retry-After. */
        @WithDefault("PT60S")
        Duration max();

        /** Transient failures in a row before a round gives up until its next run. */
        @WithDefault("8")
        int maxAttempts();
    }
}
