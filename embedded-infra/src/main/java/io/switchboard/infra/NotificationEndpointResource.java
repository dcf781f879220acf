package io.switchboard.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Gives the application under test a fixed, free HTTP port and points one of its public
 * notification URLs at it, so the graph-simulator can validate and call it. Subclass it per URL
 * property and use it as a global test resource, not a test profile: a profile would restart
 * Quarkus in a new class loader, which the shared embedded Kafka does not survive.
 */
public abstract class NotificationEndpointResource implements QuarkusTestResourceLifecycleManager {

    private final String urlProperty;
    private final String path;

    /** {@code urlProperty} is set to {@code http://127.0.0.1:<port><path>}. */
    protected NotificationEndpointResource(String urlProperty, String path) {
        this.urlProperty = urlProperty;
        this.path = path;
    }

    @Override
    public Map<String, String> start() {
        int port;
        try {
            port = EmbeddedKafka.freePort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.http.test-port", Integer.toString(port), urlProperty, "http://127.0.0.1:" + port + path);
    }

    @Override
    public void stop() {
        // nothing to stop
    }
}
