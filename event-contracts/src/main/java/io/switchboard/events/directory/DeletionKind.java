package io.switchboard.events.directory;

/** Graph's {@code @removed.reason}: {@code changed} is a restorable soft delete, {@code deleted} is permanent. */
public enum DeletionKind {
    SOFT,
    PERMANENT
}
