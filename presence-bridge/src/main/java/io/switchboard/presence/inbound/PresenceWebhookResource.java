package io.switchboard.presence.inbound;

import io.switchboard.presence.platforms.Platform;
import io.switchboard.presence.platforms.PlatformRegistry;
import io.switchboard.presence.platforms.WebhookSignatures;
import io.switchboard.presence.status.StatusBoard;
import io.switchboard.rest.problems.Problem;
import io.switchboard.rest.problems.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The signed webhook platforms push presence to. Authenticated by the HMAC signature with the
 * platform's inbound secret (not by a bearer token), so platforms need no identity provider.
 */
@Path("/api/tenants/{tenantId}/platforms/{platformId}/presence")
@PermitAll
public class PresenceWebhookResource {

    private final PlatformRegistry platforms;
    private final WebhookVerification verification;
    private final PresenceWebhookService service;
    private final StatusBoard status;

    public PresenceWebhookResource(PlatformRegistry platforms, WebhookVerification verification, PresenceWebhookService service,
                                   StatusBoard status) {
        this.platforms = platforms;
        this.verification = verification;
        this.service = service;
        this.status = status;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@PathParam("tenantId") String tenantId, @PathParam("platformId") String platformId,
                            @HeaderParam(WebhookSignatures.TIMESTAMP_HEADER) String timestamp,
                            @HeaderParam(WebhookSignatures.SIGNATURE_HEADER) String signature, byte[] body) {
        Platform platform = platforms.find(tenantId, platformId).orElse(null);
        byte[] payload = body == null ? new byte[0] : body;
        String refusal = platform == null ? "the signature cannot be verified: unknown platform"
                : verification.verify(tenantId + "/" + platformId, platform.inboundSecret(), timestamp, signature, payload);
        if (refusal != null) {
            status.rejected(tenantId, platformId, refusal);
            return Response.status(401).type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(401, "Unauthorized", refusal)).build();
        }
        try {
            return Response.accepted(service.receive(platform, payload)).build();
        } catch (InboundRejected e) {
            throw new ProblemException(422, "Unprocessable Content", e.getMessage());
        }
    }
}
