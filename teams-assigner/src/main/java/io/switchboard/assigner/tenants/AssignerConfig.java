package io.switchboard.assigner.tenants;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Settings of the teams-assigner ({@code switchboard.assigner.*}). */
@ConfigMapping(prefix = "switchboard.assigner")
public interface AssignerConfig {

    /** Tenants this instance writes to, by Entra tenant id: {@code switchboard.assigner.tenants."<tenant-id>".client-id=...}. */
    Map<String, Tenant> tenants();

    Worker worker();

    Retry retry();

    Reconciliation reconciliation();

    interface Tenant {
        /** Application (client) id of the tenant's Switchboard app registration. */
        String clientId();

        /** Its client secret; put it in a Kubernetes secret or an environment variable, never in the file. */
        String clientSecret();

        /** Authority without tenant; the local stack's graph-simulator by default. */
        @WithDefault("http://127.0.0.1:8090")
        String tokenBaseUrl();

        /** Graph root including the version. */
        @WithDefault("http://127.0.0.1:8090/v1.0")
        String graphBaseUrl();

        @WithDefault("true")
        boolean enabled();

        Budget budget();
    }

    /**
     * Small by default because real Graph throttles each tenant (and app) and answers 429 beyond its limits; raise it
     * per tenant only as far as its 429s allow. A simulated tenant (the local stack's demo) can take 2000 / 128.
     */
    interface Budget {
        /** Graph requests per second for this tenant (token bucket; bursts up to one second's worth). */
        @WithDefault("10")
        double requestsPerSecond();

        /** Tasks of this tenant worked on at the same time. */
        @WithDefault("4")
        int concurrency();
    }

    interface Worker {
        @WithDefault("true")
        boolean enabled();

        /** How often the worker looks for due tasks when nothing woke it up. */
        @WithDefault("500ms")
        Duration pollInterval();

        /** How long a claimed task stays invisible to other replicas; must exceed one task step (a Graph call or two). */
        @WithDefault("2m")
        Duration lease();

        /** Delay before the first poll of a long-running operation, and between polls. */
        @WithDefault("1s")
        Duration operationPollInterval();

        /**
         * After a submission whose outcome is unknown (crash, timeout before the 202), how long to wait for
         * Teams to show its effect before submitting again: never two effective assignNumber calls.
         */
        @WithDefault("2m")
        Duration submissionGrace();

        /**
         * Worker threads of this instance, shared by all tenants (each tenant's concurrency is its own limit). A step
         * mostly waits for Graph or the database, so threads, not cores, bound how many run at once; idle ones end.
         */
        @WithDefault("128")
        int threads();

        /** Graph call timeout. */
        @WithDefault("30s")
        Duration callTimeout();
    }

    interface Retry {
        /**
         * Ceiling of the first back-off (the delay is half of it plus a random half), doubling per attempt. Short,
         * because the common first failure is a licence a few seconds from propagating; Retry-After still rules 429s.
         */
        @WithDefault("1s")
        Duration initialDelay();

        @WithDefault("15m")
        Duration maxDelay();

        /** How long after the request arrived a task is retried before it fails with GAVE_UP (licences propagate slowly). */
        @WithDefault("24h")
        Duration maxAge();
    }

    interface Reconciliation {
        /** Period of the scheduled reconciliation of every enabled tenant ({@code off} disables it). */
        @WithDefault("1h")
        String every();

        /** Import a tenant's existing assignments (PRE_EXISTING) when it is first seen. */
        @WithDefault("true")
        boolean importOnStart();
    }
}
