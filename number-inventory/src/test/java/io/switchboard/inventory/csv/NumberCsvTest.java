package io.switchboard.inventory.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.inventory.numbers.NumberState;
import io.switchboard.rest.problems.Problem;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberCsvTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void readsColumnsByNameInAnyOrderAndIgnoresTheInformationalOnes() {
        CsvProblems problems = new CsvProblems();

        List<CsvRow<NumberRow>> rows = NumberCsv.read(new StringReader("""
                state,range,phoneNumber,userId,quarantineUntil,updatedAt
                ASSIGNED,London,+442079460000,alice,,2026-01-01T00:00:00Z
                QUARANTINED,London,+442079460001,,2027-01-31,
                BLOCKED,London,+442079460002,,,
                """), NOW, problems);

        assertThat(problems.isEmpty()).isTrue();
        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 3L, 4L);
        assertThat(rows).extracting(CsvRow::value).containsExactly(
                new NumberRow("+442079460000", null, NumberState.ASSIGNED, "alice", null, null),
                new NumberRow("+442079460001", null, NumberState.QUARANTINED, null, Instant.parse("2027-01-31T00:00:00Z"), null),
                new NumberRow("+442079460002", null, NumberState.BLOCKED, null, null, null));
    }

    @Test
    void listsEveryBadRowWithItsLineAndReason() {
        CsvProblems problems = new CsvProblems();

        NumberCsv.read(new StringReader("""
                phoneNumber,state,userId,quarantineUntil
                +442079460000,ASSIGNED,alice,
                +4420794,AVAILABLE,,
                +442079460001,RESERVING,bob,
                +442079460002,ASSIGNED,,
                +442079460003,BLOCKED,carol,
                +442079460004,QUARANTINED,,2020-01-01
                +442079460005,QUARANTINED,,soon
                +442079460000,AVAILABLE,,
                +442079460006,RETAINED,alice,
                +442079460007,AVAILABLE
                +442079460008,AVAILABLE,,2027-01-01
                """), NOW, problems);

        assertThat(problems.sorted()).extracting(Problem.FieldError::pointer).containsExactly(
                "line 3", "line 4", "line 5", "line 6", "line 7", "line 8", "line 9", "line 10", "line 11", "line 12");
        assertThat(problems.sorted()).extracting(Problem.FieldError::message).satisfiesExactly(
                m -> assertThat(m).contains("'+4420794' is not"),
                m -> assertThat(m).contains("state 'RESERVING' is not a number state"),
                m -> assertThat(m).contains("ASSIGNED needs the userId"),
                m -> assertThat(m).contains("BLOCKED number belongs to nobody"),
                m -> assertThat(m).contains("2020-01-01 has passed"),
                m -> assertThat(m).contains("'soon' is neither a date"),
                m -> assertThat(m).contains("+442079460000 is also on line 2"),
                m -> assertThat(m).contains("user alice is also given a number on line 2"),
                m -> assertThat(m).contains("expected 4 columns"),
                m -> assertThat(m).contains("quarantineUntil is only for QUARANTINED"));
    }

    @Test
    void aHeaderWithoutStateOrWithAnUnknownColumnIsRejectedAsAWhole() {
        CsvProblems missing = new CsvProblems();
        CsvProblems unknown = new CsvProblems();

        NumberCsv.read(new StringReader("phoneNumber,userId\n+442079460000,alice\n"), NOW, missing);
        NumberCsv.read(new StringReader("phoneNumber,state,owner\n+442079460000,AVAILABLE,x\n"), NOW, unknown);

        assertThat(missing.sorted()).singleElement().satisfies(e -> {
            assertThat(e.pointer()).isEqualTo("line 1");
            assertThat(e.message()).contains("phoneNumber and state");
        });
        assertThat(unknown.sorted()).singleElement().satisfies(e -> assertThat(e.message()).contains("column 'owner'"));
    }

    @Test
    void anEmptyFileSaysSo() {
        CsvProblems problems = new CsvProblems();

        NumberCsv.read(new StringReader("phoneNumber,state\n"), NOW, problems);

        assertThat(problems.sorted()).extracting(Problem.FieldError::message).containsExactly("the file has no numbers");
    }
}
