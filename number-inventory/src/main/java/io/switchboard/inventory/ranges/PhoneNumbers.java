package io.switchboard.inventory.ranges;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.regex.Pattern;

/** E.164 validation and the facts derived from a number (country, area code), via libphonenumber. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{1,14}");

    private PhoneNumbers() {
    }

    /** Why {@code text} is not a valid E.164 number, or {@code null} when it is. */
    public static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "a phone number is required";
        }
        if (!E164.matcher(text).matches()) {
            return "'" + text + "' is not in E.164 form (a '+', the country code and up to 15 digits, no spaces)";
        }
        PhoneNumber number = parse(text);
        if (number == null || !UTIL.isValidNumber(number)) {
            return "'" + text + "' is not a valid phone number in any numbering plan";
        }
        return null;
    }

    public static boolean valid(String text) {
        return problem(text) == null;
    }

    /** ISO 3166 alpha-2 region, e.g. {@code GB}; {@code null} for non-geographic numbers. */
    public static String region(String e164) {
        PhoneNumber number = parse(e164);
        String region = number == null ? null : UTIL.getRegionCodeForNumber(number);
        return region == null || "001".equals(region) || "ZZ".equals(region) ? null : region;
    }

    /** The national destination (area) code, e.g. {@code 20} for London; {@code null} when the plan has none. */
    public static String areaCode(String e164) {
        PhoneNumber number = parse(e164);
        if (number == null) {
            return null;
        }
        int length = UTIL.getLengthOfNationalDestinationCode(number);
        return length <= 0 ? null : UTIL.getNationalSignificantNumber(number).substring(0, length);
    }

    private static PhoneNumber parse(String e164) {
        try {
            return UTIL.parse(e164, "ZZ");
        } catch (NumberParseException e) {
            return null;
        }
    }
}
