package io.switchboard.rules.simulation;

import io.switchboard.events.directory.DirectoryUser;
import io.switchboard.events.directory.LicenceView;
import java.util.Objects;

/** A user as the engine last saw them, and whether they already hold a number. */
public record SimulatedUser(DirectoryUser user, LicenceView licences, boolean hasNumber) {

    public SimulatedUser {
        Objects.requireNonNull(user, "user");
        licences = licences == null ? LicenceView.NONE : licences;
    }
}
