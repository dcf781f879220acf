package io.switchboard.messaging.incoming;

import io.smallrye.mutiny.Uni;
import java.util.function.Function;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * The consumer convention: parse, handle, acknowledge. Anything that fails (a malformed record or
 * a handler error) is negatively acknowledged; with the channel's
 * {@code failure-strategy=dead-letter-queue} and {@code dead-letter-queue.topic=<topic>.dlq}
 * SmallRye writes it to the dead-letter topic with {@code dead-letter-reason}, {@code -cause},
 * {@code -topic}, {@code -partition} and {@code -offset} headers, and the consumer goes on with the
 * next record.
 */
public final class EventHandling {

    private static final Logger LOG = Logger.getLogger(EventHandling.class);

    private EventHandling() {
    }

    public static Uni<Void> handle(Message<String> message, Function<IncomingEvent, Uni<Void>> handler) {
        return Uni.createFrom().item(() -> IncomingEvents.parse(message))
                .chain(event -> handler.apply(event))
                .onItemOrFailure().transformToUni((ignored, failure) -> {
                    if (failure == null) {
                        return Uni.createFrom().completionStage(message.ack());
                    }
                    LOG.warnf("record sent to the dead-letter topic: %s", failure.getMessage());
                    return Uni.createFrom().completionStage(message.nack(failure));
                });
    }
}
