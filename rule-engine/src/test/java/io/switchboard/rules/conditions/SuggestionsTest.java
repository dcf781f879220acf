package io.switchboard.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void aSwappedPairOfLettersIsOneEdit() {
        assertThat(Suggestions.distance("ofifce", "office")).isEqualTo(1);
    }

    @Test
    void countsInsertionsDeletionsAndSubstitutions() {
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    }

    @Test
    void picksTheClosestCandidateIgnoringCase() {
        assertThat(Suggestions.closest("EQALS", List.of("equals", "notEquals", "in"))).contains("equals");
    }

    @Test
    void offersNothingForVeryShortOrDistantWords() {
        assertThat(Suggestions.closest("xy", List.of("in"))).isEmpty();
        assertThat(Suggestions.closest("zzzzzz", List.of("equals"))).isEmpty();
    }
}
