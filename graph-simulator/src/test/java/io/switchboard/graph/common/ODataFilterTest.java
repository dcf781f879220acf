package io.switchboard.graph.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ODataFilterTest {

    private static final Map<String, String> ALLOWED = Map.of("mail", "mail", "accountenabled", "accountEnabled", "city", "city", "id", "id");
    private static final Map<String, Object> ADA = Map.of("mail", "Ada@Example.com", "accountEnabled", true, "city", "London", "id", "a1");

    private static boolean matches(String filter) {
        return ODataFilter.parse(filter, ALLOWED, "User").test(ADA::get);
    }

    @Test
    void comparesTextCaseInsensitivelyAndBooleansExactly() {
        assertThat(matches("mail eq 'ada@example.com'")).isTrue();
        assertThat(matches("mail eq 'bob@example.com'")).isFalse();
        assertThat(matches("accountEnabled eq true")).isTrue();
        assertThat(matches("accountEnabled eq false")).isFalse();
        assertThat(matches("city ne 'Paris'")).isTrue();
    }

    @Test
    void supportsStartswithInAndBooleanLogic() {
        assertThat(matches("startswith(mail,'ADA')")).isTrue();
        assertThat(matches("id in ('x', 'a1')")).isTrue();
        assertThat(matches("id in ('x')")).isFalse();
        assertThat(matches("(city eq 'Paris' or city eq 'London') and not accountEnabled eq false")).isTrue();
        assertThat(matches("city eq 'Paris' or city eq 'Rome'")).isFalse();
        assertThat(matches("mail eq 'o''brien@example.com'")).isFalse();
    }

    @Test
    void refusesUnknownPropertiesAndBadSyntaxLikeGraph() {
        assertThatThrownBy(() -> matches("shoeSize eq 42"))
                .isInstanceOfSatisfying(GraphException.class, e -> assertThat(e.code()).isEqualTo("Request_UnsupportedQuery"));
        assertThatThrownBy(() -> matches("mail eq"))
                .isInstanceOfSatisfying(GraphException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> matches("mail gt 'a'"))
                .isInstanceOfSatisfying(GraphException.class, e -> assertThat(e.getMessage()).contains("gt"));
    }
}
