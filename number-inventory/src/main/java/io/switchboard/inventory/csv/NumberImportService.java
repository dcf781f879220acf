package io.switchboard.inventory.csv;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.inventory.audit.Cause;
import io.switchboard.inventory.numbers.InventoryNumber;
import io.switchboard.inventory.numbers.NumberRepository;
import io.switchboard.inventory.numbers.NumberTransitions;
import io.switchboard.inventory.numbers.UniqueViolations;
import io.switchboard.rest.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Imports the states of individual numbers (brownfield adoption: what was assigned, retained,
 * blocked or quarantined before the inventory existed). All rows or none: the numbers are locked,
 * every row is checked, and only a file without problems is written, each change audited with the
 * admin and the import's id as correlation id.
 */
@ApplicationScoped
public class NumberImportService {

    private final Mutiny.SessionFactory sessions;
    private final NumberRepository numbers;
    private final NumberTransitions transitions;

    public NumberImportService(Mutiny.SessionFactory sessions, NumberRepository numbers, NumberTransitions transitions) {
        this.sessions = sessions;
        this.numbers = numbers;
        this.transitions = transitions;
    }

    /** The counts of changed and already matching numbers, or a 422 listing every bad line. */
    public Uni<Map<String, Integer>> importNumbers(String tenantId, String csv, String actor) {
        Instant now = Instant.now();
        CsvProblems problems = new CsvProblems();
        List<CsvRow<NumberRow>> rows = NumberCsv.read(new StringReader(csv == null ? "" : csv), now, problems);
        if (rows.isEmpty()) {
            throw CsvService.rejected(problems);
        }
        // rows that are fine on their own are still checked against the inventory, so one answer lists every bad line
        String importId = UUID.randomUUID().toString();
        List<String> e164s = rows.stream().map(r -> r.value().phoneNumber()).toList();
        List<String> users = rows.stream().map(r -> r.value().userId()).filter(u -> u != null).toList();
        return sessions.withTransaction(session -> numbers.lockAll(session, tenantId, e164s)
                        .chain(found -> (users.isEmpty() ? Uni.createFrom().item(List.<InventoryNumber>of())
                                : numbers.heldByAny(session, tenantId, users))
                                .map(held -> NumberImportPlan.of(rows, byKey(found, InventoryNumber::e164),
                                        byKey(held, InventoryNumber::userId), now, problems)))
                        .chain(plan -> {
                            if (!problems.isEmpty()) {
                                throw CsvService.rejected(problems);
                            }
                            return apply(session, plan, actor, importId)
                                    .replaceWith(Map.of("imported", plan.changes().size(), "unchanged", plan.unchanged()));
                        }))
                // a reservation committed for one of the file's users after the check: nothing was written
                .onFailure(f -> UniqueViolations.of(f, UniqueViolations.ONE_PER_USER))
                .transform(f -> ProblemException.conflict("a user of the file was given a number while importing; "
                        + "nothing was imported, export the numbers again and retry"));
    }

    private Uni<Void> apply(Mutiny.Session session, NumberImportPlan plan, String actor, String importId) {
        return Multi.createFrom().iterable(plan.changes())
                .onItem().transformToUniAndConcatenate(change -> transitions.declare(session, change.current(), change.next(),
                        Cause.user(actor, "CSV import " + importId + ", line " + change.line() + ": " + change.next().stateReason(),
                                importId)))
                .collect().last()
                .replaceWithVoid();
    }

    private static Map<String, InventoryNumber> byKey(List<InventoryNumber> numbers, Function<InventoryNumber, String> key) {
        return numbers.stream().collect(Collectors.toMap(key, n -> n, (a, b) -> a));
    }
}
