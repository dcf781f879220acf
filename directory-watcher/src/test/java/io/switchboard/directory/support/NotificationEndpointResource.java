package io.switchboard.directory.support;

/** The watcher's users notification URL on the test's own port (tenants subscribe when registered with notifications on). */
public class NotificationEndpointResource extends io.switchboard.infra.NotificationEndpointResource {

    public NotificationEndpointResource() {
        super("switchboard.directory.notifications.url", "/api/notifications/users");
    }
}
