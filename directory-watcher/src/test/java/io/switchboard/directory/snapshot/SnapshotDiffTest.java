package io.switchboard.directory.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.directory.licences.AssignedLicence;
import io.switchboard.events.directory.DeletionKind;
import io.switchboard.events.directory.LicenceView;
import io.switchboard.events.directory.UserChangeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotDiffTest {

    static final String PHONE_SKU = "phone";
    static final String CALLING_SKU = "calling";

    /** Resolver stand-in: the "phone" SKU gives Teams Phone, "calling" a calling plan. */
    final SnapshotDiff diff = new SnapshotDiff((licences, plans) -> {
        boolean phone = licences.stream().anyMatch(l -> l.skuId().equals(PHONE_SKU));
        boolean calling = licences.stream().anyMatch(l -> l.skuId().equals(CALLING_SKU));
        return new LicenceView(phone, calling, calling ? List.of("MCOPSTN1") : List.of(), licences.stream().map(AssignedLicence::skuId).toList());
    });

    @Test
    void firstSeenUserJoinsWithEverythingItCarries() {
        SnapshotDiff.Outcome outcome = diff.apply(null, item("u1", Map.of("displayName", "Ada", "city", "Berlin", "accountEnabled", "true"),
                List.of(new AssignedLicence(PHONE_SKU, List.of()))));

        assertThat(types(outcome)).containsExactly(UserChangeType.JOINED);
        assertThat(outcome.next().user().city()).isEqualTo("Berlin");
        assertThat(outcome.next().user().accountEnabled()).isTrue();
        assertThat(outcome.next().licences().teamsPhone()).isTrue();
    }

    @Test
    void partialItemKeepsTheAttributesItDoesNotCarry() {
        UserSnapshot before = joined("u1", Map.of("displayName", "Ada", "city", "Berlin", "department", "Sales"));

        SnapshotDiff.Outcome outcome = diff.apply(before, item("u1", Map.of("department", "Support"), null));

        assertThat(outcome.next().user().city()).isEqualTo("Berlin");
        assertThat(outcome.next().user().displayName()).isEqualTo("Ada");
        Change updated = outcome.changes().get(0);
        assertThat(updated.type()).isEqualTo(UserChangeType.UPDATED);
        assertThat(updated.changedFields()).containsExactly("department");
        assertThat(updated.previousValues()).containsEntry("department", "Sales");
    }

    @Test
    void locationChangeIsAMoveAndOtherAttributesAnUpdateInEnumOrder() {
        UserSnapshot before = joined("u1", Map.of("city", "Berlin", "jobTitle", "Dev"));
        Map<String, String> changes = new HashMap<>();
        changes.put("usageLocation", "FR");
        changes.put("city", "Paris");
        changes.put("jobTitle", "Lead");

        SnapshotDiff.Outcome outcome = diff.apply(before, item("u1", changes, null));

        assertThat(types(outcome)).containsExactly(UserChangeType.UPDATED, UserChangeType.MOVED);
        assertThat(outcome.changes().get(0).changedFields()).containsExactly("jobTitle");
        assertThat(outcome.changes().get(1).changedFields()).containsExactlyInAnyOrder("city", "usageLocation");
        assertThat(outcome.changes().get(1).previousValues()).containsEntry("city", "Berlin").containsEntry("usageLocation", null);
    }

    @Test
    void clearedAttributeIsAChange() {
        UserSnapshot before = joined("u1", Map.of("officeLocation", "HQ"));
        Map<String, String> cleared = new HashMap<>();
        cleared.put("officeLocation", null);

        SnapshotDiff.Outcome outcome = diff.apply(before, item("u1", cleared, null));

        assertThat(types(outcome)).containsExactly(UserChangeType.MOVED);
        assertThat(outcome.next().user().officeLocation()).isNull();
    }

    @Test
    void gainingAndLosingTeamsPhoneIsLicensedAndUnlicensed() {
        UserSnapshot before = joined("u1", Map.of("city", "Berlin"));

        SnapshotDiff.Outcome licensed = diff.apply(before, item("u1", Map.of(), List.of(new AssignedLicence(PHONE_SKU, List.of()))));
        SnapshotDiff.Outcome unlicensed = diff.apply(licensed.next(), item("u1", Map.of(), List.of()));

        assertThat(types(licensed)).containsExactly(UserChangeType.LICENSED);
        assertThat(licensed.changes().get(0).changedFields()).containsExactly(UserFields.LICENCES);
        assertThat(types(unlicensed)).containsExactly(UserChangeType.UNLICENSED);
        assertThat(unlicensed.next().licences().teamsPhone()).isFalse();
    }

    @Test
    void callingPlanOnlyChangeIsAnUpdateOfLicences() {
        UserSnapshot before = diff.apply(null, item("u1", Map.of(), List.of(new AssignedLicence(PHONE_SKU, List.of())))).next();

        SnapshotDiff.Outcome outcome = diff.apply(before, item("u1", Map.of(),
                List.of(new AssignedLicence(PHONE_SKU, List.of()), new AssignedLicence(CALLING_SKU, List.of()))));

        assertThat(types(outcome)).containsExactly(UserChangeType.UPDATED);
        assertThat(outcome.changes().get(0).changedFields()).containsExactly(UserFields.LICENCES);
    }

    @Test
    void accountStateChangesAreDisabledAndEnabled() {
        UserSnapshot before = joined("u1", Map.of("accountEnabled", "true"));

        SnapshotDiff.Outcome disabled = diff.apply(before, item("u1", Map.of("accountEnabled", "false"), null));
        SnapshotDiff.Outcome enabled = diff.apply(disabled.next(), item("u1", Map.of("accountEnabled", "true"), null));

        assertThat(types(disabled)).containsExactly(UserChangeType.DISABLED);
        assertThat(types(enabled)).containsExactly(UserChangeType.ENABLED);
    }

    @Test
    void severalKindsAtOnceComeOutInEnumOrder() {
        UserSnapshot before = joined("u1", Map.of("accountEnabled", "true", "city", "Berlin"));

        SnapshotDiff.Outcome outcome = diff.apply(before, item("u1", Map.of("accountEnabled", "false", "city", "Rome"),
                List.of(new AssignedLicence(PHONE_SKU, List.of()))));

        assertThat(types(outcome)).containsExactly(UserChangeType.MOVED, UserChangeType.LICENSED, UserChangeType.DISABLED);
    }

    @Test
    void itemWithNothingNewChangesNothing() {
        UserSnapshot before = joined("u1", Map.of("city", "Berlin"));

        assertThat(diff.apply(before, item("u1", Map.of("city", "Berlin"), List.of())).changes()).isEmpty();
    }

    @Test
    void removedUserIsDeletedOnceAndPurgeEscalatesToPermanent() {
        UserSnapshot before = joined("u1", Map.of("city", "Berlin"));

        SnapshotDiff.Outcome soft = diff.apply(before, DeltaItem.removed("u1", DeletionKind.SOFT));
        SnapshotDiff.Outcome again = diff.apply(soft.next(), DeltaItem.removed("u1", DeletionKind.SOFT));
        SnapshotDiff.Outcome purged = diff.apply(soft.next(), DeltaItem.removed("u1", DeletionKind.PERMANENT));

        assertThat(soft.changes()).containsExactly(new Change(UserChangeType.DELETED, List.of(), Map.of(), DeletionKind.SOFT));
        assertThat(soft.next().user().city()).isEqualTo("Berlin");
        assertThat(again.changes()).isEmpty();
        assertThat(purged.changes()).extracting(Change::deletion).containsExactly(DeletionKind.PERMANENT);
    }

    @Test
    void restoredUserJoinsAgain() {
        UserSnapshot deleted = joined("u1", Map.of("city", "Berlin")).withDeletion(DeletionKind.SOFT);

        SnapshotDiff.Outcome outcome = diff.apply(deleted, item("u1", Map.of("city", "Berlin"), null));

        assertThat(types(outcome)).containsExactly(UserChangeType.JOINED);
        assertThat(outcome.next().deleted()).isFalse();
    }

    @Test
    void removalOfAnUnknownUserIsIgnored() {
        SnapshotDiff.Outcome outcome = diff.apply(null, DeltaItem.removed("ghost", DeletionKind.PERMANENT));

        assertThat(outcome.next()).isNull();
        assertThat(outcome.changes()).isEmpty();
    }

    @Test
    void userMissingFromAFullListingIsSoftDeleted() {
        SnapshotDiff.Outcome outcome = diff.missing(joined("u1", Map.of()));

        assertThat(outcome.changes()).extracting(Change::type, Change::deletion).containsExactly(
                org.assertj.core.groups.Tuple.tuple(UserChangeType.DELETED, DeletionKind.SOFT));
    }

    private UserSnapshot joined(String id, Map<String, String> attributes) {
        return diff.apply(null, item(id, attributes, List.of())).next();
    }

    private static DeltaItem item(String id, Map<String, String> attributes, List<AssignedLicence> licences) {
        return new DeltaItem(id, null, attributes, licences, null);
    }

    private static List<UserChangeType> types(SnapshotDiff.Outcome outcome) {
        return outcome.changes().stream().map(Change::type).toList();
    }
}
