package io.switchboard.inventory.numbers;

import static io.switchboard.inventory.numbers.NumberState.ASSIGNED;
import static io.switchboard.inventory.numbers.NumberState.AVAILABLE;
import static io.switchboard.inventory.numbers.NumberState.BLOCKED;
import static io.switchboard.inventory.numbers.NumberState.CONFLICT;
import static io.switchboard.inventory.numbers.NumberState.QUARANTINED;
import static io.switchboard.inventory.numbers.NumberState.RELEASING;
import static io.switchboard.inventory.numbers.NumberState.RESERVED;
import static io.switchboard.inventory.numbers.NumberState.RETAINED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every one of the 64 (from, to) pairs, checked against the life cycle written out here independently. */
class NumberStateMachineTest {

    /** The expected life cycle, spelled out again so a change to the machine must be made twice, on purpose. */
    private static final Map<NumberState, Set<NumberState>> EXPECTED = Map.of(
            AVAILABLE, Set.of(RESERVED, ASSIGNED, BLOCKED),
            RESERVED, Set.of(ASSIGNED, AVAILABLE, CONFLICT, RELEASING),
            ASSIGNED, Set.of(RETAINED, RELEASING, AVAILABLE, QUARANTINED, CONFLICT),
            RETAINED, Set.of(ASSIGNED, RELEASING, AVAILABLE, QUARANTINED, CONFLICT),
            RELEASING, Set.of(AVAILABLE, QUARANTINED),
            QUARANTINED, Set.of(AVAILABLE, RESERVED, ASSIGNED, BLOCKED),
            BLOCKED, Set.of(AVAILABLE),
            CONFLICT, Set.of(AVAILABLE, BLOCKED, ASSIGNED));

    static Stream<Arguments> legal() {
        return pairs().filter(a -> EXPECTED.get((NumberState) a.get()[0]).contains((NumberState) a.get()[1]));
    }

    static Stream<Arguments> illegal() {
        return pairs().filter(a -> !EXPECTED.get((NumberState) a.get()[0]).contains((NumberState) a.get()[1]));
    }

    private static Stream<Arguments> pairs() {
        return Arrays.stream(NumberState.values())
                .flatMap(from -> Arrays.stream(NumberState.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1} is allowed")
    @MethodSource("legal")
    void legalTransitionIsAllowed(NumberState from, NumberState to) {
        // given a number in 'from', when it moves to 'to', then nothing objects
        assertThat(NumberStateMachine.allows(from, to)).isTrue();
        assertThatCode(() -> NumberStateMachine.check("+442079460000", from, to)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} -> {1} is refused")
    @MethodSource("illegal")
    void illegalTransitionIsRefusedWithAnExplanation(NumberState from, NumberState to) {
        // given a number in 'from', when it is asked to move to 'to', then the move is refused and the message says what is allowed
        assertThat(NumberStateMachine.allows(from, to)).isFalse();
        assertThatThrownBy(() -> NumberStateMachine.check("+442079460000", from, to))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("+442079460000 cannot go from " + from + " to " + to)
                .hasMessageContaining(EXPECTED.get(from).iterator().next().name());
    }

    @Test
    void theCasesCoverEveryPairExactlyOnce() {
        assertThat(legal().count() + illegal().count()).isEqualTo(64);
        assertThat(legal().count()).isEqualTo(EXPECTED.values().stream().mapToInt(Set::size).sum());
    }

    @Test
    void noStateTransitionsToItself() {
        for (NumberState state : NumberState.values()) {
            assertThat(NumberStateMachine.allows(state, state)).as(state.name()).isFalse();
        }
    }

    @Test
    void onlyReservedAssignedAndRetainedCountAsHeldByTheUser() {
        assertThat(Arrays.stream(NumberState.values()).filter(NumberState::held))
                .containsExactlyInAnyOrder(RESERVED, ASSIGNED, RETAINED);
        assertThat(Arrays.stream(NumberState.values()).filter(NumberState::withUser))
                .containsExactlyInAnyOrder(RESERVED, ASSIGNED, RETAINED, RELEASING);
    }
}
