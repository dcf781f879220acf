package io.switchboard.graph.licences;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The products a tenant has bought, with the number of seats. */
public final class SkuStore {

    /**
     * @param sku   the product
     * @param units seats bought (prepaidUnits.enabled)
     */
    public record SubscribedSku(Sku sku, int units) {
    }

    private final ConcurrentMap<String, SubscribedSku> skus = new ConcurrentHashMap<>();

    public void put(Sku sku, int units) {
        skus.put(sku.skuId().toLowerCase(Locale.ROOT), new SubscribedSku(sku, units));
    }

    public Optional<SubscribedSku> find(String skuId) {
        return skuId == null ? Optional.empty() : Optional.ofNullable(skus.get(skuId.toLowerCase(Locale.ROOT)));
    }

    public Collection<SubscribedSku> all() {
        return skus.values();
    }
}
