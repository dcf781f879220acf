package io.switchboard.assigner.retries;

import io.switchboard.events.assignments.FailureReason;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns what Graph said (HTTP status, error code, message or operation statusDetail) into a
 * {@link FailureReason} and whether to retry. Teams' texts are not stable, so the code and the
 * message are matched against several known phrasings. A missing user is checked first ("User 'x'
 * was not found in tenant"), then the number-related phrases ("PhoneNumber x not found from tenant"),
 * then licensing.
 */
public final class FailureClassifier {

    private static final Pattern USER_NOT_FOUND = Pattern.compile(
            "usernotfound|assignmenttargetnotfound|\\buser\\b[^.]*\\b(was )?not found|\\buser\\b[^.]*does not exist");
    private static final List<String> ALREADY_ASSIGNED = List.of(
            "alreadyassigned", "already assigned", "already in use", "is already used", "numberinuse", "assigned to another");
    private static final List<String> NOT_IN_TENANT = List.of(
            "not found from tenant", "numbernotfound", "telephonenumbernotfound", "number was not found", "not acquired",
            "does not belong to the tenant");
    private static final Pattern WRONG_TYPE = Pattern.compile(
            "numbertypemismatch|number type mismatch|cannot be assigned as|is an? \\w+ number, not|wrong number type");
    private static final List<String> NOT_VOICE_ENABLED = List.of(
            "not enabled for voice", "not voice enabled", "notvoiceenabled", "uservoicenotenabled", "enterprise voice",
            "enterprisevoice", "not licensed", "no license", "no licence", "calling plan licence", "calling plan license",
            "licence", "license", "not yet provisioned", "propagat");

    private FailureClassifier() {
    }

    /**
     * @param status  HTTP status of the failed call; 0 when no answer arrived (timeout, connection
     *                reset), and -1 for an operation that ran and failed (only its text is known)
     * @param code    Graph's error code, may be empty
     * @param message Graph's error message or the operation's statusDetail, may be empty
     */
    public static Classification classify(int status, String code, String message) {
        if (status == 0 || status == 408 || status == 429 || status == 502 || status == 503 || status == 504) {
            return new Classification(FailureReason.TRANSIENT, true);
        }
        String text = ((code == null ? "" : code) + " " + (message == null ? "" : message)).toLowerCase(Locale.ROOT);
        if (USER_NOT_FOUND.matcher(text).find()) {
            return new Classification(FailureReason.USER_NOT_FOUND, false);
        }
        if (contains(text, ALREADY_ASSIGNED)) {
            return new Classification(FailureReason.NUMBER_ALREADY_ASSIGNED, false);
        }
        if (contains(text, NOT_IN_TENANT)) {
            return new Classification(FailureReason.NUMBER_NOT_IN_TENANT, false);
        }
        if (WRONG_TYPE.matcher(text).find()) {
            return new Classification(FailureReason.WRONG_NUMBER_TYPE, false);
        }
        if (contains(text, NOT_VOICE_ENABLED)) {
            return new Classification(FailureReason.USER_NOT_VOICE_ENABLED, true);
        }
        if (status >= 500) {
            return new Classification(FailureReason.TRANSIENT, true);
        }
        return new Classification(FailureReason.OTHER, false);
    }

    private static boolean contains(String text, List<String> phrases) {
        return phrases.stream().anyMatch(text::contains);
    }
}
