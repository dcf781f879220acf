package io.switchboard.events;

/** The record-key format shared by every topic: {@code "{tenantId}/{subject}"}. */
public final class RecordKeys {

    private RecordKeys() {
    }

    public static String of(String tenantId, String subject) {
        if (tenantId == null || tenantId.isBlank() || tenantId.contains("/")) {
            throw new IllegalArgumentException("tenantId must be non-blank and free of '/': " + tenantId);
        }
        return tenantId + "/" + subject;
    }

    /** The tenant part of a key, or {@code null} when the key does not follow the format. */
    public static String tenantOf(String key) {
        int slash = key == null ? -1 : key.indexOf('/');
        return slash <= 0 ? null : key.substring(0, slash);
    }

    /** The subject part of a key, or {@code null} when the key does not follow the format. */
    public static String subjectOf(String key) {
        int slash = key == null ? -1 : key.indexOf('/');
        return slash <= 0 ? null : key.substring(slash + 1);
    }
}
