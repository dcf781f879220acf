package io.switchboard.events.assignments;

/** Switchboard's classification of a failed Teams number operation. */
public enum FailureReason {
    /** The number is already assigned to someone else in Teams. Not retryable: the inventory marks a CONFLICT. */
    NUMBER_ALREADY_ASSIGNED,
    /** The number is not acquired in the tenant ("not found from tenant"). Not retryable. */
    NUMBER_NOT_IN_TENANT,
    /** The number type does not match the number's type in Teams. Not retryable. */
    WRONG_NUMBER_TYPE,
    /** The user is not (yet) enabled for voice, e.g. licence still propagating. Retryable. */
    USER_NOT_VOICE_ENABLED,
    /** The user does not exist in the tenant. Not retryable. */
    USER_NOT_FOUND,
    /** Graph throttled (429) or was unavailable (503/504) or timed out. Retryable. */
    TRANSIENT,
    /** Retrying went on longer than the configured maximum age. */
    GAVE_UP,
    /** Anything Graph answered that fits none of the above. */
    OTHER
}
