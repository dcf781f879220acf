package io.switchboard.rules.users;

import io.switchboard.events.directory.DirectoryUser;
import io.switchboard.events.directory.LicenceView;
import io.switchboard.events.directory.UserChangeType;

/** A user as the engine last saw them on {@code directory.user-changes}, and whether they hold a number. */
public record SeenUser(DirectoryUser user, LicenceView licences, UserChangeType lastChange, boolean deleted, Holding holding) {
}
