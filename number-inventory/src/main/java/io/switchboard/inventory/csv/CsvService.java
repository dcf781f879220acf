package io.switchboard.inventory.csv;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.inventory.numbers.NumberState;
import io.switchboard.inventory.ranges.ExpandedRange;
import io.switchboard.inventory.ranges.NumberRange;
import io.switchboard.inventory.ranges.RangeRepository;
import io.switchboard.inventory.ranges.RangeService;
import io.switchboard.messaging.sql.SqlValues;
import io.switchboard.rest.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.reactive.mutiny.Mutiny;

/** CSV import (all rows or none) and export of ranges, and export of numbers with state and user ({@link NumberImportService} imports them). */
@ApplicationScoped
public class CsvService {

    private final Mutiny.SessionFactory sessions;
    private final RangeService rangeService;
    private final RangeRepository ranges;

    public CsvService(Mutiny.SessionFactory sessions, RangeService rangeService, RangeRepository ranges) {
        this.sessions = sessions;
        this.rangeService = rangeService;
        this.ranges = ranges;
    }

    /** Creates every range of the file in one transaction, or none and a list of every bad row. */
    public Uni<Integer> importRanges(String tenantId, String csv, String actor) {
        CsvProblems problems = new CsvProblems();
        List<CsvRow<ExpandedRange>> rows = RangeCsv.read(new StringReader(csv == null ? "" : csv), problems);
        if (!problems.isEmpty()) {
            throw rejected(problems);
        }
        return RangeService.overlapsAsConflict(sessions.withTransaction(session -> Multi.createFrom().iterable(rows)
                .onItem().transformToUniAndConcatenate(row -> ranges.taken(session, tenantId, row.value().numbers(), 3)
                        .invoke(taken -> {
                            if (!taken.isEmpty()) {
                                problems.add(row.line(), "overlaps numbers the tenant already has: " + taken.stream()
                                        .map(t -> t[0] + " (range '" + t[1] + "')").collect(Collectors.joining(", ")));
                            }
                        }))
                .collect().last()
                .chain(() -> {
                    if (!problems.isEmpty()) {
                        throw rejected(problems);
                    }
                    return Multi.createFrom().iterable(rows)
                            .onItem().transformToUniAndConcatenate(row -> rangeService.create(session, tenantId, row.value(), actor))
                            .collect().asList();
                })))
                .map(List::size);
    }

    public Uni<String> exportRanges(String tenantId) {
        return sessions.withSession(session -> ranges.ofTenant(session, tenantId).chain(all -> Multi.createFrom().iterable(all)
                .onItem().transformToUniAndConcatenate(range -> row(session, range))
                .collect().asList()))
                .map(rows -> {
                    StringBuilder out = new StringBuilder();
                    RangeCsv.write(out, rows);
                    return out.toString();
                });
    }

    /** A contiguous range exports as its bounds, any other as its list of numbers, so re-importing gives the same range. */
    private Uni<String[]> row(Mutiny.Session session, NumberRange range) {
        long span = Long.parseLong(range.lastNumber().substring(1)) - Long.parseLong(range.firstNumber().substring(1)) + 1;
        Uni<List<String>> listed = span == range.size() ? Uni.createFrom().item(List.of())
                : session.createNativeQuery("select e164 from number where range_id = :range order by e164", String.class)
                .setParameter("range", range.id()).getResultList();
        return listed.map(numbers -> new String[] {range.name(), range.numberType().name(), nullToEmpty(range.provider()),
                numbers.isEmpty() ? range.firstNumber() : "", numbers.isEmpty() ? range.lastNumber() : "", String.join(";", numbers),
                nullToEmpty(range.locationId()), String.join(";", range.tags()), String.valueOf(range.quarantineDays())});
    }

    /** The tenant's numbers (optionally of one state and/or range) in the numbers import format. */
    public Uni<String> exportNumbers(String tenantId, NumberState state, String rangeId) {
        return sessions.withSession(session -> session.createNativeQuery("""
                        select n.e164, n.range_id, r.name, n.state, n.user_id, n.quarantine_until, n.state_reason, n.updated_at
                        from number n join number_range r on r.id = n.range_id
                        where n.tenant_id = :tenant and (cast(:state as text) is null or n.state = cast(:state as text))
                          and (cast(:range as text) is null or n.range_id = cast(:range as text))
                        order by n.e164""", Object[].class)
                        .setParameter("tenant", tenantId)
                        .setParameter("state", state == null ? null : state.name())
                        .setParameter("range", rangeId)
                        .getResultList())
                .map(rows -> {
                    StringBuilder out = new StringBuilder();
                    NumberCsv.write(out, rows.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4],
                            SqlValues.instant(r[5]), r[6], SqlValues.instant(r[7])}).toList());
                    return out.toString();
                });
    }

    static ProblemException rejected(CsvProblems problems) {
        List<io.switchboard.rest.problems.Problem.FieldError> errors = new ArrayList<>(problems.sorted());
        return ProblemException.invalid("the import was rejected, nothing was imported: " + errors.size()
                + " problem(s), each with its line", errors);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
