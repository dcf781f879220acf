package io.switchboard.inventory.numbers;

import io.smallrye.mutiny.Uni;
import io.switchboard.rest.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/** The read side for dashboards: numbers by state, search, and who has which number. */
@ApplicationScoped
public class NumberQueries {

    public static final int MAX_PAGE_SIZE = 500;
    private static final String FILTER = """
             where n.tenant_id = :tenant
               and (cast(:state as text) is null or n.state = cast(:state as text))
               and (cast(:search as text) is null or n.e164 like '%' || cast(:search as text) || '%'
                    or n.user_id = cast(:search as text))
               and (cast(:range as text) is null or n.range_id = cast(:range as text))
            """;

    private final Mutiny.SessionFactory sessions;
    private final NumberRepository numbers;

    public NumberQueries(Mutiny.SessionFactory sessions, NumberRepository numbers) {
        this.sessions = sessions;
        this.numbers = numbers;
    }

    /** Numbers in {@code state} (any if null) whose number contains {@code search} or whose user is {@code search}. */
    public Uni<NumberPage> page(String tenantId, NumberState state, String search, String rangeId, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.badRequest("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        String stateName = state == null ? null : state.name();
        String term = search == null || search.isBlank() ? null : search.trim();
        return sessions.withSession(session -> session.createNativeQuery("select " + NumberRepository.COLUMNS + FILTER
                                + " order by n.e164 limit :limit offset :offset", Object[].class)
                        .setParameter("tenant", tenantId).setParameter("state", stateName).setParameter("search", term)
                        .setParameter("range", rangeId).setParameter("limit", size).setParameter("offset", page * size)
                        .getResultList()
                        .chain(rows -> session.createNativeQuery("select count(*) from number n" + FILTER, Long.class)
                                .setParameter("tenant", tenantId).setParameter("state", stateName).setParameter("search", term)
                                .setParameter("range", rangeId)
                                .getSingleResult()
                                .map(total -> new NumberPage(rows.stream().map(NumberRepository::toNumber).map(NumberView::of).toList(),
                                        page, size, total))));
    }

    public Uni<NumberView> number(String tenantId, String e164) {
        return sessions.withSession(session -> numbers.find(session, tenantId, e164))
                .map(found -> found.map(NumberView::of)
                        .orElseThrow(() -> ProblemException.notFound("tenant " + tenantId + " has no number " + e164)));
    }

    /** The numbers that name the user: the one they hold, and any still being released from them. */
    public Uni<List<NumberView>> ofUser(String tenantId, String userId) {
        return sessions.withSession(session -> numbers.ofUser(session, tenantId, userId))
                .map(list -> list.stream().map(NumberView::of).toList());
    }
}
