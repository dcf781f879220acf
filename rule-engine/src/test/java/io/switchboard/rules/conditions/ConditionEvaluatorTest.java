package io.switchboard.rules.conditions;

import static io.switchboard.rules.UserFixture.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.events.directory.DirectoryUser;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionEvaluatorTest {

    private static final DirectoryUser LONDONER = user().city("London").office("Park Lane").department("Sales")
            .usageLocation("GB").jobTitle("Account Manager").build();

    private static Comparison city(Operator operator, String... values) {
        return Comparison.of(Attribute.CITY, operator, values);
    }

    @Test
    void equalsIgnoresCaseAndSurroundingWhitespaceByDefault() {
        assertThat(ConditionEvaluator.matches(city(Operator.EQUALS, "  LONDON "), LONDONER)).isTrue();
    }

    @Test
    void equalsComparesExactCaseWhenCaseSensitive() {
        Condition condition = city(Operator.EQUALS, "LONDON").withCaseSensitive(true);

        assertThat(ConditionEvaluator.matches(condition, LONDONER)).isFalse();
    }

    @Test
    void untrimmedComparisonSeesSurroundingWhitespace() {
        Condition condition = city(Operator.EQUALS, "London ").withTrim(false);

        assertThat(ConditionEvaluator.matches(condition, LONDONER)).isFalse();
    }

    @Test
    void notEqualsIsTheOppositeOfEquals() {
        assertThat(ConditionEvaluator.matches(city(Operator.NOT_EQUALS, "london"), LONDONER)).isFalse();
        assertThat(ConditionEvaluator.matches(city(Operator.NOT_EQUALS, "Leeds"), LONDONER)).isTrue();
    }

    @Test
    void notEqualsMatchesAMissingAttribute() {
        DirectoryUser nowhere = user().build();

        assertThat(ConditionEvaluator.matches(city(Operator.NOT_EQUALS, "London"), nowhere)).isTrue();
    }

    @Test
    void inMatchesAnyListedValue() {
        assertThat(ConditionEvaluator.matches(city(Operator.IN, "Leeds", "london"), LONDONER)).isTrue();
        assertThat(ConditionEvaluator.matches(city(Operator.IN, "Leeds", "York"), LONDONER)).isFalse();
    }

    @Test
    void startsWithEndsWithAndContainsTestParts() {
        Comparison office = Comparison.of(Attribute.OFFICE_LOCATION, Operator.STARTS_WITH, "park");

        assertThat(ConditionEvaluator.matches(office, LONDONER)).isTrue();
        assertThat(ConditionEvaluator.matches(city(Operator.ENDS_WITH, "DON"), LONDONER)).isTrue();
        assertThat(ConditionEvaluator.matches(city(Operator.CONTAINS, "ndo"), LONDONER)).isTrue();
        assertThat(ConditionEvaluator.matches(city(Operator.CONTAINS, "paris"), LONDONER)).isFalse();
    }

    @Test
    void matchesNeedsTheWholeValueToMatch() {
        assertThat(ConditionEvaluator.matches(city(Operator.MATCHES, "lon"), LONDONER)).isFalse();
        assertThat(ConditionEvaluator.matches(city(Operator.MATCHES, "lon.*"), LONDONER)).isTrue();
    }

    @Test
    void matchesIgnoresCaseUnlessCaseSensitive() {
        assertThat(ConditionEvaluator.matches(city(Operator.MATCHES, "LON[a-z]+"), LONDONER)).isTrue();
        assertThat(ConditionEvaluator.matches(city(Operator.MATCHES, "LON[a-z]+").withCaseSensitive(true), LONDONER)).isFalse();
    }

    @Test
    void isEmptyTreatsMissingAndBlankValuesAsEmpty() {
        DirectoryUser blankOffice = user().office("   ").build();

        assertThat(ConditionEvaluator.matches(city(Operator.IS_EMPTY), user().build())).isTrue();
        assertThat(ConditionEvaluator.matches(Comparison.of(Attribute.OFFICE_LOCATION, Operator.IS_EMPTY), blankOffice)).isTrue();
        assertThat(ConditionEvaluator.matches(city(Operator.IS_NOT_EMPTY), LONDONER)).isTrue();
    }

    @Test
    void untrimmedBlankValueIsNotEmpty() {
        DirectoryUser blankOffice = user().office("   ").build();
        Condition condition = Comparison.of(Attribute.OFFICE_LOCATION, Operator.IS_EMPTY).withTrim(false);

        assertThat(ConditionEvaluator.matches(condition, blankOffice)).isFalse();
    }

    @Test
    void andNeedsEveryOperandOrNeedsOneNotNegates() {
        Condition london = city(Operator.EQUALS, "London");
        Condition paris = city(Operator.EQUALS, "Paris");

        assertThat(ConditionEvaluator.matches(And.of(london, paris), LONDONER)).isFalse();
        assertThat(ConditionEvaluator.matches(Or.of(paris, london), LONDONER)).isTrue();
        assertThat(ConditionEvaluator.matches(new Not(paris), LONDONER)).isTrue();
    }

    @Test
    void explainAgreesWithMatchesOnNestedTrees() {
        Condition tree = Or.of(And.of(city(Operator.EQUALS, "Paris"), new Not(city(Operator.IS_EMPTY))),
                Comparison.of(Attribute.DEPARTMENT, Operator.IN, "sales", "support"));

        assertThat(ConditionEvaluator.explain(tree, LONDONER).matched())
                .isEqualTo(ConditionEvaluator.matches(tree, LONDONER)).isTrue();
    }

    @Test
    void everyAttributeIsReadFromItsDirectoryField() {
        DirectoryUser full = user().city("c").office("o").usageLocation("u").department("d").companyName("co")
                .country("cy").state("s").jobTitle("j").employeeType("e").build();

        List<String> values = List.of(Attribute.CITY, Attribute.OFFICE_LOCATION, Attribute.USAGE_LOCATION,
                Attribute.DEPARTMENT, Attribute.COMPANY_NAME, Attribute.COUNTRY, Attribute.STATE, Attribute.JOB_TITLE,
                Attribute.EMPLOYEE_TYPE).stream().map(attribute -> attribute.valueOf(full)).toList();

        assertThat(values).containsExactly("c", "o", "u", "d", "co", "cy", "s", "j", "e");
    }
}
