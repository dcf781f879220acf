package io.switchboard.directory.licences;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.directory.graph.DirectoryGraphClient;
import io.switchboard.directory.tenants.DirectoryConfig;
import io.switchboard.directory.tenants.WatchedTenant;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each tenant's {@code subscribedSkus}, cached for {@code switchboard.directory.sku-refresh-interval} and
 * read again early when a user holds a SKU the cache does not know (a SKU bought since). Blocking.
 */
@ApplicationScoped
public class SkuCatalog {

    private static final java.time.Duration UNKNOWN_SKU_REREAD = java.time.Duration.ofSeconds(2);

    private final DirectoryGraphClient graph;
    private final DirectoryConfig config;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public SkuCatalog(DirectoryGraphClient graph, DirectoryConfig config) {
        this.graph = graph;
        this.config = config;
    }

    private record Cached(LicenceResolver resolver, Instant readAt) {
    }

    /** A resolver that knows every SKU in {@code licencesInUse}, if the tenant has them at all. */
    public LicenceResolver resolverFor(WatchedTenant tenant, List<AssignedLicence> licencesInUse) {
        Cached cached = cache.get(tenant.tenantId());
        boolean stale = cached == null || cached.readAt().plus(config.skuRefreshInterval()).isBefore(clock.instant());
        // An unknown SKU is usually one bought since the last read; re-reading at most every few seconds
        // keeps a user with a SKU the tenant really lacks from causing a read per page.
        boolean unknownSku = cached != null && !cached.resolver().knowsAll(licencesInUse)
                && cached.readAt().plus(UNKNOWN_SKU_REREAD).isBefore(clock.instant());
        if (stale || unknownSku) {
            cached = new Cached(new LicenceResolver(read(tenant)), clock.instant());
            cache.put(tenant.tenantId(), cached);
        }
        return cached.resolver();
    }

    private List<SubscribedSku> read(WatchedTenant tenant) {
        JsonNode body = graph.get(tenant, "/subscribedSkus");
        List<SubscribedSku> skus = new ArrayList<>();
        for (JsonNode sku : body.path("value")) {
            List<SubscribedSku.ServicePlan> plans = new ArrayList<>();
            sku.path("servicePlans").forEach(p -> plans.add(new SubscribedSku.ServicePlan(p.path("servicePlanId").asText(),
                    p.path("servicePlanName").asText())));
            skus.add(new SubscribedSku(sku.path("skuId").asText(), sku.path("skuPartNumber").asText(), plans));
        }
        return skus;
    }
}
