package io.switchboard.graph.admin;

import io.quarkus.runtime.StartupEvent;
import io.switchboard.graph.common.Json;
import io.switchboard.graph.config.SimulatorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/** Seeds the bundled demo tenant and/or a seed file at startup, when configured. */
@ApplicationScoped
public class StartupSeeder {

    static final String DEMO_RESOURCE = "seed/demo-tenant.json";
    private static final Logger LOG = Logger.getLogger(StartupSeeder.class);

    private final SimulatorConfig config;
    private final SeedService seeds;

    public StartupSeeder(SimulatorConfig config, SeedService seeds) {
        this.config = config;
        this.seeds = seeds;
    }

    void onStart(@Observes StartupEvent event) {
        seedConfigured();
    }

    public void seedConfigured() {
        if (config.seed().demo()) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DEMO_RESOURCE)) {
                apply(Json.MAPPER.readValue(in, SeedDocument.class));
                LOG.infof("Seeded the demo tenant from %s", DEMO_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        config.seed().file().ifPresent(file -> {
            try {
                apply(Json.MAPPER.readValue(Files.readString(Path.of(file)), SeedDocument.class));
                LOG.infof("Seeded tenants from %s", file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read seed file " + Path.of(file).toAbsolutePath(), e);
            }
        });
    }

    public void apply(SeedDocument document) {
        if (document.tenants() != null) {
            document.tenants().forEach(seeds::apply);
        }
    }
}
