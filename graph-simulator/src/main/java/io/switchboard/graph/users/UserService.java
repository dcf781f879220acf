package io.switchboard.graph.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.graph.common.GraphException;
import io.switchboard.graph.common.Json;
import io.switchboard.graph.common.ODataFilter;
import io.switchboard.graph.common.SimClock;
import io.switchboard.graph.numbers.NumberService;
import io.switchboard.graph.subscriptions.NotificationService;
import io.switchboard.graph.tenants.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** User lifecycle as Entra ID runs it: create, change, soft delete, restore, purge; each change notifies subscribers. */
@ApplicationScoped
public class UserService {

    private static final List<String> REQUIRED_ON_CREATE = List.of("accountEnabled", "displayName", "mailNickname", "userPrincipalName");

    private final SimClock clock;
    private final NotificationService notifications;
    private final NumberService numbers;

    public UserService(SimClock clock, NotificationService notifications, NumberService numbers) {
        this.clock = clock;
        this.notifications = notifications;
        this.numbers = numbers;
    }

    public record Page(List<DirectoryUser> users, long lastSeq, boolean more) {
    }

    /** POST /users: the same required properties as Graph, including a password profile. */
    public DirectoryUser create(Tenant tenant, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw GraphException.badRequest("A user object is required in the request body.");
        }
        for (String required : REQUIRED_ON_CREATE) {
            if (!body.hasNonNull(required)) {
                throw GraphException.directoryBadRequest("Property '" + required + "' is required when creating the user.");
            }
        }
        String password = body.path("passwordProfile").path("password").asText(null);
        if (password == null || password.isBlank()) {
            throw GraphException.directoryBadRequest("Property 'passwordProfile' is required when creating the user.");
        }
        ObjectNode props = writable(body);
        props.putArray("assignedLicenses");
        props.putArray("assignedPlans");
        props.put("createdDateTime", Json.timestamp(clock.now()));
        if (!props.has("businessPhones")) {
            props.putArray("businessPhones");
        }
        return created(tenant, props, password);
    }

    /** Adds a prepared user (seeding, generation) and notifies like a POST would. */
    public DirectoryUser created(Tenant tenant, ObjectNode props, String password) {
        DirectoryUser user = tenant.directory().create(props, password);
        notifications.userChanged(tenant, user.id(), "updated");
        return user;
    }

    public DirectoryUser update(Tenant tenant, String idOrUpn, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw GraphException.badRequest("A user object is required in the request body.");
        }
        return apply(tenant, idOrUpn, writable(body));
    }

    /** Applies a change computed elsewhere (licences) and notifies if something really changed. */
    public DirectoryUser apply(Tenant tenant, String idOrUpn, ObjectNode changes) {
        DirectoryUser before = tenant.directory().requireActive(idOrUpn);
        return changed(tenant, tenant.directory().update(idOrUpn, changes), before);
    }

    private DirectoryUser changed(Tenant tenant, DirectoryUser after, DirectoryUser before) {
        if (after != before) {
            notifications.userChanged(tenant, after.id(), "updated");
        }
        return after;
    }

    public void softDelete(Tenant tenant, String idOrUpn) {
        DirectoryUser deleted = tenant.directory().softDelete(idOrUpn, clock.now());
        notifications.userChanged(tenant, deleted.id(), "deleted");
    }

    public DirectoryUser restore(Tenant tenant, String id) {
        DirectoryUser restored = tenant.directory().restore(id);
        notifications.userChanged(tenant, restored.id(), "updated");
        return restored;
    }

    /** Permanent deletion; Teams releases the user's numbers with the object. */
    public void purge(Tenant tenant, String id) {
        DirectoryUser purged = tenant.directory().purge(id, clock.now());
        numbers.releaseAllOf(tenant, purged.id());
    }

    public void purgeExpired(Tenant tenant) {
        var now = clock.now();
        for (DirectoryUser purged : tenant.directory().purgeDeletedBefore(now.minus(tenant.settings().deletedRetention()), now)) {
            numbers.releaseAllOf(tenant, purged.id());
        }
        tenant.directory().dropTombstonesBefore(now.minus(tenant.settings().deltaTokenLifetime()));
    }

    /** One page of active users matching the filter, in creation order after {@code afterSeq}. */
    public Page list(Tenant tenant, String filter, long afterSeq, int size) {
        ODataFilter.Condition condition = ODataFilter.parse(filter, UserAttributes.FILTERABLE, "User");
        List<DirectoryUser> page = new ArrayList<>(size);
        Iterator<DirectoryUser> it = tenant.directory().entries().tailMap(afterSeq, false).values().iterator();
        while (it.hasNext()) {
            DirectoryUser user = it.next();
            if (!user.active() || !condition.test(user::filterValue)) {
                continue;
            }
            if (page.size() == size) {
                return new Page(page, page.get(page.size() - 1).seq(), true);
            }
            page.add(user);
        }
        return new Page(page, page.isEmpty() ? afterSeq : page.get(page.size() - 1).seq(), false);
    }

    private static ObjectNode writable(JsonNode body) {
        ObjectNode props = Json.object();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            if (name.startsWith("@odata") || "passwordProfile".equals(name)) {
                continue;
            }
            UserAttributes.checkWritable(name, field.getValue());
            props.set(name, field.getValue());
        }
        return props;
    }
}
