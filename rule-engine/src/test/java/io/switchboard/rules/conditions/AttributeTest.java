package io.switchboard.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttributeTest {

    @Test
    void findsAttributesByCanonicalNameIgnoringCase() {
        assertThat(Attribute.fromName("OFFICELOCATION")).contains(Attribute.OFFICE_LOCATION);
    }

    @Test
    void findsAttributesByTheWordsAdminsUse() {
        assertThat(Attribute.fromName("office")).contains(Attribute.OFFICE_LOCATION);
        assertThat(Attribute.fromName("licenceUsageLocation")).contains(Attribute.USAGE_LOCATION);
        assertThat(Attribute.fromName("licenseUsageLocation")).contains(Attribute.USAGE_LOCATION);
        assertThat(Attribute.fromName("company")).contains(Attribute.COMPANY_NAME);
    }

    @Test
    void unknownNamesAreEmpty() {
        assertThat(Attribute.fromName("shoeSize")).isEmpty();
    }

    @Test
    void suggestsTheClosestNameForATypo() {
        assertThat(Attribute.suggest("ofice")).contains("office");
        assertThat(Attribute.suggest("deparment")).contains("department");
        assertThat(Attribute.suggest("usageLoaction")).contains("usageLocation");
    }

    @Test
    void suggestsNothingForAnUnrelatedWord() {
        assertThat(Attribute.suggest("banana")).isEmpty();
    }
}
