package io.switchboard.inventory.numbers;

/** Recognises PostgreSQL unique violations (SQLSTATE 23505) of a named constraint anywhere in a cause chain. */
public final class UniqueViolations {

    /** The index that lets a user hold one number per tenant. */
    public static final String ONE_PER_USER = "number_one_per_user";
    /** The constraint that makes a number unique per tenant. */
    public static final String UNIQUE_NUMBER = "number_unique_per_tenant";

    private UniqueViolations() {
    }

    public static boolean of(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.contains(constraint)
                    && (message.contains("23505") || message.contains("duplicate key"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
