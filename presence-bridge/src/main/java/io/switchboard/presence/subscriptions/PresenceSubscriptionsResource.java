package io.switchboard.presence.subscriptions;

import io.switchboard.presence.outbound.TeamsPresencePoller;
import io.switchboard.rest.problems.ProblemException;
import io.switchboard.rest.security.Roles;
import io.switchboard.rest.security.TenantAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The tenant's delegated presence subscriptions, to see whether push works or only the poll. */
@Path("/api/tenants/{tenantId}/presence-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public class PresenceSubscriptionsResource {

    public record SubscriptionView(String id, int users, Instant expiresAt) {
    }

    public record SubscriptionsView(String tenantId, boolean allUsersCovered, int usersCovered, long notificationsReceived,
                                    long changesNotified, Instant lastNotificationAt, Instant nextPollAt,
                                    List<SubscriptionView> subscriptions) {
    }

    private final PresenceSubscriptionManager manager;
    private final TeamsPresencePoller poller;
    private final TenantAccess access;

    public PresenceSubscriptionsResource(PresenceSubscriptionManager manager, TeamsPresencePoller poller, TenantAccess access) {
        this.manager = manager;
        this.poller = poller;
        this.access = access;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    public SubscriptionsView get(@PathParam("tenantId") String tenantId) {
        access.check(tenantId);
        TenantSubscriptions s = manager.of(tenantId).orElseThrow(() -> ProblemException.notFound("tenant " + tenantId
                + " has no presence sync account (switchboard.presence.subscriptions.tenants) or no notification URL; it is polled only"));
        List<SubscriptionView> list = s.all().stream().sorted(Comparator.comparing(TenantSubscriptions.Active::id))
                .map(a -> new SubscriptionView(a.id(), a.userIds().size(), a.expiresAt())).toList();
        return new SubscriptionsView(tenantId, manager.covers(tenantId), list.stream().mapToInt(SubscriptionView::users).sum(),
                s.notifications.get(), s.changes.get(), s.lastNotificationAt, poller.nextPollAt(tenantId).orElse(null), list);
    }
}
