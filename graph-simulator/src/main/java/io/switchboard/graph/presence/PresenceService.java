package io.switchboard.graph.presence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.graph.common.GraphException;
import io.switchboard.graph.common.Json;
import io.switchboard.graph.common.SimClock;
import io.switchboard.graph.identity.GraphPrincipal;
import io.switchboard.graph.presence.PresenceState.Preferred;
import io.switchboard.graph.presence.PresenceState.Session;
import io.switchboard.graph.presence.PresenceState.View;
import io.switchboard.graph.subscriptions.NotificationService;
import io.switchboard.graph.tenants.Tenant;
import io.switchboard.graph.tenants.TenantSettings;
import io.switchboard.graph.users.DirectoryUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** setPresence / clearPresence / preferred presence, reads, and notifications when the aggregate changes. */
@ApplicationScoped
public class PresenceService {

    private static final Set<String> SESSION_PAIRS = Set.of("Available/Available", "Busy/InACall", "Busy/InAConferenceCall",
            "Away/Away", "DoNotDisturb/Presenting");
    private static final Set<String> PREFERRED_PAIRS = Set.of("Available/Available", "Busy/Busy", "DoNotDisturb/DoNotDisturb",
            "BeRightBack/BeRightBack", "Away/Away", "Offline/OffWork");
    private static final Map<String, String> CANONICAL = new HashMap<>();

    static {
        for (String word : Set.of("Available", "Busy", "Away", "DoNotDisturb", "BeRightBack", "Offline", "InACall",
                "InAConferenceCall", "Presenting", "OffWork")) {
            CANONICAL.put(word.toLowerCase(Locale.ROOT), word);
        }
    }

    private final SimClock clock;
    private final NotificationService notifications;

    public PresenceService(SimClock clock, NotificationService notifications) {
        this.clock = clock;
        this.notifications = notifications;
    }

    public ObjectNode view(Tenant tenant, String userIdOrUpn) {
        DirectoryUser user = tenant.directory().requireActive(userIdOrUpn);
        return render(user.id(), current(tenant, user.id()));
    }

    public View current(Tenant tenant, String userId) {
        TenantSettings s = tenant.settings();
        return PresenceAggregator.aggregate(tenant.presence().get(userId), clock.now(), s.presenceIdleAfter(), s.presenceAwayAfter());
    }

    public void setPresence(Tenant tenant, GraphPrincipal caller, String userIdOrUpn, JsonNode body) {
        DirectoryUser user = tenant.directory().requireActive(userIdOrUpn);
        String sessionId = Json.requiredText(body, "sessionId");
        if (!caller.delegated() && !sessionId.equalsIgnoreCase(caller.appId())) {
            throw GraphException.badRequest("The sessionId must be the application id of the caller (" + caller.appId() + ").");
        }
        String pair = pair(body, SESSION_PAIRS, "setPresence");
        Duration expiration = duration(body, Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofHours(4));
        Instant now = clock.now();
        String[] parts = pair.split("/");
        Session session = new Session(sessionId.toLowerCase(Locale.ROOT), parts[0], parts[1], now, now.plus(expiration));
        change(tenant, user.id(), s -> {
            Map<String, Session> sessions = new HashMap<>(s.sessions());
            sessions.put(session.sessionId(), session);
            return new PresenceState(Map.copyOf(sessions), s.preferred(), s.lastReported());
        });
    }

    public void clearPresence(Tenant tenant, String userIdOrUpn, JsonNode body) {
        DirectoryUser user = tenant.directory().requireActive(userIdOrUpn);
        String sessionId = Json.requiredText(body, "sessionId").toLowerCase(Locale.ROOT);
        change(tenant, user.id(), s -> {
            Map<String, Session> sessions = new HashMap<>(s.sessions());
            sessions.remove(sessionId);
            return new PresenceState(Map.copyOf(sessions), s.preferred(), s.lastReported());
        });
    }

    public void setPreferred(Tenant tenant, String userIdOrUpn, JsonNode body) {
        DirectoryUser user = tenant.directory().requireActive(userIdOrUpn);
        String pair = pair(body, PREFERRED_PAIRS, "setUserPreferredPresence");
        String[] parts = pair.split("/");
        // Graph's defaults when no expiration is given: a day for DoNotDisturb, a week for anything else.
        Duration fallback = "DoNotDisturb".equals(parts[0]) ? Duration.ofDays(1) : Duration.ofDays(7);
        Duration expiration = duration(body, fallback, Duration.ofMinutes(5), Duration.ofDays(7));
        Preferred preferred = new Preferred(parts[0], parts[1], clock.now().plus(expiration));
        change(tenant, user.id(), s -> new PresenceState(s.sessions(), preferred, s.lastReported()));
    }

    public void clearPreferred(Tenant tenant, String userIdOrUpn) {
        DirectoryUser user = tenant.directory().requireActive(userIdOrUpn);
        change(tenant, user.id(), s -> new PresenceState(s.sessions(), null, s.lastReported()));
    }

    /** Time-driven changes (fading, expiry): notifies and forgets states that have fully run out. */
    public void sweep(Tenant tenant) {
        Instant now = clock.now();
        for (String userId : tenant.presence().userIds()) {
            reportIfChanged(tenant, userId);
            PresenceState state = tenant.presence().get(userId);
            if (PresenceAggregator.expired(state, now) && View.OFFLINE.equals(state.lastReported())) {
                tenant.presence().remove(userId);
            }
        }
    }

    public static ObjectNode render(String userId, View view) {
        ObjectNode out = Json.object();
        out.put("id", userId);
        out.put("availability", view.availability());
        out.put("activity", view.activity());
        out.putNull("statusMessage");
        return out;
    }

    private void change(Tenant tenant, String userId, java.util.function.UnaryOperator<PresenceState> change) {
        tenant.presence().update(userId, change);
        reportIfChanged(tenant, userId);
    }

    private void reportIfChanged(Tenant tenant, String userId) {
        View[] changed = new View[1];
        tenant.presence().update(userId, s -> {
            TenantSettings settings = tenant.settings();
            View now = PresenceAggregator.aggregate(s, clock.now(), settings.presenceIdleAfter(), settings.presenceAwayAfter());
            if (now.equals(s.lastReported())) {
                return s;
            }
            changed[0] = now;
            return new PresenceState(s.sessions(), s.preferred(), now);
        });
        if (changed[0] != null) {
            notifications.presenceChanged(tenant, userId);
        }
    }

    private static String pair(JsonNode body, Set<String> allowed, String action) {
        String availability = canonical(Json.requiredText(body, "availability"));
        String activity = canonical(Json.requiredText(body, "activity"));
        String pair = availability + "/" + activity;
        if (!allowed.contains(pair)) {
            throw GraphException.badRequest("The availability and activity combination '" + pair + "' is not supported by " + action
                    + ". Supported: " + allowed + ".");
        }
        return pair;
    }

    private static String canonical(String value) {
        return CANONICAL.getOrDefault(value.toLowerCase(Locale.ROOT), value);
    }

    private static Duration duration(JsonNode body, Duration fallback, Duration min, Duration max) {
        String text = Json.optionalText(body, "expirationDuration");
        if (text == null) {
            return fallback;
        }
        Duration duration;
        try {
            duration = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw GraphException.badRequest("expirationDuration '" + text + "' is not an ISO 8601 duration.");
        }
        if (duration.compareTo(min) < 0 || duration.compareTo(max) > 0) {
            throw GraphException.badRequest("expirationDuration must be between " + min + " and " + max + ", was " + text + ".");
        }
        return duration;
    }
}
