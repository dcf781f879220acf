package io.switchboard.presence.replicas;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.infra.GraphSimulatorResource;
import io.switchboard.infra.KafkaAndPostgresResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A second replica on the same database cannot become active while the running one holds the lock. */
@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
@QuarkusTestResource(GraphSimulatorResource.class)
class ActiveReplicaLockTest {

    @Inject
    ActiveReplicaLock lock;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void theRunningBridgeHoldsTheLockAndASecondReplicaCannotTakeIt() throws Exception {
        assertThat(lock.holding()).as("taken at start").isTrue();

        // another process on the same database (what a second replica does at start)
        try (Connection secondReplica = DriverManager.getConnection(url, user, password)) {
            assertThat(ActiveReplicaLock.locked(secondReplica)).isFalse();
        }
    }
}
