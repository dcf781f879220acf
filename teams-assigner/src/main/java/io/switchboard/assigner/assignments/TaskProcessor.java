package io.switchboard.assigner.assignments;

import io.switchboard.assigner.metrics.AssignerMetrics;
import io.switchboard.assigner.retries.Classification;
import io.switchboard.assigner.retries.FailureClassifier;
import io.switchboard.assigner.retries.RetryPolicy;
import io.switchboard.assigner.tenants.AssignerConfig;
import io.switchboard.assigner.tenants.GraphCallException;
import io.switchboard.assigner.tenants.OperationResult;
import io.switchboard.assigner.tenants.TeamsAssignment;
import io.switchboard.assigner.tenants.TeamsNumbersClient;
import io.switchboard.events.assignments.FailureReason;
import io.switchboard.graph.client.GraphErrorDetails;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.jboss.logging.Logger;

/**
 * One step of a claimed task; the task's row says where it stands, so a step after a restart or on
 * another replica continues exactly where the last one stopped:
 * <ul>
 *   <li>an operation id is known: poll it;</li>
 *   <li>SUBMITTED without operation id (the outcome of a submission is unknown): look at Teams; the
 *       wanted state there closes the task without a new call, and only after a grace period without
 *       effect is the operation submitted again;</li>
 *   <li>otherwise: record SUBMITTED, then call assignNumber/unassignNumber and record the operation id.</li>
 * </ul>
 */
@ApplicationScoped
public class TaskProcessor {

    private static final Logger LOG = Logger.getLogger(TaskProcessor.class);

    private final TeamsNumbersClient teams;
    private final TaskStore store;
    private final AssignerMetrics metrics;
    private final AssignerConfig.Worker worker;
    private final RetryPolicy retries;
    private final Clock clock = Clock.systemUTC();

    public TaskProcessor(TeamsNumbersClient teams, TaskStore store, AssignerMetrics metrics, AssignerConfig config) {
        this.teams = teams;
        this.store = store;
        this.metrics = metrics;
        this.worker = config.worker();
        this.retries = new RetryPolicy(config.retry().initialDelay(), config.retry().maxDelay(), config.retry().maxAge(), new Random());
    }

    public void process(ClaimedTask claim) {
        AssignmentTask task = claim.task();
        if (task.operationId() != null) {
            follow(claim);
        } else if (task.state() == TaskState.SUBMITTED) {
            lookAfterUnknownSubmission(claim);
        } else {
            submit(claim);
        }
    }

    private void submit(ClaimedTask claim) {
        ClaimedTask submitting = store.update(claim, t -> t.submitting(now()));
        AssignmentTask task = submitting.task();
        String operation;
        try {
            operation = task.kind() == TaskKind.ASSIGN
                    ? teams.assign(task.tenantId(), task.phoneNumber(), task.userId(), task.numberType(), task.locationId())
                    : teams.unassign(task.tenantId(), task.phoneNumber(), task.numberType());
        } catch (GraphCallException e) {
            if (e.outcomeUnknown()) {
                // Graph may have accepted it: stay SUBMITTED, the next step looks at Teams before anything else.
                store.update(submitting, t -> t.lookAgainAt(now().plus(worker.operationPollInterval()), now()));
                metrics.retryScheduled(task.tenantId(), FailureReason.TRANSIENT.name());
                return;
            }
            failed(submitting, e.details());
            return;
        } catch (IllegalStateException noLocation) {
            store.update(submitting, t -> t.lookAgainAt(now().plus(worker.operationPollInterval()), now()));
            return;
        }
        store.update(submitting, t -> t.accepted(operation, now().plus(worker.operationPollInterval()), now()));
    }

    private void follow(ClaimedTask claim) {
        AssignmentTask task = claim.task();
        OperationResult result;
        try {
            result = teams.operation(task.tenantId(), task.operationId());
        } catch (GraphCallException e) {
            if (e.details().status() == 404) {
                store.update(claim, t -> t.forgetOperation(now()));
            } else {
                Duration wait = e.details().retryAfter().orElse(worker.operationPollInterval());
                store.update(claim, t -> t.lookAgainAt(now().plus(wait), now()));
            }
            return;
        }
        switch (result.state()) {
            case RUNNING -> store.update(claim, t -> t.lookAgainAt(now().plus(worker.operationPollInterval()), now()));
            case SUCCEEDED -> succeeded(claim);
            case FAILED -> failed(claim, new GraphErrorDetails(-1, "", result.detail(), Optional.empty()));
        }
    }

    private void lookAfterUnknownSubmission(ClaimedTask claim) {
        AssignmentTask task = claim.task();
        Optional<TeamsAssignment> current;
        try {
            current = teams.assignmentOf(task.tenantId(), task.phoneNumber());
        } catch (GraphCallException e) {
            Duration wait = e.details().retryAfter().orElse(worker.operationPollInterval());
            store.update(claim, t -> t.lookAgainAt(now().plus(wait), now()));
            return;
        }
        if (wantedStateReached(task, current)) {
            succeeded(claim);
            return;
        }
        Instant graceOver = (task.submittedAt() == null ? now() : task.submittedAt()).plus(worker.submissionGrace());
        if (now().isBefore(graceOver)) {
            store.update(claim, t -> t.lookAgainAt(min(graceOver, now().plus(worker.operationPollInterval().multipliedBy(5))), now()));
            return;
        }
        submit(claim);
    }

    private void failed(ClaimedTask claim, GraphErrorDetails details) {
        AssignmentTask task = claim.task();
        Classification classification = FailureClassifier.classify(details.status(), details.code(), details.message());
        metrics.failure(task.tenantId(), classification.reason().name(), classification.retryable());
        LOG.infof("%s of %s to user %s in tenant %s failed (attempt %d): %s, retryable=%s: %s", task.kind(), task.phoneNumber(),
                task.userId(), task.tenantId(), task.attempts(), classification.reason(), classification.retryable(), details.message());
        if (!classification.retryable() && teamsAlreadyShowsWantedState(task)) {
            // e.g. "already assigned" to this very user, or a release of a number already gone: done.
            succeeded(claim);
            return;
        }
        if (!classification.retryable()) {
            close(claim, classification.reason(), details);
            return;
        }
        Optional<Instant> next = retries.nextAttempt(task.attempts(), details.retryAfter(), task.firstSeenAt(), now());
        if (next.isEmpty()) {
            close(claim, FailureReason.GAVE_UP, details);
            return;
        }
        metrics.retryScheduled(task.tenantId(), classification.reason().name());
        store.retry(claim, next.get(), classification.reason(), details.code(), details.message(), now());
    }

    private void close(ClaimedTask claim, FailureReason reason, GraphErrorDetails details) {
        store.fail(claim, reason, details.code(), details.message(), now());
        metrics.taskFinished(claim.task().tenantId(), claim.task().kind().name(), "failed");
    }

    private void succeeded(ClaimedTask claim) {
        store.succeed(claim, now());
        metrics.taskFinished(claim.task().tenantId(), claim.task().kind().name(), "succeeded");
    }

    private boolean teamsAlreadyShowsWantedState(AssignmentTask task) {
        try {
            return wantedStateReached(task, teams.assignmentOf(task.tenantId(), task.phoneNumber()));
        } catch (GraphCallException e) {
            return false;
        }
    }

    private static boolean wantedStateReached(AssignmentTask task, Optional<TeamsAssignment> current) {
        boolean ours = current.map(a -> a.assignedToAUser() && a.assignedTo(task.userId())).orElse(false);
        return task.kind() == TaskKind.ASSIGN ? ours : !ours;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private Instant now() {
        return clock.instant();
    }
}
