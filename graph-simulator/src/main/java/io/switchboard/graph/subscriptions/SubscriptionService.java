package io.switchboard.graph.subscriptions;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.switchboard.graph.common.GraphException;
import io.switchboard.graph.common.Json;
import io.switchboard.graph.common.SimClock;
import io.switchboard.graph.identity.Authenticator;
import io.switchboard.graph.identity.Caller;
import io.switchboard.graph.identity.Permission;
import io.switchboard.graph.presence.CommunicationsPresenceResource;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Creating and renewing subscriptions with Graph's rules, including the notification URL validation handshake. */
@ApplicationScoped
public class SubscriptionService {

    /** Graph's maximum lifetimes: 41,760 minutes for users, one hour for presence. */
    static final Duration MAX_USERS = Duration.ofMinutes(41_760);
    static final Duration MAX_PRESENCE = Duration.ofHours(1);

    private static final Pattern PRESENCE_FILTER = Pattern.compile(
            "/?communications/presences\\?\\$filter=id\\s+in\\s*\\((.*)\\)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRESENCE_SINGLE = Pattern.compile("/?communications/presences/([^/?]+)", Pattern.CASE_INSENSITIVE);

    private final SimClock clock;
    private final NotificationService notifications;

    public SubscriptionService(SimClock clock, NotificationService notifications) {
        this.clock = clock;
        this.notifications = notifications;
    }

    public Uni<Subscription> create(Caller caller, JsonNode body) {
        String resource = Json.requiredText(body, "resource");
        String changeType = Json.requiredText(body, "changeType");
        String notificationUrl = Json.requiredText(body, "notificationUrl");
        Instant expiration = expiration(Json.requiredText(body, "expirationDateTime"));
        Subscription.Kind kind;
        Set<String> userIds = new LinkedHashSet<>();
        Matcher filter = PRESENCE_FILTER.matcher(resource.trim());
        Matcher single = PRESENCE_SINGLE.matcher(resource.trim());
        if (resource.trim().equalsIgnoreCase("users") || resource.trim().equalsIgnoreCase("/users")) {
            kind = Subscription.Kind.USERS;
            Authenticator.require(caller.principal(), Permission.USERS_READ);
        } else if (filter.matches() || single.matches()) {
            kind = Subscription.Kind.PRESENCE;
            if (!caller.principal().delegated()) {
                throw new GraphException(403, "Forbidden",
                        "Presence subscriptions are not supported with application permissions; use a delegated token (Presence.Read.All).");
            }
            Authenticator.require(caller.principal(), Permission.PRESENCE_READ);
            if (filter.matches()) {
                for (String id : filter.group(1).split(",")) {
                    userIds.add(id.trim().replace("'", "").toLowerCase(Locale.ROOT));
                }
            } else {
                userIds.add(single.group(1).toLowerCase(Locale.ROOT));
            }
            if (userIds.size() > CommunicationsPresenceResource.MAX_IDS) {
                throw GraphException.badRequest("A presence subscription supports at most " + CommunicationsPresenceResource.MAX_IDS
                        + " users; " + userIds.size() + " were given.");
            }
        } else {
            throw new GraphException(400, "InvalidRequest", "Resource '" + resource + "' is not supported by the simulator's subscriptions.");
        }
        Set<String> changeTypes = changeTypes(changeType, kind);
        checkLifetime(kind, expiration);
        URI url = notificationUri(notificationUrl);
        Subscription subscription = new Subscription(UUID.randomUUID().toString(), caller.tenant().id(), kind, resource, Set.copyOf(userIds),
                changeType, changeTypes, url.toString(), Json.optionalText(body, "lifecycleNotificationUrl"),
                Json.optionalText(body, "clientState"), expiration, caller.principal().appId(),
                caller.principal().delegated() ? caller.principal().userId() : caller.principal().appId());
        return validate(url, caller.tenant().settings().validationTimeout()).map(ignored -> {
            caller.tenant().subscriptions().put(subscription);
            return subscription;
        });
    }

    public Subscription renew(Caller caller, String id, JsonNode body) {
        Subscription current = owned(caller, id);
        Instant expiration = expiration(Json.requiredText(body, "expirationDateTime"));
        checkLifetime(current.kind(), expiration);
        Subscription renewed = current.withExpiration(expiration);
        caller.tenant().subscriptions().put(renewed);
        return renewed;
    }

    public Subscription owned(Caller caller, String id) {
        return caller.tenant().subscriptions().find(id, clock.now())
                .filter(s -> s.applicationId().equalsIgnoreCase(caller.principal().appId()))
                .orElseThrow(() -> new GraphException(404, "ResourceNotFound", "The object was not found."));
    }

    /** POST {url}?validationToken=...; the endpoint must echo the token as text/plain with 200 in time. */
    private Uni<Void> validate(URI url, Duration timeout) {
        String token = "Validation: Testing client application reachability for subscription Request-Id: " + UUID.randomUUID();
        String separator = url.getQuery() == null ? "?" : "&";
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + separator + "validationToken="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8).replace("+", "%20")))
                .timeout(timeout)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        return Uni.createFrom().completionStage(() -> notifications.http().sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                .onFailure().transform(e -> e instanceof java.net.http.HttpTimeoutException
                        ? new GraphException(400, "InvalidRequest", "Subscription validation request timed out.")
                        : new GraphException(400, "InvalidRequest", "Subscription validation request failed. Notification endpoint "
                        + url + " is not reachable: " + e.getMessage()))
                .map(response -> {
                    if (response.statusCode() != 200) {
                        throw new GraphException(400, "InvalidRequest", "Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request (was "
                                + response.statusCode() + ").");
                    }
                    if (!token.equals(response.body().trim())) {
                        throw new GraphException(400, "InvalidRequest",
                                "Subscription validation request failed. Response must exactly match validationToken query parameter.");
                    }
                    return null;
                });
    }

    private Instant expiration(String text) {
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw GraphException.badRequest("expirationDateTime '" + text + "' is not a valid ISO 8601 date-time.");
        }
    }

    private void checkLifetime(Subscription.Kind kind, Instant expiration) {
        Instant now = clock.now();
        Duration max = kind == Subscription.Kind.USERS ? MAX_USERS : MAX_PRESENCE;
        if (!expiration.isAfter(now)) {
            throw GraphException.badRequest("Subscription expiration can only be in the future.");
        }
        if (expiration.isAfter(now.plus(max).plusSeconds(60))) {
            throw GraphException.badRequest("Subscription expiration can only be " + max.toMinutes() + " minutes in the future.");
        }
    }

    private static Set<String> changeTypes(String changeType, Subscription.Kind kind) {
        Set<String> allowed = kind == Subscription.Kind.USERS ? Set.of("updated", "deleted") : Set.of("updated");
        Set<String> types = new LinkedHashSet<>();
        for (String t : changeType.split(",")) {
            String type = t.trim().toLowerCase(Locale.ROOT);
            if (!allowed.contains(type)) {
                throw GraphException.badRequest("changeType '" + t.trim() + "' is not supported for this resource; supported: " + allowed + ".");
            }
            types.add(type);
        }
        return Set.copyOf(types);
    }

    private static URI notificationUri(String text) {
        try {
            URI uri = URI.create(text);
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw GraphException.badRequest("notificationUrl '" + text + "' is not a valid URL.");
        }
    }
}
