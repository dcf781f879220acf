package io.switchboard.presence.platforms;

import io.switchboard.presence.identities.ConflictPolicy;
import io.switchboard.rest.problems.Problem;
import io.switchboard.rest.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Creating, changing and removing a tenant's platforms. */
@ApplicationScoped
public class PlatformService {

    private final PlatformRepository repository;
    private final PlatformRegistry registry;

    private final ConfiguredPlatforms configured;

    public PlatformService(PlatformRepository repository, PlatformRegistry registry, ConfiguredPlatforms configured) {
        this.repository = repository;
        this.configured = configured;
        this.registry = registry;
    }

    /** An API change; platforms declared in configuration are refused (see {@link ConfiguredPlatforms}). */
    public Platform put(String tenantId, String platformId, PlatformRequest request) {
        refuseConfigured(tenantId, platformId);
        return store(tenantId, platformId, request);
    }

    Platform store(String tenantId, String platformId, PlatformRequest request) {
        if (!platformId.matches("[A-Za-z0-9._-]{1,64}")) {
            throw ProblemException.badRequest("platform id '" + platformId + "' must be 1-64 letters, digits, '.', '_' or '-'");
        }
        List<String> urls = request.webhookUrls() == null ? List.of() : request.webhookUrls();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            try {
                URI uri = URI.create(urls.get(i));
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                    errors.add(new Problem.FieldError("/webhookUrls/" + i, "must be an absolute http(s) URL"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("/webhookUrls/" + i, "is not a URL: " + e.getMessage()));
            }
        }
        Platform platform;
        try {
            platform = Platform.of(tenantId, platformId, request.name(), request.identityKey(),
                    request.extensionDigits() == null ? 4 : request.extensionDigits(),
                    request.conflictPolicy() == null ? ConflictPolicy.PRIMARY : request.conflictPolicy(),
                    request.inboundSecret(), request.outboundSecret(), urls,
                    request.inboundMapping() == null ? Map.of() : request.inboundMapping(),
                    request.outboundMapping() == null ? Map.of() : request.outboundMapping());
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError("/inboundMapping", e.getMessage()));
            platform = null;
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("platform " + platformId + " of tenant " + tenantId + " is not valid", errors);
        }
        repository.upsert(platform);
        registry.stored(platform);
        return platform;
    }

    public void delete(String tenantId, String platformId) {
        refuseConfigured(tenantId, platformId);
        if (!repository.delete(tenantId, platformId)) {
            throw ProblemException.notFound("tenant " + tenantId + " has no platform '" + platformId + "'");
        }
        registry.removed(tenantId, platformId);
    }

    private void refuseConfigured(String tenantId, String platformId) {
        if (configured.isConfigured(tenantId, platformId)) {
            throw ProblemException.conflict("platform " + platformId + " of tenant " + tenantId + " is declared in the configuration "
                    + "(switchboard.presence.platforms.\"" + tenantId + "\".\"" + platformId + "\".*); change it there and restart the bridge");
        }
    }
}
