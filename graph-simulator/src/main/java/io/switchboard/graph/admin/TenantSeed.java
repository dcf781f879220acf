package io.switchboard.graph.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.graph.faults.FaultRule;
import java.util.List;

/**
 * Everything needed to set up one tenant, in one JSON document (seed files and {@code POST /_simulator/tenants}).
 * Every list is optional.
 */
public record TenantSeed(String id, String displayName, String domain, JsonNode settings, List<AppSeed> apps, List<PersonSeed> people,
                         List<SkuSeed> skus, List<NumberSeed> numbers, List<NumberRangeSeed> numberRanges, GenerateSeed generateUsers,
                         List<JsonNode> users, List<FaultRule> faults) {

    /** An app registration; id and secret are generated when absent. */
    public record AppSeed(String clientId, String clientSecret, String displayName, List<String> roles, List<String> delegatedScopes) {
    }

    /** A password sign-in account with app roles (admins of Switchboard's APIs, presence-sync accounts). */
    public record PersonSeed(String id, String username, String password, String displayName, List<String> roles) {
    }

    /**
     * A bought product: a catalog part number ({@code SPE_E5}, {@code MCOEV}, ...) or a custom SKU with its own ids.
     *
     * @param servicePlans only for custom SKUs: {@code [{servicePlanId, servicePlanName, service}]}
     */
    public record SkuSeed(String skuPartNumber, String skuId, String displayName, Integer units, List<JsonNode> servicePlans) {
    }

    /** One acquired number. */
    public record NumberSeed(String telephoneNumber, String numberType, String city, String isoCountryCode, String locationId,
                             String operatorId) {
    }

    /** {@code count} consecutive numbers from {@code start}. */
    public record NumberRangeSeed(String start, int count, String numberType, String city, String isoCountryCode, String locationId,
                                  String operatorId) {
    }

    /**
     * Generated users.
     *
     * @param licences groups of part numbers and the share of users receiving each group; the rest stay unlicensed
     */
    public record GenerateSeed(int count, Long seed, String domain, List<LicenceShare> licences) {
    }

    /** @param skus part numbers given together, e.g. ["SPE_E3", "MCOEV"]; @param share 0..1 */
    public record LicenceShare(List<String> skus, double share, List<String> disabledPlans) {
    }
}
