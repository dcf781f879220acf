package io.switchboard.rules;

import io.switchboard.events.directory.DirectoryUser;

/** Builds directory users for tests; unset attributes are null, as Graph leaves them. */
public final class UserFixture {

    private String id = "user-1";
    private String upn = "ada@contoso.com";
    private Boolean accountEnabled = true;
    private String city;
    private String officeLocation;
    private String usageLocation;
    private String department;
    private String companyName;
    private String country;
    private String state;
    private String jobTitle;
    private String employeeType;

    public static UserFixture user() {
        return new UserFixture();
    }

    public UserFixture id(String value) {
        id = value;
        return this;
    }

    public UserFixture accountEnabled(Boolean value) {
        accountEnabled = value;
        return this;
    }

    public UserFixture city(String value) {
        city = value;
        return this;
    }

    public UserFixture office(String value) {
        officeLocation = value;
        return this;
    }

    public UserFixture usageLocation(String value) {
        usageLocation = value;
        return this;
    }

    public UserFixture department(String value) {
        department = value;
        return this;
    }

    public UserFixture companyName(String value) {
        companyName = value;
        return this;
    }

    public UserFixture country(String value) {
        country = value;
        return this;
    }

    public UserFixture state(String value) {
        state = value;
        return this;
    }

    public UserFixture jobTitle(String value) {
        jobTitle = value;
        return this;
    }

    public UserFixture employeeType(String value) {
        employeeType = value;
        return this;
    }

    public DirectoryUser build() {
        return new DirectoryUser(id, "Ada Lovelace", upn, upn, accountEnabled, city, officeLocation, usageLocation, department,
                companyName, country, state, jobTitle, employeeType);
    }
}
