package io.switchboard.directory.snapshot;

import io.switchboard.directory.licences.AssignedLicence;
import io.switchboard.directory.licences.AssignedPlan;
import io.switchboard.events.directory.DeletionKind;
import io.switchboard.events.directory.DirectoryUser;
import io.switchboard.events.directory.LicenceView;
import java.util.List;
import java.util.Objects;

/**
 * What the watcher last knew about one user: the attributes, the raw licences (kept so the view can be
 * re-resolved when the SKU catalogue changes) and the resolved licence view.
 *
 * @param deletion null while the user exists, otherwise how it was deleted
 */
public record UserSnapshot(DirectoryUser user, List<AssignedLicence> assignedLicenses, List<AssignedPlan> assignedPlans,
                           LicenceView licences, DeletionKind deletion) {

    public UserSnapshot {
        Objects.requireNonNull(user, "user");
        assignedLicenses = assignedLicenses == null ? List.of() : List.copyOf(assignedLicenses);
        assignedPlans = assignedPlans == null ? List.of() : List.copyOf(assignedPlans);
        licences = licences == null ? LicenceView.NONE : licences;
    }

    public String id() {
        return user.id();
    }

    public boolean deleted() {
        return deletion != null;
    }

    public UserSnapshot withDeletion(DeletionKind kind) {
        return new UserSnapshot(user, assignedLicenses, assignedPlans, licences, kind);
    }
}
