package io.switchboard.presence.platforms;

import io.switchboard.presence.identities.ConflictPolicy;
import io.switchboard.presence.identities.IdentityKey;
import io.switchboard.presence.mapping.MappingTable;
import java.util.List;
import java.util.Map;

/**
 * A telephony platform connected to one tenant.
 *
 * @param inboundSecret      key of the HMAC signatures on webhooks the platform sends us
 * @param outboundSecret     key of the HMAC signatures on webhooks we send (the inbound secret when absent)
 * @param webhookUrls        where Teams presence is delivered (may be empty: the platform reads presence.updates)
 * @param inboundOverrides   platform state → {@code Availability/Activity} or {@code clear}, over the default table
 * @param outboundOverrides  {@code Availability/Activity} (or {@code /*}) → platform state, over the default table
 */
public record Platform(String tenantId, String platformId, String name, IdentityKey identityKey, int extensionDigits,
                       ConflictPolicy conflictPolicy, String inboundSecret, String outboundSecret, List<String> webhookUrls,
                       Map<String, String> inboundOverrides, Map<String, String> outboundOverrides, MappingTable mapping) {

    public Platform {
        webhookUrls = List.copyOf(webhookUrls);
        inboundOverrides = Map.copyOf(inboundOverrides);
        outboundOverrides = Map.copyOf(outboundOverrides);
    }

    public static Platform of(String tenantId, String platformId, String name, IdentityKey identityKey, int extensionDigits,
                              ConflictPolicy conflictPolicy, String inboundSecret, String outboundSecret, List<String> webhookUrls,
                              Map<String, String> inboundOverrides, Map<String, String> outboundOverrides) {
        MappingTable table = MappingTable.defaults().withOverrides(inboundOverrides, outboundOverrides);
        return new Platform(tenantId, platformId, name, identityKey, extensionDigits, conflictPolicy, inboundSecret,
                outboundSecret, webhookUrls, inboundOverrides, outboundOverrides, table);
    }

    public String signingSecret() {
        return outboundSecret == null || outboundSecret.isBlank() ? inboundSecret : outboundSecret;
    }
}
