package io.switchboard.presence.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One platform's translation between its states and Teams presence, both ways.
 *
 * <p>Inbound: platform state → set one of the pairs {@code setPresence} accepts, or clear the
 * bridge's session. Outbound: Teams availability/activity → platform state; an activity of
 * {@code *} matches any activity of that availability, and an exact activity wins over {@code *}.
 */
public final class MappingTable {

    public static final String CLEAR = "clear";
    public static final String ANY = "*";

    private final Map<String, InboundAction> inbound;
    private final Map<String, String> outbound;

    private MappingTable(Map<String, InboundAction> inbound, Map<String, String> outbound) {
        this.inbound = Map.copyOf(inbound);
        this.outbound = Map.copyOf(outbound);
    }

    /**
     * The default: the Zoom table of the seeds in Graph terms (ARCHITECTURE.md, Presence), each
     * platform state sent to the nearest pair {@code setPresence} allows.
     */
    public static MappingTable defaults() {
        Map<String, InboundAction> in = new LinkedHashMap<>();
        in.put(PlatformStates.IN_CALL, InboundAction.set("Busy/InACall"));
        in.put(PlatformStates.IN_MEETING, InboundAction.set("Busy/InACall"));
        in.put(PlatformStates.PRESENTING, InboundAction.set("DoNotDisturb/Presenting"));
        in.put(PlatformStates.DO_NOT_DISTURB, InboundAction.set("DoNotDisturb/Presenting"));
        in.put(PlatformStates.BUSY, InboundAction.set("Busy/InACall"));
        in.put(PlatformStates.AVAILABLE, InboundAction.set("Available/Available"));
        in.put(PlatformStates.AWAY, InboundAction.set("Away/Away"));
        in.put(PlatformStates.OFFLINE, InboundAction.CLEAR);
        Map<String, String> out = new LinkedHashMap<>();
        out.put("Busy/InACall", PlatformStates.IN_CALL);
        out.put("Busy/InAConferenceCall", PlatformStates.IN_CALL);
        out.put("Busy/InAMeeting", PlatformStates.BUSY);
        out.put("Busy/*", PlatformStates.BUSY);
        out.put("DoNotDisturb/Presenting", PlatformStates.PRESENTING);
        out.put("DoNotDisturb/*", PlatformStates.DO_NOT_DISTURB);
        out.put("Available/*", PlatformStates.AVAILABLE);
        out.put("AvailableIdle/*", PlatformStates.AVAILABLE);
        out.put("Away/*", PlatformStates.AWAY);
        out.put("BeRightBack/*", PlatformStates.AWAY);
        out.put("Offline/*", PlatformStates.OFFLINE);
        out.put("PresenceUnknown/*", PlatformStates.OFFLINE);
        return new MappingTable(in, out);
    }

    /**
     * This table with a platform's overrides applied. Inbound values are {@code Availability/Activity}
     * (must be a pair setPresence accepts) or {@code clear}; outbound keys are
     * {@code Availability/Activity} or {@code Availability/*}. An empty outbound value stops that
     * Teams state from being sent to the platform.
     *
     * @throws IllegalArgumentException listing every override that is wrong
     */
    public MappingTable withOverrides(Map<String, String> inboundOverrides, Map<String, String> outboundOverrides) {
        List<String> problems = new ArrayList<>();
        Map<String, InboundAction> in = new LinkedHashMap<>(inbound);
        inboundOverrides.forEach((state, target) -> {
            try {
                in.put(PlatformStates.normalise(state), inboundAction(target));
            } catch (IllegalArgumentException e) {
                problems.add("inbound '" + state + "': " + e.getMessage());
            }
        });
        Map<String, String> out = new LinkedHashMap<>(outbound);
        outboundOverrides.forEach((pair, state) -> {
            try {
                TeamsPresence.of(pair);
                if (state == null || state.isBlank()) {
                    out.remove(pair);
                } else {
                    out.put(pair, PlatformStates.normalise(state));
                }
            } catch (IllegalArgumentException e) {
                problems.add("outbound '" + pair + "': " + e.getMessage());
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new MappingTable(in, out);
    }

    private static InboundAction inboundAction(String target) {
        if (target != null && CLEAR.equalsIgnoreCase(target.trim())) {
            return InboundAction.CLEAR;
        }
        TeamsPresence pair = TeamsPresence.of(target);
        if (!pair.settable()) {
            throw new IllegalArgumentException(pair + " cannot be set through setPresence; use one of " + TeamsPresence.SETTABLE
                    + " or 'clear'");
        }
        return new InboundAction.Set(pair);
    }

    /** What to do in Teams for a platform state; empty when the platform state is unknown. */
    public Optional<InboundAction> toTeams(String platformState) {
        return Optional.ofNullable(inbound.get(PlatformStates.normalise(platformState)));
    }

    /** The platform state for a Teams presence; empty when the table does not send it. */
    public Optional<String> toPlatform(TeamsPresence presence) {
        String exact = outbound.get(presence.availability() + "/" + presence.activity());
        return Optional.ofNullable(exact != null ? exact : outbound.get(presence.availability() + "/" + ANY));
    }

    /** The table as text, for the platform API. */
    public Map<String, String> inboundView() {
        Map<String, String> view = new java.util.TreeMap<>();
        inbound.forEach((state, action) -> view.put(state, action instanceof InboundAction.Set set ? set.presence().toString() : CLEAR));
        return view;
    }

    public Map<String, String> outboundView() {
        return new java.util.TreeMap<>(outbound);
    }
}
