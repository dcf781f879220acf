package io.switchboard.inventory.ranges;

import io.switchboard.events.NumberType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A tenant's number range. Its numbers live in the {@code number} table; this row holds the settings. */
@Entity
@Table(name = "number_range")
public class NumberRange {

    @Id
    private String id;
    private String tenantId;
    private String name;
    @Enumerated(EnumType.STRING)
    private NumberType numberType;
    private String provider;
    private String countryCode;
    private String areaCode;
    private String locationId;
    private String tags;
    private int quarantineDays;
    private String firstNumber;
    private String lastNumber;
    private int size;
    private Instant createdAt;
    private Instant updatedAt;

    protected NumberRange() {
    }

    public static NumberRange create(String tenantId, ExpandedRange range) {
        NumberRange created = new NumberRange();
        created.id = UUID.randomUUID().toString();
        created.tenantId = tenantId;
        created.countryCode = range.countryCode();
        created.areaCode = range.areaCode();
        created.firstNumber = range.first();
        created.lastNumber = range.last();
        created.size = range.numbers().size();
        created.createdAt = Instant.now();
        created.change(range.spec());
        return created;
    }

    /** Applies the settings of {@code spec}; the numbers of a range never change after creation. */
    public void change(RangeSpec spec) {
        name = spec.name();
        numberType = spec.numberType();
        provider = spec.provider();
        locationId = spec.locationId();
        tags = String.join(",", spec.tags());
        quarantineDays = spec.quarantineDaysOrZero();
        updatedAt = Instant.now();
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String name() {
        return name;
    }

    public NumberType numberType() {
        return numberType;
    }

    public String provider() {
        return provider;
    }

    public String countryCode() {
        return countryCode;
    }

    public String areaCode() {
        return areaCode;
    }

    public String locationId() {
        return locationId;
    }

    public List<String> tags() {
        return tags == null || tags.isBlank() ? List.of() : Arrays.asList(tags.split(","));
    }

    public int quarantineDays() {
        return quarantineDays;
    }

    public String firstNumber() {
        return firstNumber;
    }

    public String lastNumber() {
        return lastNumber;
    }

    public int size() {
        return size;
    }
}
