package io.switchboard.directory.sync;

import io.switchboard.directory.graph.DirectoryGraphClient;
import io.switchboard.directory.graph.GraphCallException;
import io.switchboard.directory.snapshot.DeltaItem;
import io.switchboard.directory.snapshot.SnapshotRepository;
import io.switchboard.directory.tenants.WatchedTenant;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Makes sure a page never introduces a user by a partial item. Graph sends a changed user's item with
 * only the changed properties, which {@link io.switchboard.directory.snapshot.SnapshotDiff} merges onto
 * the stored snapshot; but a user the watcher has no snapshot of (its creation fell between two delta
 * tokens, or a snapshot was lost) would then be published as JOINED with nothing but an id and no rule
 * could match it. Such an item is replaced by the whole user, read with {@code GET /users/{id}} and the
 * delta's {@code $select}. Graph calls: before the page's transaction, never inside it.
 */
@ApplicationScoped
public class UserCompleter {

    private static final Logger LOG = Logger.getLogger(UserCompleter.class);
    private static final String SELECT = "?$select=" + URLEncoder.encode(DeltaPageParser.SELECT, StandardCharsets.UTF_8);

    private final DirectoryGraphClient graph;
    private final Transactions transactions;
    private final SnapshotRepository snapshots;

    public UserCompleter(DirectoryGraphClient graph, Transactions transactions, SnapshotRepository snapshots) {
        this.graph = graph;
        this.transactions = transactions;
        this.snapshots = snapshots;
    }

    /** The page with every partial item of a never-seen user replaced by the whole user (or dropped when it is gone). */
    public DeltaPage complete(WatchedTenant tenant, DeltaPage page) {
        List<String> partial = page.items().stream().filter(i -> !i.isRemoved() && !i.complete()).map(DeltaItem::id).distinct().toList();
        if (partial.isEmpty()) {
            return page;
        }
        Set<String> known = transactions.await(session -> snapshots.load(session, tenant.tenantId(), partial)).keySet();
        if (known.containsAll(partial)) {
            return page;
        }
        List<DeltaItem> items = new ArrayList<>(page.items().size());
        for (DeltaItem item : page.items()) {
            if (item.isRemoved() || item.complete() || known.contains(item.id())) {
                items.add(item);
            } else {
                DeltaItem whole = fetch(tenant, item.id());
                if (whole != null) {
                    items.add(whole);
                }
            }
        }
        return new DeltaPage(items, page.nextLink(), page.deltaLink());
    }

    /** The whole user as it is now, or null when Graph no longer has it (its removal comes in a later round). */
    private DeltaItem fetch(WatchedTenant tenant, String userId) {
        LOG.infof("tenant %s: delta introduced user %s with only changed properties; reading the whole user", tenant.tenantId(), userId);
        try {
            return DeltaPageParser.item(graph.get(tenant, "/users/" + URLEncoder.encode(userId, StandardCharsets.UTF_8) + SELECT));
        } catch (GraphCallException e) {
            if (e.details().status() == 404) {
                return null;
            }
            throw e;
        }
    }
}
