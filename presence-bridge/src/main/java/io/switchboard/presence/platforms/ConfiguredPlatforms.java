package io.switchboard.presence.platforms;

import io.quarkus.runtime.StartupEvent;
import io.switchboard.presence.config.PresenceConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Platforms declared in {@code switchboard.presence.platforms."<tenant>"."<platform>".*}: validated
 * like a REST body and upserted at start, before the registry loads. They belong to the configuration:
 * the REST API shows them ({@code configured: true}) but refuses to change or delete them, because the
 * next start would silently undo the edit. Removed from the configuration, a platform stays as an
 * API-managed one until deleted through the API.
 */
@ApplicationScoped
public class ConfiguredPlatforms {

    private static final Logger LOG = Logger.getLogger(ConfiguredPlatforms.class);

    private final PresenceConfig config;
    private final PlatformService service;
    private final Validator validator;

    public ConfiguredPlatforms(PresenceConfig config, PlatformService service, Validator validator) {
        this.config = config;
        this.service = service;
        this.validator = validator;
    }

    public boolean isConfigured(String tenantId, String platformId) {
        return config.platforms().getOrDefault(tenantId, Map.of()).containsKey(platformId);
    }

    // before PlatformRegistry.load (priority 10), so the registry reads them with everything else
    void load(@Observes @Priority(5) StartupEvent event) {
        config.platforms().forEach((tenantId, platforms) -> platforms.forEach((platformId, declared) -> {
            PlatformRequest request = request(platformId, declared);
            Set<ConstraintViolation<PlatformRequest>> violations = validator.validate(request);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("switchboard.presence.platforms.\"" + tenantId + "\".\"" + platformId + "\" is not valid: "
                        + violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
            }
            service.store(tenantId, platformId, request);
            LOG.infof("platform %s of tenant %s loaded from configuration", platformId, tenantId);
        }));
    }

    static PlatformRequest request(String platformId, PresenceConfig.StaticPlatform p) {
        return new PlatformRequest(p.name().orElse(platformId), p.identityKey(), p.extensionDigits(), p.conflictPolicy(),
                p.inboundSecret(), p.outboundSecret().orElse(null), p.webhookUrls().orElse(List.of()),
                Map.copyOf(p.inboundMapping()), Map.copyOf(p.outboundMapping()));
    }
}
