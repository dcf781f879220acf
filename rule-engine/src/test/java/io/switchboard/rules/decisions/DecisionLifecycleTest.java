package io.switchboard.rules.decisions;

import static io.switchboard.rules.UserFixture.user;
import static io.switchboard.rules.decisions.DecisionFixtures.CALLING_PLAN;
import static io.switchboard.rules.decisions.DecisionFixtures.NO_PHONE;
import static io.switchboard.rules.decisions.DecisionFixtures.TEAMS_PHONE;
import static io.switchboard.rules.decisions.DecisionFixtures.change;
import static io.switchboard.rules.decisions.DecisionFixtures.moved;
import static io.switchboard.rules.decisions.DecisionFixtures.range;
import static io.switchboard.rules.decisions.DecisionFixtures.ranges;
import static io.switchboard.rules.decisions.DecisionFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.events.NumberType;
import io.switchboard.events.directory.DirectoryUser;
import io.switchboard.events.directory.LicenceView;
import io.switchboard.events.directory.UserChangeType;
import io.switchboard.events.directory.UserChanged;
import io.switchboard.events.provisioning.CandidateRange;
import io.switchboard.events.provisioning.DecisionAction;
import io.switchboard.events.provisioning.ProvisioningDecided;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionLifecycleTest {

    private static final DirectoryUser LONDONER = user().city("London").office("Park Lane").build();
    private static final List<Rule> RULES = List.of(rule("park-lane", "lon-dr", 10, "office = \"Park Lane\" AND city = \"LONDON\""));
    private static final Map<String, RangeInfo> RANGES = ranges(range("lon-dr", NumberType.DIRECT_ROUTING, 50));

    private final DecisionPolicy policy = new DecisionPolicy();

    private Decision decide(UserChangeType type, LicenceView licences, boolean hasNumber) {
        return decide(change(type, LONDONER, licences), TenantPolicy.DEFAULTS, hasNumber);
    }

    private Decision decide(UserChanged change, TenantPolicy tenantPolicy, boolean hasNumber) {
        return policy.decide(change, RULES, RANGES, tenantPolicy, hasNumber);
    }

    @Test
    void joinerWithoutTeamsPhoneGetsNoNumber() {
        Decision decision = decide(UserChangeType.JOINED, NO_PHONE, false);

        assertThat(decision.action()).isEqualTo(DecisionAction.NONE);
        assertThat(decision.explanation().summary()).startsWith("not voice-licensed");
        assertThat(decision.explanation().evaluations()).isEmpty();
    }

    @Test
    void matchingJoinerIsAssignedFromTheRulesRange() {
        Decision decision = decide(UserChangeType.JOINED, TEAMS_PHONE, false);

        assertThat(decision.action()).isEqualTo(DecisionAction.ASSIGN);
        assertThat(decision.numberType()).isEqualTo(NumberType.DIRECT_ROUTING);
        assertThat(decision.candidates()).containsExactly(new CandidateRange("lon-dr", NumberType.DIRECT_ROUTING, 10, "park-lane"));
        assertThat(decision.explanation().summary()).startsWith("user joined; rule 'park-lane' (priority 10) matched: assign from range 'lon-dr'");
    }

    @Test
    void newlyLicensedUserIsAssigned() {
        assertThat(decide(UserChangeType.LICENSED, TEAMS_PHONE, false).action()).isEqualTo(DecisionAction.ASSIGN);
    }

    @Test
    void updatedUserWithoutNumberWhoNowMatchesIsAssigned() {
        assertThat(decide(UserChangeType.UPDATED, TEAMS_PHONE, false).action()).isEqualTo(DecisionAction.ASSIGN);
    }

    @Test
    void updatedUserWhoAlreadyHasANumberKeepsIt() {
        Decision decision = decide(UserChangeType.UPDATED, TEAMS_PHONE, true);

        assertThat(decision.action()).isEqualTo(DecisionAction.NONE);
        assertThat(decision.explanation().summary()).startsWith("user already has a number");
    }

    @Test
    void joinerWithoutMatchingRuleGetsNoneWithEveryRulesReason() {
        DirectoryUser parisian = user().city("Paris").office("Park Lane").build();

        Decision decision = decide(change(UserChangeType.JOINED, parisian, TEAMS_PHONE), TenantPolicy.DEFAULTS, false);

        assertThat(decision.action()).isEqualTo(DecisionAction.NONE);
        assertThat(decision.explanation().summary()).contains("no rule matched");
        assertThat(decision.explanation().evaluations()).singleElement().satisfies(evaluation -> {
            assertThat(evaluation.matched()).isFalse();
            assertThat(evaluation.detail()).isEqualTo("no match: all of [officeLocation 'Park Lane' = 'Park Lane' (case-insensitive): true; "
                    + "city 'Paris' = 'LONDON' (case-insensitive): false]: false");
        });
    }

    @Test
    void disabledAccountIsNotGivenANumber() {
        DirectoryUser disabled = user().city("London").office("Park Lane").accountEnabled(false).build();

        Decision decision = decide(change(UserChangeType.JOINED, disabled, TEAMS_PHONE), TenantPolicy.DEFAULTS, false);

        assertThat(decision.action()).isEqualTo(DecisionAction.NONE);
        assertThat(decision.explanation().summary()).contains("account is disabled");
    }

    @Test
    void moverWithANumberKeepsItAndARelocationIsSuggested() {
        Decision decision = decide(moved(LONDONER, TEAMS_PHONE, "city", "Leeds"), TenantPolicy.DEFAULTS, true);

        assertThat(decision.action()).isEqualTo(DecisionAction.NONE);
        assertThat(decision.candidates()).isEmpty();
        assertThat(decision.explanation().summary()).isEqualTo("relocation suggested: user moved (city 'Leeds' -> 'London'); "
                + "number unchanged because automatic renumbering is off; rules now point to range 'lon-dr'");
        assertThat(decision.explanation().evaluations()).hasSize(1);
    }

    @Test
    void moverIsRenumberedWhenTheTenantTurnsItOn() {
        TenantPolicy renumbering = new TenantPolicy(false, true);

        Decision decision = decide(moved(LONDONER, TEAMS_PHONE, "city", "Leeds"), renumbering, true);

        assertThat(decision.action()).isEqualTo(DecisionAction.ASSIGN);
        assertThat(decision.explanation().summary()).contains("automatic renumbering is on");
    }

    @Test
    void moverWithoutANumberIsAssignedLikeAnyUserWithoutOne() {
        Decision decision = decide(moved(LONDONER, TEAMS_PHONE, "city", "Leeds"), TenantPolicy.DEFAULTS, false);

        assertThat(decision.action()).isEqualTo(DecisionAction.ASSIGN);
        assertThat(decision.explanation().summary()).startsWith("user moved (city 'Leeds' -> 'London'), no number yet");
    }

    @Test
    void disabledUserRetainsTheNumber() {
        Decision decision = decide(UserChangeType.DISABLED, TEAMS_PHONE, true);

        assertThat(decision.action()).isEqualTo(DecisionAction.RETAIN);
        assertThat(decision.explanation().summary()).contains("not recycled");
    }

    @Test
    void reEnabledUserGetsTheRetainedNumberBack() {
        assertThat(decide(UserChangeType.ENABLED, TEAMS_PHONE, true).action()).isEqualTo(DecisionAction.RESTORE);
    }

    @Test
    void reEnabledUserWithoutANumberIsAssignedOne() {
        assertThat(decide(UserChangeType.ENABLED, TEAMS_PHONE, false).action()).isEqualTo(DecisionAction.ASSIGN);
    }

    @Test
    void reEnabledUserWhoLostTeamsPhoneIsNotRestored() {
        Decision decision = decide(UserChangeType.ENABLED, NO_PHONE, true);

        assertThat(decision.action()).isEqualTo(DecisionAction.NONE);
        assertThat(decision.explanation().summary()).startsWith("not voice-licensed");
    }

    @Test
    void deletedUserReleasesTheNumber() {
        assertThat(decide(UserChangeType.DELETED, TEAMS_PHONE, true).action()).isEqualTo(DecisionAction.RELEASE);
    }

    @Test
    void unlicensedUserReleasesTheNumberEvenIfTheEngineKnowsOfNone() {
        Decision decision = decide(UserChangeType.UNLICENSED, NO_PHONE, false);

        assertThat(decision.action()).isEqualTo(DecisionAction.RELEASE);
        assertThat(decision.explanation().summary()).contains("the engine knows of no number");
    }

    @Test
    void callingPlanUserGetsNoDirectRoutingNumberByDefault() {
        Decision decision = decide(UserChangeType.JOINED, CALLING_PLAN, false);

        assertThat(decision.action()).isEqualTo(DecisionAction.NONE);
        assertThat(decision.explanation().evaluations()).singleElement().extracting(e -> e.detail()).asString()
                .startsWith("skipped: range 'lon-dr' holds DIRECT_ROUTING numbers; a Calling Plan user draws only from Calling Plan ranges");
    }

    @Test
    void rulesOfAnotherTenantAreRefused() {
        Rule foreign = new Rule("x", "fabrikam", "x", "lon-dr", RULES.get(0).condition(), 1, true, 1);
        UserChanged joined = change(UserChangeType.JOINED, LONDONER, TEAMS_PHONE);

        assertThatThrownBy(() -> policy.decide(joined, List.of(foreign), RANGES, TenantPolicy.DEFAULTS, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("belongs to tenant 'fabrikam'");
    }

    @Test
    void decisionBecomesTheEventWithTheUserAndTrigger() {
        UserChanged joined = change(UserChangeType.JOINED, LONDONER, TEAMS_PHONE);
        Decision decision = decide(joined, TenantPolicy.DEFAULTS, false);

        ProvisioningDecided event = decision.toEvent(joined, DecisionFixtures.META);

        assertThat(event.userId()).isEqualTo("user-1");
        assertThat(event.userPrincipalName()).isEqualTo("ada@contoso.com");
        assertThat(event.trigger()).isEqualTo(UserChangeType.JOINED);
        assertThat(event.action()).isEqualTo(DecisionAction.ASSIGN);
        assertThat(event.candidates()).isEqualTo(decision.candidates());
        assertThat(event.explanation()).isEqualTo(decision.explanation());
    }
}
