package io.switchboard.presence.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Everything the presence-bridge can be tuned with; every key has a default for the local stack. */
@ConfigMapping(prefix = "switchboard.presence")
public interface PresenceConfig {

    Graph graph();

    Webhook webhook();

    Session session();

    Poll poll();

    Delivery delivery();

    interface Graph {
        /** Identity provider root without tenant; tokens come from {@code <url>/<tenant>/oauth2/v2.0/token}. */
        @WithDefault("http://127.0.0.1:8090")
        String tokenBaseUrl();

        @WithDefault("http://127.0.0.1:8090/v1.0")
        String graphBaseUrl();

        /** The bridge's (multi-tenant) application id; also the setPresence session id. */
        @WithDefault("presence-bridge")
        String clientId();

        @WithDefault("presence-bridge-secret")
        String clientSecret();

        /** Per-tenant credentials where a tenant uses an app registration of its own. */
        Map<String, TenantCredentials> tenants();

        /** Worker threads for the blocking Graph SDK. */
        @WithDefault("32")
        int threads();
    }

    interface TenantCredentials {
        String clientId();

        String clientSecret();
    }

    interface Webhook {
        /** How far a signed request's timestamp may be from now. */
        @WithDefault("PT5M")
        Duration replayWindow();
    }

    interface Session {
        /** expirationDuration of setPresence; Graph accepts PT5M to PT4H. */
        @WithDefault("PT15M")
        Duration expiration();

        /** Refresh a session this long before it would expire, for as long as the platform state lasts. */
        @WithDefault("PT2M")
        Duration refreshAhead();

        /** How often sessions due for refresh are looked for. */
        @WithDefault("5s")
        String refreshEvery();
    }

    interface Poll {
        @WithDefault("true")
        boolean enabled();

        /** getPresencesByUserId accepts at most 650 ids. */
        @WithDefault("650")
        int batchSize();

        /** Requests the tenant's budget allows per window (Graph documents 1,500 per 30 s per app and tenant). */
        @WithDefault("1500")
        int budgetRequests();

        @WithDefault("PT30S")
        Duration budgetWindow();

        /** Share of the budget the poller may use, leaving room for setPresence and other callers. */
        @WithDefault("0.5")
        double budgetShare();

        /** Never poll a tenant more often than this, however few users it has. */
        @WithDefault("PT1S")
        Duration minInterval();

        /** How often the poller looks for tenants due for a poll. */
        @WithDefault("PT0.2S")
        Duration tick();
    }

    interface Delivery {
        @WithDefault("8")
        int maxAttempts();

        @WithDefault("PT0.2S")
        Duration initialBackoff();

        @WithDefault("PT30S")
        Duration maxBackoff();

        @WithDefault("PT10S")
        Duration timeout();

        /** Requests in flight per webhook URL; the rest queue in memory. */
        @WithDefault("64")
        int concurrency();
    }
}
