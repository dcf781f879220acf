package io.switchboard.graph.delta;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.graph.common.GraphException;
import io.switchboard.graph.common.Json;
import io.switchboard.graph.common.SimClock;
import io.switchboard.graph.tenants.Tenant;
import io.switchboard.graph.users.DirectoryUser;
import io.switchboard.graph.users.UserAttributes;
import io.switchboard.graph.users.UserDirectory;
import io.switchboard.graph.users.UserViews;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /users/delta}: a full first round, then rounds with only what changed since the previous deltaLink.
 * Changes made while a round is being paged are reported again in the next round (at least once, never lost).
 */
@ApplicationScoped
public class DeltaService {

    private final SimClock clock;

    public DeltaService(SimClock clock) {
        this.clock = clock;
    }

    /** One page; exactly one of {@code nextToken} (more pages) and {@code deltaToken} (round done) is set. */
    public record DeltaPage(List<ObjectNode> items, DeltaToken nextToken, DeltaToken deltaToken) {
    }

    public DeltaPage page(Tenant tenant, String select, String skipToken, String deltaToken) {
        long now = clock.now().toEpochMilli();
        DeltaToken round;
        if ("latest".equalsIgnoreCase(deltaToken)) {
            // Graph's shortcut to start tracking from now without reading everything.
            UserAttributes.select(select, UserAttributes.DEFAULT_SELECT);
            long v = committedVersion(tenant);
            return new DeltaPage(List.of(), null, new DeltaToken(tenant.id(), v, v, 0, tenant.deltaEpoch(), now, select));
        } else if (skipToken != null) {
            round = valid(tenant, skipToken);
        } else if (deltaToken != null) {
            DeltaToken previous = valid(tenant, deltaToken);
            round = new DeltaToken(tenant.id(), previous.since(), committedVersion(tenant), 0, tenant.deltaEpoch(), now,
                    previous.select());
        } else {
            UserAttributes.select(select, UserAttributes.DEFAULT_SELECT);
            round = new DeltaToken(tenant.id(), 0, committedVersion(tenant), 0, tenant.deltaEpoch(), now, select);
        }
        return collect(tenant, round);
    }

    /**
     * The directory version a new round covers. A write takes the next version before it stores the changed
     * user, so a version read in between covers a change the round's listing cannot see yet: the next round
     * then starts after it and never reports it (a user created there came later with only the properties
     * changed afterwards, e.g. just its licences). Reading under the directory's write lock means every
     * change up to the version read is stored.
     */
    private static long committedVersion(Tenant tenant) {
        UserDirectory directory = tenant.directory();
        synchronized (directory) {
            return directory.version();
        }
    }

    private DeltaPage collect(Tenant tenant, DeltaToken round) {
        List<String> fields = UserAttributes.select(round.select(), UserAttributes.DEFAULT_SELECT);
        int size = tenant.settings().deltaPageSize();
        List<ObjectNode> items = new ArrayList<>(size);
        long lastSeq = round.afterSeq();
        for (DirectoryUser user : tenant.directory().entries().tailMap(round.afterSeq(), false).values()) {
            ObjectNode item = item(user, round.since(), fields);
            if (item == null) {
                continue;
            }
            if (items.size() == size) {
                DeltaToken next = new DeltaToken(round.tenantId(), round.since(), round.upTo(), lastSeq, round.epoch(),
                        round.issuedAt(), round.select());
                return new DeltaPage(items, next, null);
            }
            items.add(item);
            lastSeq = user.seq();
        }
        DeltaToken done = new DeltaToken(round.tenantId(), round.upTo(), round.upTo(), 0, round.epoch(), round.issuedAt(), round.select());
        return new DeltaPage(items, null, done);
    }

    /** What a user contributes to a round since version {@code since}, or null when nothing. */
    static ObjectNode item(DirectoryUser user, long since, List<String> fields) {
        if (since == 0) {
            return user.active() ? UserViews.render(user, fields) : null;
        }
        if (user.stateVersion() <= since && !user.active()) {
            return null;
        }
        switch (user.state()) {
            case SOFT_DELETED -> {
                return removed(user, "changed");
            }
            case PURGED -> {
                return removed(user, "deleted");
            }
            default -> {
                ObjectNode out = Json.object();
                for (String field : fields) {
                    Long version = user.versions().get(field);
                    if (version != null && version > since) {
                        out.set(field, user.property(field));
                    }
                }
                if (out.isEmpty()) {
                    return null;
                }
                out.put("id", user.id());
                return out;
            }
        }
    }

    private static ObjectNode removed(DirectoryUser user, String reason) {
        ObjectNode out = Json.object();
        out.put("id", user.id());
        out.putObject("@removed").put("reason", reason);
        return out;
    }

    private DeltaToken valid(Tenant tenant, String text) {
        DeltaToken token = DeltaToken.decode(text).orElseThrow(DeltaService::resync);
        Instant issued = Instant.ofEpochMilli(token.issuedAt());
        boolean expired = issued.plus(tenant.settings().deltaTokenLifetime()).isBefore(clock.now());
        if (!token.tenantId().equals(tenant.id()) || token.epoch() != tenant.deltaEpoch() || expired) {
            throw resync();
        }
        return token;
    }

    private static GraphException resync() {
        return new GraphException(410, "syncStateNotFound",
                "The sync state generation is not found or has expired. Resync required: start a new delta query without a token and reconcile.");
    }
}
