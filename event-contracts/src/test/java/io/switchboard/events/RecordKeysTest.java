package io.switchboard.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RecordKeysTest {

    @Test
    void keyIsTenantSlashSubject() {
        // when
        String key = RecordKeys.of("contoso", "user-1");

        // then
        assertThat(key).isEqualTo("contoso/user-1");
        assertThat(RecordKeys.tenantOf(key)).isEqualTo("contoso");
        assertThat(RecordKeys.subjectOf(key)).isEqualTo("user-1");
    }

    @Test
    void subjectMayItselfContainSlashesAndColons() {
        // when
        String key = RecordKeys.of("contoso", "zoom:team/sales/4711");

        // then
        assertThat(RecordKeys.tenantOf(key)).isEqualTo("contoso");
        assertThat(RecordKeys.subjectOf(key)).isEqualTo("zoom:team/sales/4711");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "contoso/emea"})
    void tenantThatWouldBreakTheFormatIsRefused(String tenantId) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RecordKeys.of(tenantId, "user-1"))
                .withMessageContaining("tenantId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-slash", "/leading-slash"})
    void keyNotInTheFormatHasNoTenantAndNoSubject(String key) {
        assertThat(RecordKeys.tenantOf(key)).isNull();
        assertThat(RecordKeys.subjectOf(key)).isNull();
    }

    @Test
    void nullKeyHasNoTenantAndNoSubject() {
        assertThat(RecordKeys.tenantOf(null)).isNull();
        assertThat(RecordKeys.subjectOf(null)).isNull();
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void everyEventIsKeyedByItsTenantAndSubject(EventCatalog entry) {
        // given
        SwitchboardEvent event = EventSamples.full(entry);

        // when
        String key = event.key();

        // then
        assertThat(RecordKeys.tenantOf(key)).isEqualTo(EventSamples.TENANT);
        assertThat(RecordKeys.subjectOf(key)).isEqualTo(event.subject());
    }

    @Test
    void usersRangesAndPlatformIdentitiesHaveTheDocumentedSubjects() {
        assertThat(EventSamples.full(EventCatalog.USER_CHANGED).key()).isEqualTo(EventSamples.TENANT + "/" + EventSamples.USER);
        assertThat(EventSamples.full(EventCatalog.NUMBER_RESERVED).key()).isEqualTo(EventSamples.TENANT + "/" + EventSamples.USER);
        assertThat(EventSamples.full(EventCatalog.RANGE_UPDATED).key()).isEqualTo(EventSamples.TENANT + "/" + EventSamples.RANGE);
        assertThat(EventSamples.full(EventCatalog.PLATFORM_PRESENCE_REPORTED).key())
                .isEqualTo(EventSamples.TENANT + "/zoom-emea:alice.smith@contoso.com");
    }
}
