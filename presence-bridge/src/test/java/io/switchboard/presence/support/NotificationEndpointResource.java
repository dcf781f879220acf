package io.switchboard.presence.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Gives the bridge under test a fixed, free HTTP port and points its public notification URL at it,
 * so the graph-simulator can validate and call it. Global (not a test profile): a profile restarts
 * Quarkus, which the shared embedded Kafka does not survive. Only tenants with a sync account in the
 * test configuration subscribe. (The directory-watcher's tests have the same small resource for
 * their own URL property; deliberately not shared, it is three lines of configuration.)
 */
public class NotificationEndpointResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        int port = freePort();
        return Map.of("quarkus.http.test-port", Integer.toString(port),
                "switchboard.presence.subscriptions.notification-url", "http://127.0.0.1:" + port + "/api/graph/presence-notifications");
    }

    @Override
    public void stop() {
        // nothing to stop
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
