package io.switchboard.directory.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Gives the application under test a fixed, free HTTP port and points the public notification URL at
 * it, so the graph-simulator can validate and call it. A global test resource (not a test profile):
 * a profile would restart Quarkus in a new class loader, which the shared embedded Kafka does not survive.
 * Tenants subscribe only when registered with notifications on.
 */
public class NotificationEndpointResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        int port = freePort();
        return Map.of("quarkus.http.test-port", Integer.toString(port),
                "switchboard.directory.notifications.url", "http://127.0.0.1:" + port + "/api/notifications/users");
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
