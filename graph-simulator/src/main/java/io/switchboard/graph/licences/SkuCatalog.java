package io.switchboard.graph.licences;

import io.switchboard.graph.licences.Sku.ServicePlan;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Real Microsoft 365 products with their real SKU and service plan ids (Microsoft's "Product names and
 * service plan identifiers for licensing" reference), so that code matching on ids works unchanged
 * against the real Graph.
 */
public final class SkuCatalog {

    static final ServicePlan MCOEV = new ServicePlan("4828c8ec-dc2e-4779-b502-87ac9ce28ab7", "MCOEV", "MicrosoftCommunicationsOnline");
    static final ServicePlan MCOPSTN1 = new ServicePlan("4ed3ff63-69d7-4fb7-b984-5aec7f605ca8", "MCOPSTN1", "MicrosoftCommunicationsOnline");
    static final ServicePlan MCOPSTN2 = new ServicePlan("5a10155d-f5c1-411a-a8ec-e99aae125390", "MCOPSTN2", "MicrosoftCommunicationsOnline");
    static final ServicePlan MCOSTANDARD = new ServicePlan("0feaeb32-d00e-4d66-bd5a-43b5b83db82c", "MCOSTANDARD", "MicrosoftCommunicationsOnline");
    static final ServicePlan MCOMEETADV = new ServicePlan("3e26ee1f-8a5f-4d52-aee2-b81ce45c8f40", "MCOMEETADV", "MicrosoftCommunicationsOnline");
    static final ServicePlan TEAMS1 = new ServicePlan("57ff2da0-773e-42df-b2af-ffb7a2317929", "TEAMS1", "TeamspaceAPI");
    static final ServicePlan EXCHANGE = new ServicePlan("efb87545-963c-4e0d-99df-69c6916d9eb0", "EXCHANGE_S_ENTERPRISE", "exchange");
    static final ServicePlan SHAREPOINT = new ServicePlan("5dbe027f-2339-4123-9542-606e4d348a72", "SHAREPOINTENTERPRISE", "SharePoint");

    public static final List<Sku> ALL = List.of(
            new Sku("06ebc4ee-1bb5-47dd-8120-11324bc54e06", "SPE_E5", "Microsoft 365 E5",
                    List.of(MCOEV, MCOSTANDARD, MCOMEETADV, TEAMS1, EXCHANGE, SHAREPOINT)),
            new Sku("05e9a617-0261-4cee-bb44-138d3ef5d965", "SPE_E3", "Microsoft 365 E3",
                    List.of(MCOSTANDARD, TEAMS1, EXCHANGE, SHAREPOINT)),
            new Sku("e43b5b99-8dfb-405f-9987-dc307f34bcbd", "MCOEV", "Microsoft Teams Phone Standard", List.of(MCOEV)),
            new Sku("0dab259f-bf13-4952-b7f8-7db8f131b28d", "MCOPSTN1", "Microsoft Teams Domestic Calling Plan", List.of(MCOPSTN1)),
            new Sku("d3b4fe1f-9992-4930-8acb-ca6ec609365e", "MCOPSTN2", "Microsoft Teams Domestic and International Calling Plan",
                    List.of(MCOPSTN2)),
            // Part number and plans are Microsoft's; this skuId is the simulator's own (not verified against the reference).
            new Sku("ae2343d1-0999-43f6-ae18-d816516f6e78", "MCOTEAMS_ESSENTIALS", "Teams Phone with Calling Plan",
                    List.of(MCOEV, MCOPSTN1)));

    private static final Map<String, Sku> BY_PART = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(s -> s.skuPartNumber().toUpperCase(Locale.ROOT), Function.identity()));

    private SkuCatalog() {
    }

    public static Optional<Sku> byPartNumber(String partNumber) {
        return Optional.ofNullable(partNumber == null ? null : BY_PART.get(partNumber.toUpperCase(Locale.ROOT)));
    }
}
