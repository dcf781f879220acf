package io.switchboard.directory.sync;

import io.switchboard.directory.snapshot.DeltaItem;
import java.util.List;

/** One page of {@code /users/delta}: items and exactly one of nextLink / deltaLink. */
public record DeltaPage(List<DeltaItem> items, String nextLink, String deltaLink) {

    public DeltaPage {
        items = List.copyOf(items);
        if ((nextLink == null) == (deltaLink == null)) {
            throw new IllegalArgumentException("a delta page must carry exactly one of @odata.nextLink and @odata.deltaLink");
        }
    }

    public boolean last() {
        return deltaLink != null;
    }
}
