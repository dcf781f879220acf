package io.switchboard.rules.decisions;

import io.switchboard.events.EventMeta;
import io.switchboard.events.NumberType;
import io.switchboard.events.directory.DeletionKind;
import io.switchboard.events.directory.DirectoryUser;
import io.switchboard.events.directory.LicenceView;
import io.switchboard.events.directory.UserChangeType;
import io.switchboard.events.directory.UserChanged;
import io.switchboard.rules.syntax.RuleParser;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Events, rules and ranges for decision tests. */
final class DecisionFixtures {

    static final String TENANT = "contoso";
    static final EventMeta META = new EventMeta("event-1", TENANT, "saga-1", null, Instant.parse("2025-01-06T09:00:00Z"));

    static final LicenceView NO_PHONE = new LicenceView(false, false, List.of(), List.of("SPE_E3"));
    static final LicenceView TEAMS_PHONE = new LicenceView(true, false, List.of(), List.of("SPE_E5"));
    static final LicenceView CALLING_PLAN = new LicenceView(true, true, List.of("MCOPSTN1"), List.of("SPE_E5", "MCOPSTN1"));

    private DecisionFixtures() {
    }

    static UserChanged change(UserChangeType type, DirectoryUser user, LicenceView licences) {
        return new UserChanged(META, type, user, licences, List.of(), Map.of(), type == UserChangeType.DELETED ? DeletionKind.PERMANENT : null);
    }

    static UserChanged moved(DirectoryUser user, LicenceView licences, String field, String previous) {
        return new UserChanged(META, UserChangeType.MOVED, user, licences, List.of(field), Map.of(field, previous), null);
    }

    static Rule rule(String id, String rangeId, int priority, String condition) {
        return new Rule(id, TENANT, "Rule " + id, rangeId, RuleParser.parse(condition), priority, true, 1);
    }

    static RangeInfo range(String id, NumberType type, long free) {
        return new RangeInfo(id, id, type, 100, free, true);
    }

    static Map<String, RangeInfo> ranges(RangeInfo... ranges) {
        return Arrays.stream(ranges).collect(Collectors.toMap(RangeInfo::rangeId, Function.identity()));
    }
}
