package io.switchboard.events.directory;

/** Kinds of directory change published on {@code directory.user-changes}. */
public enum UserChangeType {
    /** First seen, or restored after a soft delete. */
    JOINED,
    /** Attributes changed that are not a move. */
    UPDATED,
    /** city, officeLocation or usageLocation changed. */
    MOVED,
    /** Teams Phone gained. */
    LICENSED,
    /** Teams Phone lost. */
    UNLICENSED,
    DISABLED,
    ENABLED,
    /** Soft or permanent deletion, see {@link DeletionKind}. */
    DELETED
}
