package io.switchboard.graph.subscriptions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.graph.common.Json;
import java.time.Instant;
import java.util.Set;

/**
 * A change-notification subscription.
 *
 * @param kind        what it watches: all users, or the presence of the listed users
 * @param userIds     for presence subscriptions, the (lower-case) user ids; empty for users
 * @param changeTypes parsed from {@code changeType}
 * @param creatorId   the signed-in user for delegated subscriptions, else the app's service principal
 */
public record Subscription(String id, String tenantId, Kind kind, String resource, Set<String> userIds, String changeType,
                           Set<String> changeTypes, String notificationUrl, String lifecycleNotificationUrl, String clientState,
                           Instant expirationDateTime, String applicationId, String creatorId) {

    public enum Kind { USERS, PRESENCE }

    public Subscription withExpiration(Instant expiration) {
        return new Subscription(id, tenantId, kind, resource, userIds, changeType, changeTypes, notificationUrl,
                lifecycleNotificationUrl, clientState, expiration, applicationId, creatorId);
    }

    public ObjectNode toJson() {
        ObjectNode out = Json.object();
        out.put("id", id);
        out.put("resource", resource);
        out.put("applicationId", applicationId);
        out.put("changeType", changeType);
        out.put("clientState", clientState);
        out.put("notificationUrl", notificationUrl);
        out.putNull("notificationQueryOptions");
        out.put("lifecycleNotificationUrl", lifecycleNotificationUrl);
        out.put("expirationDateTime", Json.timestamp(expirationDateTime));
        out.put("creatorId", creatorId);
        out.put("includeResourceData", false);
        out.put("latestSupportedTlsVersion", "v1_2");
        out.putNull("encryptionCertificate");
        out.putNull("encryptionCertificateId");
        out.putNull("notificationUrlAppId");
        return out;
    }
}
