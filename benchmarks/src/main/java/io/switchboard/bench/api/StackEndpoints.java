package io.switchboard.bench.api;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where a running stack listens and the local credentials the benchmarks use. The scenarios need nothing else, so
 * system-tests can point them at a stack of their own.
 *
 * @param simulatorUrl  graph-simulator root, e.g. {@code http://127.0.0.1:8090}
 * @param watcherUrl    directory-watcher root
 * @param rulesUrl      rule-engine root
 * @param inventoryUrl  number-inventory root
 * @param assignerUrl   teams-assigner root
 * @param presenceUrl   presence-bridge root
 * @param kafka         Kafka bootstrap servers
 * @param tenantId      the (demo) tenant every service watches
 * @param stackDir      the stack's directory (pids, logs) for the resource figures, or null when unknown
 */
public record StackEndpoints(String simulatorUrl, String watcherUrl, String rulesUrl, String inventoryUrl, String assignerUrl,
                             String presenceUrl, String kafka, String tenantId, Credentials credentials, Path stackDir) {

    /** The demo tenant's id and app registrations (graph-simulator's bundled seed, deploy/local/stack.sh). */
    public static final String DEMO_TENANT = "5e1f0c3a-7b2d-4c8e-9a61-2f4b8d0e6a11";

    /**
     * @param appId/appSecret           Switchboard's own app (reads users, subscriptions)
     * @param hrAppId/hrAppSecret       the demo HR system that creates and licenses users
     * @param adminAppId/adminAppSecret the admin CLI app, used with the admin person's password for admin API tokens
     */
    public record Credentials(String appId, String appSecret, String hrAppId, String hrAppSecret, String adminAppId,
                              String adminAppSecret, String adminUser, String adminPassword) {

        public static Credentials demo() {
            return new Credentials("3f6c9b0e-1d4a-4f7e-8c2b-6a5d9e0f1b22", "switchboard-local-secret",
                    "6d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f55", "demo-hr-onboarding-secret",
                    "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c33", "switchboard-admin-cli-secret",
                    "admin@contoso-demo.onmicrosoft.com", "admin");
        }
    }

    /** A local stack laid out as deploy/local/stack.sh lays it out: five consecutive service ports. */
    public static StackEndpoints local(int simulatorPort, int firstServicePort, int kafkaPort, Path stackDir) {
        String host = "http://127.0.0.1:";
        return new StackEndpoints(host + simulatorPort, host + firstServicePort, host + (firstServicePort + 1),
                host + (firstServicePort + 2), host + (firstServicePort + 3), host + (firstServicePort + 4),
                "127.0.0.1:" + kafkaPort, DEMO_TENANT, Credentials.demo(), stackDir);
    }

    /** From the SWITCHBOARD_* variables deploy/local/stack.sh reads, with its defaults. */
    public static StackEndpoints fromEnvironment(Map<String, String> env) {
        return local(port(env, "SWITCHBOARD_SIMULATOR_PORT", 8090), port(env, "SWITCHBOARD_SERVICE_PORT", 8081),
                port(env, "SWITCHBOARD_KAFKA_PORT", 19092), Path.of(env.getOrDefault("SWITCHBOARD_STACK_DIR", ".switchboard")));
    }

    public Optional<Path> stackDirectory() {
        return Optional.ofNullable(stackDir);
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
