package io.switchboard.presence.support;

/** The bridge's presence notification URL on the test's own port (only tenants with a sync account subscribe). */
public class NotificationEndpointResource extends io.switchboard.infra.NotificationEndpointResource {

    public NotificationEndpointResource() {
        super("switchboard.presence.subscriptions.notification-url", "/api/graph/presence-notifications");
    }
}
