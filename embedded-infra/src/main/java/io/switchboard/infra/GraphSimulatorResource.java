package io.switchboard.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts the shared graph-simulator process for a {@code @QuarkusTest} and exposes its address as
 * {@code switchboard.test.graph-simulator.url} (tests read it to seed tenants through
 * {@code /_simulator} and to point the service's Graph and token base URLs at it). A module that
 * uses it declares a test-scoped dependency on {@code graph-simulator} (type pom, all excluded) so
 * Maven packages the simulator first.
 */
public class GraphSimulatorResource implements QuarkusTestResourceLifecycleManager {

    public static final String URL_PROPERTY = "switchboard.test.graph-simulator.url";

    @Override
    public Map<String, String> start() {
        return Map.of(URL_PROPERTY, SharedInfra.graphSimulator().baseUrl());
    }

    @Override
    public void stop() {
        // shared per JVM, see SharedInfra
    }
}
