package io.switchboard.directory.sync;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Runs a Hibernate Reactive transaction from a worker thread and waits for it. The sync loop is
 * blocking anyway (the Graph SDK is), so it waits for each page's commit before reading the next page.
 */
@ApplicationScoped
public class Transactions {

    private static final java.time.Duration MAX_WAIT = java.time.Duration.ofMinutes(5);

    private final Mutiny.SessionFactory sessions;

    public Transactions(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    public <T> T await(Function<Mutiny.Session, Uni<T>> work) {
        try {
            // A bound on the wait: a transaction that never completes must not hold the sync thread (and lease) forever.
            return VertxContextSupport.subscribeAndAwait(() -> sessions.withTransaction(work::apply)
                    .ifNoItem().after(MAX_WAIT).failWith(() -> new IllegalStateException("a database transaction took longer than " + MAX_WAIT)));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
