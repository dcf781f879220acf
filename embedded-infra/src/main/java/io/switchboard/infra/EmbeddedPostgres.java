package io.switchboard.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * A real PostgreSQL 16 server from the embedded binaries that Maven ships (zonky), on 127.0.0.1.
 * Data and the unpacked binaries live under the given directory, never in the system temp folder.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class.getName());
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * Starts the server. {@code keepData} reuses an existing data directory (the local stack's
     * second {@code up}); otherwise the data directory is wiped first. Port 0 picks a free port.
     */
    public static EmbeddedPostgres start(Path directory, int port, boolean keepData) {
        Instant started = Instant.now();
        try {
            Path data = directory.resolve("data");
            Path work = directory.resolve("work");
            Files.createDirectories(work);
            var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(work.toFile())
                    .setDataDirectory(data.toFile())
                    .setCleanDataDirectory(!keepData)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("shared_buffers", "64MB")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off");
            if (port != 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = new EmbeddedPostgres(builder.start());
            LOG.info(() -> "PostgreSQL ready on port " + postgres.port() + " in " + Duration.between(started, Instant.now()).toMillis() + " ms");
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL in " + directory, e);
        }
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** The URL form the Quarkus reactive PostgreSQL client takes. */
    public String reactiveUrl(String database) {
        return "postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Creates the database if it does not exist yet. */
    public void createDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database names are lower-case identifiers: " + name);
        }
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!rs.next()) {
                s.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
