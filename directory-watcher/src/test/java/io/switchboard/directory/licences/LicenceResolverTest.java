package io.switchboard.directory.licences;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.events.directory.LicenceView;
import java.util.List;
import org.junit.jupiter.api.Test;

class LicenceResolverTest {

    static final String E5 = "06ebc4ee-1bb5-47dd-8120-11324bc54e06";
    static final String CALLING = "0dab259f-bf13-4952-b7f8-7db8f131b28d";
    static final String MCOEV_PLAN = "4828c8ec-dc2e-4779-b502-87ac9ce28ab7";
    static final String EXCHANGE_PLAN = "efb87545-963c-4e0d-99df-69c6916d9eb0";
    static final String PSTN1_PLAN = "4ed3ff63-69d7-4fb7-b984-5aec7f605ca8";

    final LicenceResolver resolver = new LicenceResolver(List.of(
            new SubscribedSku(E5, "SPE_E5", List.of(new SubscribedSku.ServicePlan(MCOEV_PLAN, "MCOEV"),
                    new SubscribedSku.ServicePlan(EXCHANGE_PLAN, "EXCHANGE_S_ENTERPRISE"))),
            new SubscribedSku(CALLING, "MCOPSTN1", List.of(new SubscribedSku.ServicePlan(PSTN1_PLAN, "MCOPSTN1")))));

    @Test
    void skuContainingAnEnabledPhoneSystemPlanGivesTeamsPhone() {
        // given an E5 licence with nothing disabled and its plan Enabled
        LicenceView view = resolver.resolve(List.of(new AssignedLicence(E5, List.of())),
                List.of(new AssignedPlan(MCOEV_PLAN, "MicrosoftCommunicationsOnline", "Enabled")));

        // then
        assertThat(view.teamsPhone()).isTrue();
        assertThat(view.callingPlan()).isFalse();
        assertThat(view.skuPartNumbers()).containsExactly("SPE_E5");
    }

    @Test
    void planListedInDisabledPlansDoesNotCount() {
        LicenceView view = resolver.resolve(List.of(new AssignedLicence(E5.toUpperCase(), List.of(MCOEV_PLAN))), List.of());

        assertThat(view.teamsPhone()).isFalse();
        assertThat(view.skuPartNumbers()).containsExactly("SPE_E5");
    }

    @Test
    void suspendedPlanDoesNotCountButWarningDoes() {
        List<AssignedLicence> licences = List.of(new AssignedLicence(E5, List.of()));

        assertThat(resolver.resolve(licences, List.of(new AssignedPlan(MCOEV_PLAN, "x", "Suspended"))).teamsPhone()).isFalse();
        assertThat(resolver.resolve(licences, List.of(new AssignedPlan(MCOEV_PLAN, "x", "Warning"))).teamsPhone()).isTrue();
    }

    @Test
    void planDeletedFromAnOldSkuButEnabledFromTheCurrentOneCounts() {
        LicenceView view = resolver.resolve(List.of(new AssignedLicence(E5, List.of())), List.of(
                new AssignedPlan(MCOEV_PLAN, "x", "Deleted"), new AssignedPlan(MCOEV_PLAN, "x", "Enabled")));

        assertThat(view.teamsPhone()).isTrue();
    }

    @Test
    void callingPlanIsReportedWithItsPlanName() {
        LicenceView view = resolver.resolve(List.of(new AssignedLicence(E5, List.of()), new AssignedLicence(CALLING, List.of())), List.of());

        assertThat(view).isEqualTo(new LicenceView(true, true, List.of("MCOPSTN1"), List.of("MCOPSTN1", "SPE_E5")));
    }

    @Test
    void unknownSkuIsIgnoredAndReportedAsUnknown() {
        List<AssignedLicence> licences = List.of(new AssignedLicence("11111111-0000-0000-0000-000000000000", List.of()));

        assertThat(resolver.resolve(licences, List.of())).isEqualTo(LicenceView.NONE);
        assertThat(resolver.knowsAll(licences)).isFalse();
        assertThat(resolver.knowsAll(List.of(new AssignedLicence(E5, List.of())))).isTrue();
    }
}
