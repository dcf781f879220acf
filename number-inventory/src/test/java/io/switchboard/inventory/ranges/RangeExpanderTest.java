package io.switchboard.inventory.ranges;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.events.NumberType;
import java.util.List;
import org.junit.jupiter.api.Test;

class RangeExpanderTest {

    @Test
    void expandsABoundedRangeAndDerivesCountryAndAreaCode() {
        // given a London range of ten numbers
        RangeSpec spec = bounded("+442079460000", "+442079460009");

        // when it is expanded
        RangeExpander.Result result = RangeExpander.expand(spec);

        // then it lists the ten numbers in order, in Great Britain, area code 20
        assertThat(result.problems()).isEmpty();
        assertThat(result.range().numbers()).hasSize(10).startsWith("+442079460000").endsWith("+442079460009");
        assertThat(result.range().countryCode()).isEqualTo("GB");
        assertThat(result.range().areaCode()).isEqualTo("20");
    }

    @Test
    void explicitListIsSortedAndUsesTheFirstNumbersFacts() {
        RangeExpander.Result result = RangeExpander.expand(listed("+14155550101", "+14155550100"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.range().numbers()).containsExactly("+14155550100", "+14155550101");
        assertThat(result.range().countryCode()).isEqualTo("US");
        assertThat(result.range().areaCode()).isEqualTo("415");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        // given a spec without a name or type and with a malformed and an impossible number
        RangeSpec spec = new RangeSpec(" ", null, null, null, null, List.of("0207 946 0000", "+4400000"), null, List.of(), -1);

        // when it is expanded, then each problem is named
        assertThat(RangeExpander.expand(spec).problems()).satisfiesExactlyInAnyOrder(
                p -> assertThat(p).contains("name is required"),
                p -> assertThat(p).contains("numberType is required"),
                p -> assertThat(p).contains("quarantineDays"),
                p -> assertThat(p).contains("'0207 946 0000' is not in E.164 form"),
                p -> assertThat(p).contains("'+4400000' is not a valid phone number"));
    }

    @Test
    void refusesReversedBoundsDifferentLengthsAndOversizedRanges() {
        assertThat(RangeExpander.expand(bounded("+442079460009", "+442079460000")).problems())
                .singleElement().asString().contains("is below firstNumber");
        assertThat(RangeExpander.expand(bounded("+4930123456", "+49301234567")).problems())
                .singleElement().asString().contains("same number of digits");
        assertThat(RangeExpander.expand(bounded("+442070000000", "+442079999999")).problems())
                .singleElement().asString().contains("at most 100000");
    }

    @Test
    void refusesBothBoundsAndAListAndDuplicatesInAList() {
        RangeSpec both = new RangeSpec("x", NumberType.CALLING_PLAN, null, "+442079460000", "+442079460001",
                List.of("+442079460002"), null, List.of(), 0);
        assertThat(RangeExpander.expand(both).problems()).singleElement().asString().contains("not both");
        assertThat(RangeExpander.expand(listed("+442079460000", "+442079460000")).problems())
                .singleElement().asString().contains("listed twice");
    }

    @Test
    void refusesNumbersOfTwoCountriesInOneRange() {
        assertThat(RangeExpander.expand(listed("+442079460000", "+14155550100")).problems())
                .singleElement().asString().contains("one country");
    }

    private static RangeSpec bounded(String first, String last) {
        return new RangeSpec("London", NumberType.DIRECT_ROUTING, "Acme", first, last, List.of(), null, List.of("a"), 0);
    }

    private static RangeSpec listed(String... numbers) {
        return new RangeSpec("List", NumberType.OPERATOR_CONNECT, "Acme", null, null, List.of(numbers), null, List.of(), 0);
    }
}
