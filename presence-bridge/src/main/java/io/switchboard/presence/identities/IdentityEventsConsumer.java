package io.switchboard.presence.identities;

import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.Uni;
import io.switchboard.events.assignments.AssignmentCompleted;
import io.switchboard.events.assignments.AssignmentObserved;
import io.switchboard.events.assignments.Observation;
import io.switchboard.events.assignments.UnassignmentCompleted;
import io.switchboard.events.directory.UserChangeType;
import io.switchboard.events.directory.UserChanged;
import io.switchboard.messaging.incoming.EventHandling;
import io.switchboard.messaging.incoming.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps the identity directory in step with the directory snapshot ({@code directory.user-changes})
 * and assigned numbers ({@code teams.assignments}). Writes are idempotent upserts, so redelivery is
 * harmless; malformed records go to the topic's dead-letter topic.
 */
@ApplicationScoped
public class IdentityEventsConsumer {

    private final IdentityRepository repository;
    private final IdentityDirectory directory;

    public IdentityEventsConsumer(IdentityRepository repository, IdentityDirectory directory) {
        this.repository = repository;
        this.directory = directory;
    }

    @Incoming("user-changes")
    public Uni<Void> userChanged(Message<String> message) {
        return EventHandling.handle(message, incoming -> run(() -> onUser(incoming.as(UserChanged.class))));
    }

    @Incoming("assignments")
    public Uni<Void> assignment(Message<String> message) {
        return EventHandling.handle(message, incoming -> run(() -> onAssignment(incoming)));
    }

    private void onUser(UserChanged change) {
        var user = change.user();
        boolean active = change.changeType() != UserChangeType.DELETED && !Boolean.FALSE.equals(user.accountEnabled());
        KnownUser known = repository.upsertUser(change.meta().tenantId(), user.id(), user.mail(), user.userPrincipalName(), active,
                change.meta().occurredAt());
        directory.update(change.meta().tenantId(), known);
    }

    private void onAssignment(IncomingEvent incoming) {
        String tenant = incoming.tenantId();
        KnownUser known;
        if (incoming.event() instanceof AssignmentCompleted done) {
            known = repository.number(tenant, done.userId(), KnownUser.digits(done.phoneNumber()), true, done.meta().occurredAt());
        } else if (incoming.event() instanceof UnassignmentCompleted undone) {
            known = repository.number(tenant, undone.userId(), KnownUser.digits(undone.phoneNumber()), false, undone.meta().occurredAt());
        } else if (incoming.event() instanceof AssignmentObserved observed) {
            boolean assigned = observed.observation() != Observation.REMOVED_OUTSIDE;
            known = repository.number(tenant, observed.userId(), KnownUser.digits(observed.phoneNumber()), assigned, observed.meta().occurredAt());
        } else {
            return; // AssignmentFailed and future types change no identity
        }
        directory.update(tenant, known);
    }

    private static Uni<Void> run(Runnable work) {
        return Uni.createFrom().item(() -> {
            work.run();
            return null;
        }).replaceWithVoid().runSubscriptionOn(Infrastructure.getDefaultWorkerPool()); // JDBC blocks
    }
}
