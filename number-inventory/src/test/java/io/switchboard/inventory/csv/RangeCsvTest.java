package io.switchboard.inventory.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.inventory.ranges.ExpandedRange;
import io.switchboard.rest.problems.Problem;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class RangeCsvTest {

    private static final String HEADER = "name,numberType,provider,firstNumber,lastNumber,numbers,locationId,tags,quarantineDays\n";

    @Test
    void readsBoundedAndListedRangesWithTheirLines() {
        CsvProblems problems = new CsvProblems();

        List<CsvRow<ExpandedRange>> rows = RangeCsv.read(new StringReader(HEADER
                + "London,DIRECT_ROUTING,Acme,+442079467000,+442079467009,,loc-1,hq;sales,7\n"
                + "NYC,CALLING_PLAN,,,,+14155550100;+14155550101,,,\n"), problems);

        assertThat(problems.isEmpty()).isTrue();
        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 3L);
        assertThat(rows.get(0).value().numbers()).hasSize(10);
        assertThat(rows.get(0).value().spec().tags()).containsExactly("hq", "sales");
        assertThat(rows.get(0).value().spec().quarantineDays()).isEqualTo(7);
        assertThat(rows.get(1).value().numbers()).containsExactly("+14155550100", "+14155550101");
    }

    @Test
    void listsEveryBadRowWithItsLineNumberAndReason() {
        CsvProblems problems = new CsvProblems();

        RangeCsv.read(new StringReader(HEADER
                + "Good,DIRECT_ROUTING,Acme,+442079467000,+442079467009,,,,\n"
                + "BadType,SIP,Acme,+442079468000,+442079468009,,,,\n"
                + "BadNumber,CALLING_PLAN,Acme,+4420794,+442079469009,,,,\n"
                + "Overlap,CALLING_PLAN,Acme,+442079467005,+442079467020,,,,\n"
                + "Short,CALLING_PLAN\n"
                + "BadDays,CALLING_PLAN,Acme,+442079460000,+442079460001,,,,many\n"), problems);

        assertThat(problems.sorted()).extracting(Problem.FieldError::pointer)
                .containsExactly("line 3", "line 4", "line 5", "line 6", "line 7");
        assertThat(problems.sorted()).extracting(Problem.FieldError::message).satisfiesExactly(
                m -> assertThat(m).contains("numberType 'SIP'"),
                m -> assertThat(m).contains("firstNumber").contains("'+4420794'"),
                m -> assertThat(m).contains("+442079467005 is also in the range on line 2"),
                m -> assertThat(m).contains("expected 9 columns"),
                m -> assertThat(m).contains("quarantineDays 'many'"));
    }

    @Test
    void wrongHeaderAndEmptyFileAreReported() {
        CsvProblems wrongHeader = new CsvProblems();
        RangeCsv.read(new StringReader("number,type\n"), wrongHeader);
        assertThat(wrongHeader.sorted()).extracting(Problem.FieldError::message).anySatisfy(m -> assertThat(m).contains("header must be"));

        CsvProblems empty = new CsvProblems();
        RangeCsv.read(new StringReader(HEADER), empty);
        assertThat(empty.sorted()).extracting(Problem.FieldError::message).containsExactly("the file has no ranges");
    }
}
