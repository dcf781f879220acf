package io.switchboard.presence.platforms;

import io.switchboard.presence.identities.ConflictPolicy;
import io.switchboard.presence.identities.IdentityKey;
import java.util.List;
import java.util.Map;

/** A platform as the API shows it: secrets are never shown again. */
public record PlatformView(String tenantId, String platformId, String name, IdentityKey identityKey, int extensionDigits,
                           ConflictPolicy conflictPolicy, List<String> webhookUrls, Map<String, String> inboundMapping,
                           Map<String, String> outboundMapping, boolean configured) {

    /** @param configured declared in the configuration: read-only through the API */
    static PlatformView of(Platform p, boolean configured) {
        return new PlatformView(p.tenantId(), p.platformId(), p.name(), p.identityKey(), p.extensionDigits(), p.conflictPolicy(),
                p.webhookUrls(), p.mapping().inboundView(), p.mapping().outboundView(), configured);
    }
}
