package io.switchboard.presence.mapping;

import java.util.Locale;

/**
 * The platform state names of the default table. Platforms may use their own names through
 * overrides; these are the ones every platform understands out of the box.
 */
public final class PlatformStates {

    public static final String IN_CALL = "in_call";
    public static final String IN_MEETING = "in_meeting";
    public static final String PRESENTING = "presenting";
    public static final String DO_NOT_DISTURB = "do_not_disturb";
    public static final String BUSY = "busy";
    public static final String AVAILABLE = "available";
    public static final String AWAY = "away";
    public static final String OFFLINE = "offline";

    private PlatformStates() {
    }

    /** Platforms spell states differently ("In a call", "IN-CALL"); compare in one form. */
    public static String normalise(String state) {
        return state == null ? "" : state.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
