package io.switchboard.presence.platforms;

import io.switchboard.presence.identities.ConflictPolicy;
import io.switchboard.presence.identities.IdentityKey;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** The body of {@code PUT /api/tenants/{t}/platforms/{p}}. */
public record PlatformRequest(
        @NotBlank String name,
        @NotNull IdentityKey identityKey,
        @Min(2) @Max(10) Integer extensionDigits,
        ConflictPolicy conflictPolicy,
        @NotBlank @Size(min = 16, message = "must be at least 16 characters") String inboundSecret,
        String outboundSecret,
        List<String> webhookUrls,
        Map<String, String> inboundMapping,
        Map<String, String> outboundMapping) {
}
