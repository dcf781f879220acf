package io.switchboard.inventory.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.events.NumberType;
import io.switchboard.inventory.numbers.InventoryNumber;
import io.switchboard.inventory.numbers.NumberState;
import io.switchboard.rest.problems.Problem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NumberImportPlanTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void freeNumbersTakeTheDeclaredStateAndMatchingRowsAreLeftAlone() {
        // given a free number, one already assigned to alice, and a range with 30 days of quarantine
        InventoryNumber free = number("+442079460000", NumberState.AVAILABLE, null, 30);
        InventoryNumber alices = number("+442079460001", NumberState.ASSIGNED, "alice", 30);
        InventoryNumber another = number("+442079460002", NumberState.AVAILABLE, null, 30);
        CsvProblems problems = new CsvProblems();

        // when bob is given the free one, alice's is declared as it is, and the other is quarantined
        NumberImportPlan plan = NumberImportPlan.of(List.of(
                        row(2, "+442079460000", NumberState.RETAINED, "bob"),
                        row(3, "+442079460001", NumberState.ASSIGNED, "alice"),
                        row(4, "+442079460002", NumberState.QUARANTINED, null)),
                byNumber(free, alices, another), Map.of("alice", alices), NOW, problems);

        // then two numbers change, one is unchanged, and the quarantine follows the range's period
        assertThat(problems.isEmpty()).isTrue();
        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.changes()).extracting(NumberImportPlan.Change::line).containsExactly(2L, 4L);
        InventoryNumber retained = plan.changes().get(0).next();
        assertThat(retained.state()).isEqualTo(NumberState.RETAINED);
        assertThat(retained.userId()).isEqualTo("bob");
        assertThat(retained.stateReason()).isEqualTo(NumberImportPlan.DEFAULT_REASON);
        assertThat(plan.changes().get(1).next().quarantineUntil()).isEqualTo(NOW.plus(Duration.ofDays(30)));
    }

    @Test
    void rowsTheInventoryContradictsAreProblemsOfTheirLines() {
        // given a held number, a free one in a range without quarantine, and bob holding a number already
        InventoryNumber carols = number("+442079460000", NumberState.RESERVED, "carol", 0);
        InventoryNumber free = number("+442079460001", NumberState.AVAILABLE, null, 0);
        InventoryNumber bobs = number("+442079460009", NumberState.ASSIGNED, "bob", 0);
        CsvProblems problems = new CsvProblems();

        // when the file contradicts each of them
        NumberImportPlan plan = NumberImportPlan.of(List.of(
                        row(2, "+442079460000", NumberState.BLOCKED, null),
                        row(3, "+442079460001", NumberState.ASSIGNED, "bob"),
                        row(4, "+442079460001", NumberState.QUARANTINED, null),
                        row(5, "+442079469999", NumberState.AVAILABLE, null),
                        new CsvRow<>(6, new NumberRow("+442079460001", "other-range", NumberState.BLOCKED, null, null, null)),
                        row(7, "+442079460001", NumberState.RESERVED, "dan"),
                        row(8, "+442079460000", NumberState.RESERVED, "carol")),
                byNumber(carols, free, bobs), Map.of("bob", bobs), NOW, problems);

        // then nothing is planned and every line says why
        assertThat(plan.changes()).hasSize(0);
        assertThat(problems.sorted()).extracting(Problem.FieldError::message).satisfiesExactly(
                m -> assertThat(m).contains("is RESERVED for user carol").contains("only AVAILABLE numbers"),
                m -> assertThat(m).contains("user bob already holds +442079460009 (ASSIGNED)"),
                m -> assertThat(m).contains("no quarantine period; give quarantineUntil"),
                m -> assertThat(m).contains("the tenant has no number +442079469999"),
                m -> assertThat(m).contains("belongs to range range-1, not other-range"),
                m -> assertThat(m).contains("state RESERVED cannot be imported"));
        // ... except the row that names the state the number is in already
        assertThat(plan.unchanged()).isEqualTo(1);
    }

    private static CsvRow<NumberRow> row(long line, String e164, NumberState state, String user) {
        return new CsvRow<>(line, new NumberRow(e164, null, state, user, null, null));
    }

    private static InventoryNumber number(String e164, NumberState state, String user, int quarantineDays) {
        return new InventoryNumber(1, "t", "range-1", e164, state, user, null, null, null, List.of(), null, null,
                NumberType.DIRECT_ROUTING, null, quarantineDays);
    }

    private static Map<String, InventoryNumber> byNumber(InventoryNumber... numbers) {
        return List.of(numbers).stream().collect(Collectors.toMap(InventoryNumber::e164, Function.identity()));
    }
}
