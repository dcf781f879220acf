package io.switchboard.rules;

import io.switchboard.events.EventMeta;
import io.switchboard.events.NumberType;
import io.switchboard.events.directory.DirectoryUser;
import io.switchboard.events.directory.LicenceView;
import io.switchboard.events.directory.UserChangeType;
import io.switchboard.events.directory.UserChanged;
import io.switchboard.rules.decisions.Decision;
import io.switchboard.rules.decisions.DecisionPolicy;
import io.switchboard.rules.decisions.RangeInfo;
import io.switchboard.rules.decisions.Rule;
import io.switchboard.rules.decisions.TenantPolicy;
import io.switchboard.rules.syntax.RuleParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Decisions per second for one tenant with 1,000 rules (every decision evaluates and explains all of
 * them). Not a test: run with
 * {@code java -cp "rule-engine/target/classes:rule-engine/target/test-classes:$(cat cp.txt)" io.switchboard.rules.DecisionBenchmark [rules] [seconds]}
 * after {@code ./mvnw -pl rule-engine dependency:build-classpath -Dmdep.outputFile=cp.txt}. A rough
 * figure without JMH: warm-up first, then several timed rounds; the best round is reported.
 */
public final class DecisionBenchmark {

    private static final String TENANT = "bench";
    private static final String[] CITIES = {"London", "Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff", "Belfast", "York"};
    private static final String[] DEPARTMENTS = {"Sales", "Support", "Finance", "Engineering", "Legal", "HR"};

    private DecisionBenchmark() {
    }

    public static void main(String[] args) {
        int ruleCount = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        long roundMillis = (args.length > 1 ? Long.parseLong(args[1]) : 2) * 1_000;
        Random random = new Random(42);
        Map<String, RangeInfo> ranges = new HashMap<>();
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < ruleCount; i++) {
            String rangeId = "range-" + i;
            NumberType type = i % 5 == 0 ? NumberType.CALLING_PLAN : (i % 2 == 0 ? NumberType.DIRECT_ROUTING : NumberType.OPERATOR_CONNECT);
            ranges.put(rangeId, new RangeInfo(rangeId, "Range " + i, type, 1_000, random.nextInt(1_000), true));
            rules.add(new Rule("rule-" + i, TENANT, "Rule " + i, rangeId, RuleParser.parse(conditionText(i, random)), random.nextInt(100),
                    i % 50 != 0, 1));
        }
        // Sorted once, as a repository would return them; the selector then skips its own sort.
        rules.sort(Comparator.comparingInt(Rule::priority).thenComparing(Rule::id));
        List<UserChanged> changes = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            changes.add(joined(i, random));
        }
        DecisionPolicy policy = new DecisionPolicy();
        System.out.printf("%d rules, %d distinct users, %d ms per round%n", ruleCount, changes.size(), roundMillis);
        run(policy, changes, rules, ranges, roundMillis, "warm-up");
        double best = 0;
        for (int round = 1; round <= 3; round++) {
            best = Math.max(best, run(policy, changes, rules, ranges, roundMillis, "round " + round));
        }
        System.out.printf("best: %.0f decisions/s with %d rules%n", best, ruleCount);
    }

    private static double run(DecisionPolicy policy, List<UserChanged> changes, List<Rule> rules, Map<String, RangeInfo> ranges,
            long millis, String label) {
        long start = System.nanoTime();
        long deadline = start + millis * 1_000_000;
        long decisions = 0;
        long assigned = 0;
        while (System.nanoTime() < deadline) {
            for (UserChanged change : changes) {
                Decision decision = policy.decide(change, rules, ranges, TenantPolicy.DEFAULTS, false);
                assigned += decision.candidates().isEmpty() ? 0 : 1;
                decisions++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double perSecond = decisions / seconds;
        System.out.printf("%-8s %,10.0f decisions/s (%d decisions, %.0f%% assigned)%n", label, perSecond, decisions,
                100.0 * assigned / decisions);
        return perSecond;
    }

    /** A mix of the shapes admins write: office and city, lists of usage locations, negations, patterns. */
    private static String conditionText(int i, Random random) {
        String city = CITIES[random.nextInt(CITIES.length)];
        String department = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
        return switch (i % 4) {
            case 0 -> "office = \"Office " + random.nextInt(40) + "\" AND city = \"" + city + "\"";
            case 1 -> "usageLocation in (\"GB\", \"IE\") AND (department = \"" + department + "\" OR jobTitle contains \"manager\")";
            case 2 -> "city = \"" + city + "\" AND NOT department is empty AND companyName starts with \"Contoso\"";
            default -> "office matches \"Office [0-9]" + random.nextInt(4) + "\" OR state = \"" + city + "\"";
        };
    }

    private static UserChanged joined(int i, Random random) {
        DirectoryUser user = new DirectoryUser("user-" + i, "User " + i, "user" + i + "@contoso.com", null, true,
                CITIES[random.nextInt(CITIES.length)], "Office " + random.nextInt(40), random.nextBoolean() ? "GB" : "FR",
                DEPARTMENTS[random.nextInt(DEPARTMENTS.length)], "Contoso Ltd", "United Kingdom", null,
                random.nextBoolean() ? "Sales Manager" : "Engineer", "Employee");
        LicenceView licences = new LicenceView(true, i % 3 == 0, List.of(), List.of());
        EventMeta meta = new EventMeta("e-" + i, TENANT, "c-" + i, null, Instant.EPOCH);
        return new UserChanged(meta, UserChangeType.JOINED, user, licences, List.of(), Map.of(), null);
    }
}
