package io.switchboard.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.events.Topics;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml parses, every service is health-checked, dependencies exist, and it mirrors the local stack. */
@SuppressWarnings("unchecked")
class ComposeFileTest {

    private static final List<String> IMAGES = List.of("graph-simulator", "directory-watcher", "rule-engine",
            "number-inventory", "teams-assigner", "presence-bridge");
    private static final Map<String, Object> COMPOSE = new Yaml().load(Repo.read("docker-compose.yml"));
    private static final Map<String, Map<String, Object>> SERVICES = (Map<String, Map<String, Object>>) COMPOSE.get("services");

    @Test
    void everyServiceHasAHealthcheckOrIsAOneShotJob() {
        assertThat(SERVICES).containsKeys("kafka", "postgres");
        assertThat(SERVICES).containsKeys(IMAGES.toArray(String[]::new));
        SERVICES.forEach((name, service) -> {
            Map<String, Object> healthcheck = (Map<String, Object>) service.get("healthcheck");
            assertThat(healthcheck).as(name + " healthcheck").isNotNull();
            if (Boolean.TRUE.equals(healthcheck.get("disable"))) {
                assertThat(service.get("restart")).as(name + ": only a one-shot job goes without a healthcheck").isEqualTo("no");
            } else {
                assertThat((List<String>) healthcheck.get("test")).as(name).hasSizeGreaterThanOrEqualTo(2);
            }
        });
    }

    @Test
    void everyDependencyExistsAndCanReachItsCondition() {
        SERVICES.forEach((name, service) -> {
            Map<String, Map<String, Object>> dependsOn = (Map<String, Map<String, Object>>) service.getOrDefault("depends_on", Map.of());
            dependsOn.forEach((target, how) -> {
                assertThat(SERVICES).as(name + " depends on " + target).containsKey(target);
                Object condition = how.get("condition");
                Map<String, Object> targetHealth = (Map<String, Object>) SERVICES.get(target).get("healthcheck");
                boolean oneShot = Boolean.TRUE.equals(targetHealth.get("disable"));
                assertThat(condition).as(name + " -> " + target)
                        .isEqualTo(oneShot ? "service_completed_successfully" : "service_healthy");
            });
        });
    }

    @Test
    void theSimulatorAndServicesRunFromTheirJibImagesListeningOnAllInterfaces() {
        for (String name : IMAGES) {
            Map<String, Object> service = SERVICES.get(name);
            Map<String, Object> env = (Map<String, Object>) service.get("environment");
            assertThat((String) service.get("image")).as(name).startsWith("switchboard/" + name + ":");
            assertThat(env.get("QUARKUS_HTTP_HOST")).as(name).isEqualTo("0.0.0.0");
            // replacing the image's JAVA_OPTS_APPEND must keep the LogManager setting Quarkus put there
            assertThat((String) env.get("JAVA_OPTS_APPEND")).as(name).contains("-Djava.util.logging.manager=org.jboss.logmanager.LogManager");
            String port = property(name, "quarkus.http.port");
            assertThat((List<String>) service.get("ports")).as(name).contains(port + ":" + port);
            assertThat(String.join(" ", (List<String>) ((Map<String, Object>) service.get("healthcheck")).get("test")))
                    .as(name).contains("127.0.0.1:" + port + "/q/health/ready");
        }
    }

    @Test
    void everyServiceHasItsOwnDatabaseAndTheSimulatorsIssuer() {
        String init = Repo.read("deploy/compose/postgres-init.sql");
        for (String name : IMAGES.subList(1, IMAGES.size())) {
            Map<String, Object> env = (Map<String, Object>) SERVICES.get(name).get("environment");
            String database = name.replace('-', '_');
            assertThat(env.get("QUARKUS_DATASOURCE_JDBC_URL")).as(name).isEqualTo("jdbc:postgresql://postgres:5432/" + database);
            assertThat(env.get("QUARKUS_DATASOURCE_REACTIVE_URL")).as(name).isEqualTo("postgresql://postgres:5432/" + database);
            assertThat(init).contains("CREATE DATABASE " + database + ";");
            assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS")).as(name).isEqualTo("kafka:9092");
            assertThat((String) env.get("QUARKUS_OIDC_AUTH_SERVER_URL")).as(name)
                    .isEqualTo("http://graph-simulator:8090/" + stackSetting("DEMO_TENANT") + "/v2.0");
        }
        Map<String, Object> simulator = (Map<String, Object>) SERVICES.get("graph-simulator").get("environment");
        assertThat(simulator.get("SIMULATOR_ISSUER_BASE_URL")).isEqualTo("http://graph-simulator:8090");
    }

    @Test
    void theGraphServicesGetTheDemoTenantOfTheLocalStack() throws IOException {
        String tenant = stackSetting("DEMO_TENANT");
        String appId = stackSetting("APP_ID");
        String secret = stackSetting("APP_SECRET");
        Map<String, Object> watcher = (Map<String, Object>) SERVICES.get("directory-watcher").get("environment");
        assertThat(watcher).containsEntry("SWITCHBOARD_DIRECTORY_TENANTS_DEMO_TENANT_ID", tenant)
                .containsEntry("SWITCHBOARD_DIRECTORY_TENANTS_DEMO_CLIENT_ID", appId)
                .containsEntry("SWITCHBOARD_DIRECTORY_TENANTS_DEMO_CLIENT_SECRET", secret)
                .containsEntry("SWITCHBOARD_DIRECTORY_NOTIFICATIONS_URL", "http://directory-watcher:8081/api/notifications/users");
        for (String name : List.of("teams-assigner", "presence-bridge")) {
            Map<String, Object> env = (Map<String, Object>) SERVICES.get(name).get("environment");
            assertThat(env.get("QUARKUS_CONFIG_LOCATIONS")).isEqualTo("/etc/switchboard/application.properties");
            Properties file = new Properties();
            file.load(new StringReader(Repo.read("deploy/compose/config/" + name + ".properties")));
            String prefix = name.equals("teams-assigner") ? "switchboard.assigner.tenants" : "switchboard.presence.graph.tenants";
            assertThat(file.getProperty(prefix + ".\"" + tenant + "\".client-id")).as(name).isEqualTo(appId);
            assertThat(file.getProperty(prefix + ".\"" + tenant + "\".client-secret")).as(name).isEqualTo(secret);
        }
    }

    @Test
    void everyMountedFileExists() {
        SERVICES.forEach((name, service) -> ((List<String>) service.getOrDefault("volumes", List.of())).stream()
                .filter(v -> v.startsWith("./"))
                .forEach(v -> assertThat(Files.isRegularFile(Repo.path(v.substring(2, v.indexOf(':'))))).as(name + " " + v).isTrue()));
    }

    @Test
    void theTopicJobCreatesTheTopicsOfTheContracts() {
        Matcher m = Pattern.compile("(?m)^topic (\\S+) (\\d+) (\\S+)$").matcher(Repo.read("deploy/compose/create-topics.sh"));
        Map<String, String> created = new java.util.HashMap<>();
        while (m.find()) {
            created.put(m.group(1), m.group(2) + " " + m.group(3));
        }
        assertThat(created.keySet()).containsExactlyInAnyOrderElementsOf(Topics.all().stream().map(Topics.TopicSpec::name).toList());
        for (Topics.TopicSpec spec : Topics.all()) {
            assertThat(created.get(spec.name())).as(spec.name()).startsWith(spec.partitions() + " ")
                    .matches(s -> s.contains("cleanup.policy=compact") == spec.compacted(), "compacted: " + spec.compacted());
        }
    }

    /** A NAME="value" setting of deploy/local/stack.sh. */
    private static String stackSetting(String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "=\"([^\"]+)\"").matcher(Repo.read("deploy/local/stack.sh"));
        assertThat(m.find()).as(name + " in deploy/local/stack.sh").isTrue();
        return m.group(1);
    }

    private static String property(String module, String key) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Repo.read(module + "/src/main/resources/application.properties")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties.getProperty(key);
    }
}
