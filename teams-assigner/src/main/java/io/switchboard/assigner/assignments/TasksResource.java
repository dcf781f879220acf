package io.switchboard.assigner.assignments;

import io.smallrye.mutiny.Uni;
import io.switchboard.rest.problems.ProblemException;
import io.switchboard.rest.security.Roles;
import io.switchboard.rest.security.TenantAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.hibernate.reactive.mutiny.Mutiny;

/** The assigner's work per tenant, for operators: what is pending, in flight, done or failed and why. */
@Path("/api/tenants/{tenantId}/tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TasksResource {

    private final Mutiny.SessionFactory sessions;
    private final TenantAccess access;

    public TasksResource(Mutiny.SessionFactory sessions, TenantAccess access) {
        this.sessions = sessions;
        this.access = access;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Tasks of a tenant, newest first, optionally of one state")
    public Uni<List<TaskView>> tasks(@PathParam("tenantId") String tenantId, @QueryParam("state") String state,
                                     @QueryParam("limit") @DefaultValue("100") int limit) {
        access.check(tenantId);
        TaskState wanted = parse(state);
        int bounded = Math.max(1, Math.min(limit, 1000));
        String hql = "from AssignmentTask where tenantId = :tenant" + (wanted == null ? "" : " and state = :state") + " order by seq desc";
        return sessions.withSession(session -> {
            var query = session.createSelectionQuery(hql, AssignmentTask.class).setParameter("tenant", tenantId);
            if (wanted != null) {
                query.setParameter("state", wanted);
            }
            return query.setMaxResults(bounded).getResultList();
        }).map(tasks -> tasks.stream().map(TaskView::of).toList());
    }

    private static TaskState parse(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return TaskState.valueOf(state.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("unknown task state '" + state + "'; use one of " + Arrays.toString(TaskState.values()));
        }
    }
}
