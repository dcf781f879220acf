package io.switchboard.presence.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.switchboard.presence.identities.ConflictPolicy;
import io.switchboard.presence.identities.IdentityKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the presence-bridge can be tuned with; every key has a default for the local stack. */
@ConfigMapping(prefix = "switchboard.presence")
public interface PresenceConfig {

    Graph graph();

    Webhook webhook();

    Session session();

    Poll poll();

    Delivery delivery();

    Subscriptions subscriptions();

    /**
     * Platforms declared in configuration, by tenant id and platform id; loaded (upserted) at start.
     * The REST API cannot change or delete them, so a restart never silently undoes an API edit.
     */
    Map<String, Map<String, StaticPlatform>> platforms();

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

    /**
     * Delegated presence subscriptions (push instead of poll) for tenants that configure a sync account.
     * Graph supports presence subscriptions only with a signed-in user's token (Presence.Read.All).
     */
    interface Subscriptions {
        /** Public URL of {@code /api/graph/presence-notifications}; without it no tenant subscribes. */
        Optional<String> notificationUrl();

        /** Tenants with a presence sync account, by tenant id. */
        Map<String, SyncAccount> tenants();

        /** Requested lifetime; Graph allows at most one hour for presence. */
        @WithDefault("PT55M")
        Duration lifetime();

        /** Renew a subscription this long before it expires. */
        @WithDefault("PT10M")
        Duration renewBefore();

        /** How often subscriptions are created, renewed and completed with new users. */
        @WithDefault("30s")
        String checkEvery();

        /** Graph accepts at most 650 ids per presence subscription. */
        @WithDefault("650")
        int chunkSize();

        /** While every matched user of a tenant is covered by a subscription, the poll runs at most this often (safety net). */
        @WithDefault("PT60S")
        Duration safetyNetInterval();
    }

    /** A dedicated (unlicensed) account that signs in with the resource-owner password grant. */
    interface SyncAccount {
        String username();

        String password();

        /** App to sign in through; the bridge's own app when absent. */
        Optional<String> clientId();

        Optional<String> clientSecret();
    }

    /** One platform as {@code switchboard.presence.platforms."<tenant>"."<platform>".*}; the same fields as the REST body. */
    interface StaticPlatform {
        /** Display name; the platform id when absent. */
        Optional<String> name();

        IdentityKey identityKey();

        @WithDefault("4")
        int extensionDigits();

        @WithDefault("PRIMARY")
        ConflictPolicy conflictPolicy();

        String inboundSecret();

        Optional<String> outboundSecret();

        Optional<List<String>> webhookUrls();

        /** Platform state → {@code Availability/Activity} or {@code clear}. */
        Map<String, String> inboundMapping();

        /** {@code "Availability/Activity"} (quoted key) → platform state, empty = do not send. */
        Map<String, String> outboundMapping();
    }
}
