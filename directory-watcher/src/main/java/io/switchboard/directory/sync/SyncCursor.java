package io.switchboard.directory.sync;

import java.util.UUID;

/**
 * Where a tenant's delta sync stands; saved in the same transaction as the page's snapshot changes and
 * events, so after a crash the next attempt continues exactly after the last committed page.
 *
 * <ul>
 *   <li>{@code nextLink} set: a round is in progress; the next page is there.</li>
 *   <li>otherwise {@code deltaLink} set: the last round finished; the next round starts there.</li>
 *   <li>neither: nothing synced yet (or a resync was demanded); the next round lists every user.</li>
 * </ul>
 *
 * @param fullRound whether the round in progress lists every user (then users it does not list are gone)
 * @param roundId   id of the full round in progress; users it lists are marked with it
 * @param version   optimistic-lock version of the saved cursor (two replicas never both advance it)
 */
public record SyncCursor(String deltaLink, String nextLink, boolean fullRound, String roundId, long version) {

    public static SyncCursor initial() {
        return new SyncCursor(null, null, true, newRoundId(), 0);
    }

    /** The URL of the next request: the page in progress, the last deltaLink, or the initial listing. */
    public String nextRequest(String initialUrl) {
        if (nextLink != null) {
            return nextLink;
        }
        return deltaLink != null ? deltaLink : initialUrl;
    }

    /** Whether the next request starts a new round (instead of continuing one). */
    public boolean atRoundStart() {
        return nextLink == null;
    }

    /** Forget every token and list all users again: after {@code syncStateNotFound} or an admin's resync. */
    public SyncCursor restartFull() {
        return new SyncCursor(null, null, true, newRoundId(), version);
    }

    /**
     * The cursor after a page was applied. A page has either a nextLink (more to come) or a deltaLink
     * (round done; the following round is incremental).
     */
    public SyncCursor afterPage(String pageNextLink, String pageDeltaLink) {
        if (pageNextLink != null) {
            return new SyncCursor(deltaLink, pageNextLink, fullRound, roundId, version);
        }
        if (pageDeltaLink == null) {
            throw new IllegalArgumentException("a delta page carries neither @odata.nextLink nor @odata.deltaLink");
        }
        return new SyncCursor(pageDeltaLink, null, false, null, version);
    }

    /** Whether a page with this deltaLink/nextLink ends a full round, so users it never listed are swept. */
    public boolean endsFullRound(String pageDeltaLink) {
        return fullRound && pageDeltaLink != null;
    }

    public SyncCursor withVersion(long newVersion) {
        return new SyncCursor(deltaLink, nextLink, fullRound, roundId, newVersion);
    }

    private static String newRoundId() {
        return UUID.randomUUID().toString();
    }
}
