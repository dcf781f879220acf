package io.switchboard.graph.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.graph.common.GraphException;
import io.switchboard.graph.common.Json;
import io.switchboard.graph.common.SimClock;
import io.switchboard.graph.faults.FaultRule;
import io.switchboard.graph.identity.App;
import io.switchboard.graph.identity.Person;
import io.switchboard.graph.licences.LicenceService;
import io.switchboard.graph.licences.Sku;
import io.switchboard.graph.licences.SkuCatalog;
import io.switchboard.graph.numbers.NumberStore;
import io.switchboard.graph.numbers.TeamsNumber;
import io.switchboard.graph.tenants.Tenant;
import io.switchboard.graph.tenants.TenantRegistry;
import io.switchboard.graph.users.DirectoryUser;
import io.switchboard.graph.users.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;

/** Sets tenants up from seed documents and the admin API: apps, people, SKUs, numbers, users. */
@ApplicationScoped
public class SeedService {

    /** Generated users count as licensed long ago, so licence propagation never holds them back. */
    static final Duration LICENSED_AGO = Duration.ofDays(30);

    private final TenantRegistry tenants;
    private final UserService users;
    private final LicenceService licences;
    private final SimClock clock;

    public SeedService(TenantRegistry tenants, UserService users, LicenceService licences, SimClock clock) {
        this.tenants = tenants;
        this.users = users;
        this.licences = licences;
        this.clock = clock;
    }

    public Tenant apply(TenantSeed seed) {
        Tenant tenant = tenants.create(seed.id(), seed.displayName(), seed.domain());
        tenant.settings(tenant.settings().merge(seed.settings()));
        nullSafe(seed.apps()).forEach(a -> addApp(tenant, a));
        nullSafe(seed.people()).forEach(p -> addPerson(tenant, p));
        nullSafe(seed.skus()).forEach(s -> addSku(tenant, s));
        nullSafe(seed.numbers()).forEach(n -> addNumber(tenant, n));
        nullSafe(seed.numberRanges()).forEach(r -> addRange(tenant, r));
        nullSafe(seed.users()).forEach(u -> addUser(tenant, u));
        if (seed.generateUsers() != null) {
            generate(tenant, seed.generateUsers());
        }
        nullSafe(seed.faults()).forEach(f -> addFault(tenant, f));
        return tenant;
    }

    public App addApp(Tenant tenant, TenantSeed.AppSeed seed) {
        App app = new App(seed.clientId() == null ? UUID.randomUUID().toString() : seed.clientId(),
                seed.clientSecret() == null ? "sim~" + UUID.randomUUID().toString().replace("-", "") : seed.clientSecret(),
                seed.displayName() == null ? "Simulated app" : seed.displayName(), UUID.randomUUID().toString(), seed.roles(),
                seed.delegatedScopes());
        tenant.identity().put(app);
        return app;
    }

    public Person addPerson(Tenant tenant, TenantSeed.PersonSeed seed) {
        if (seed.username() == null || seed.password() == null) {
            throw GraphException.badRequest("A person needs a username and a password.");
        }
        Person person = new Person(seed.id() == null ? UUID.randomUUID().toString() : seed.id(), seed.username(), seed.password(),
                seed.displayName(), seed.roles());
        tenant.identity().put(person);
        return person;
    }

    public Sku addSku(Tenant tenant, TenantSeed.SkuSeed seed) {
        Sku sku = SkuCatalog.byPartNumber(seed.skuPartNumber()).filter(s -> seed.skuId() == null || s.skuId().equalsIgnoreCase(seed.skuId()))
                .orElseGet(() -> custom(seed));
        tenant.skus().put(sku, seed.units() == null ? 25 : seed.units());
        return sku;
    }

    public TeamsNumber addNumber(Tenant tenant, TenantSeed.NumberSeed seed) {
        if (seed.telephoneNumber() == null || seed.numberType() == null) {
            throw GraphException.badRequest("A number needs a telephoneNumber and a numberType (directRouting, callingPlan, operatorConnect).");
        }
        TeamsNumber number = new TeamsNumber(NumberStore.key(seed.telephoneNumber()), seed.numberType(), seed.city(), seed.isoCountryCode(),
                seed.locationId(), null, null, seed.operatorId(), null, null, null, null, null, true);
        tenant.numbers().put(number);
        return number;
    }

    public int addRange(Tenant tenant, TenantSeed.NumberRangeSeed range) {
        BigInteger start = new BigInteger(NumberStore.key(range.start()).substring(1));
        for (int i = 0; i < range.count(); i++) {
            addNumber(tenant, new TenantSeed.NumberSeed("+" + start.add(BigInteger.valueOf(i)), range.numberType(), range.city(),
                    range.isoCountryCode(), range.locationId(), range.operatorId()));
        }
        return range.count();
    }

    /** An explicit user: Graph properties plus optional {@code password} and {@code licenses} (part numbers). */
    public DirectoryUser addUser(Tenant tenant, JsonNode seed) {
        ObjectNode props = ((ObjectNode) seed).deepCopy();
        String password = props.has("password") ? props.remove("password").asText() : null;
        JsonNode parts = props.remove("licenses");
        props.putIfAbsent("accountEnabled", Json.object().booleanNode(true));
        props.putIfAbsent("assignedLicenses", Json.array());
        props.putIfAbsent("assignedPlans", Json.array());
        props.putIfAbsent("businessPhones", Json.array());
        Objects.requireNonNull(props.get("userPrincipalName"), "userPrincipalName");
        DirectoryUser user = users.created(tenant, props, password);
        if (parts != null && !parts.isEmpty()) {
            List<String> skus = new ArrayList<>();
            parts.forEach(p -> skus.add(p.asText()));
            license(tenant, user, skus, List.of());
        }
        return tenant.directory().requireActive(user.id());
    }

    public List<DirectoryUser> generate(Tenant tenant, TenantSeed.GenerateSeed seed) {
        long randomSeed = seed.seed() == null ? 42L : seed.seed();
        String domain = seed.domain() == null ? tenant.domain() : seed.domain();
        List<ObjectNode> generated = UserGenerator.generate(seed.count(), randomSeed, domain, tenant.displayName(), clock.now());
        Random random = new Random(randomSeed ^ 0x5DEECE66DL);
        Map<String, Integer> needed = new HashMap<>();
        List<DirectoryUser> out = new ArrayList<>(generated.size());
        List<TenantSeed.LicenceShare> shares = nullSafe(seed.licences());
        for (ObjectNode props : generated) {
            DirectoryUser user = users.created(tenant, props, "Passw0rd!");
            TenantSeed.LicenceShare share = pick(shares, random.nextDouble());
            if (share != null) {
                share.skus().forEach(s -> needed.merge(s, 1, Integer::sum));
                ensureSkus(tenant, needed);
                user = license(tenant, user, share.skus(), share.disabledPlans() == null ? List.of() : share.disabledPlans());
            }
            out.add(user);
        }
        return out;
    }

    public void addFault(Tenant tenant, FaultRule rule) {
        tenant.faults().add(rule.id() == null ? rule.withId(UUID.randomUUID().toString()) : rule);
    }

    private DirectoryUser license(Tenant tenant, DirectoryUser user, List<String> partNumbers, List<String> disabledPlanNames) {
        List<LicenceService.LicenceChange> adds = new ArrayList<>();
        for (String part : partNumbers) {
            Sku sku = tenant.skus().all().stream().map(s -> s.sku()).filter(s -> s.skuPartNumber().equalsIgnoreCase(part)).findFirst()
                    .orElseGet(() -> addSku(tenant, new TenantSeed.SkuSeed(part, null, null, 1000, null)));
            List<String> disabled = sku.servicePlans().stream().filter(p -> disabledPlanNames.contains(p.servicePlanName()))
                    .map(Sku.ServicePlan::servicePlanId).toList();
            adds.add(new LicenceService.LicenceChange(sku.skuId(), disabled));
        }
        Instant assignedAt = clock.now().minus(LICENSED_AGO);
        return licences.assign(tenant, user.id(), adds, List.of(), assignedAt, false);
    }

    /** Grows generated tenants' SKUs so that every generated licence has a seat, with some spare. */
    private void ensureSkus(Tenant tenant, Map<String, Integer> needed) {
        needed.forEach((part, count) -> {
            var existing = tenant.skus().all().stream().filter(s -> s.sku().skuPartNumber().equalsIgnoreCase(part)).findFirst();
            int units = count + Math.max(5, count / 10);
            if (existing.isEmpty()) {
                addSku(tenant, new TenantSeed.SkuSeed(part, null, null, units, null));
            } else if (existing.get().units() < count) {
                tenant.skus().put(existing.get().sku(), units);
            }
        });
    }

    private static TenantSeed.LicenceShare pick(List<TenantSeed.LicenceShare> shares, double roll) {
        double cumulative = 0;
        for (TenantSeed.LicenceShare share : shares) {
            cumulative += share.share();
            if (roll < cumulative) {
                return share;
            }
        }
        return null;
    }

    private static Sku custom(TenantSeed.SkuSeed seed) {
        if (seed.skuId() == null || seed.skuPartNumber() == null || seed.servicePlans() == null) {
            throw GraphException.badRequest("Unknown SKU part number '" + seed.skuPartNumber() + "'. Use one of "
                    + SkuCatalog.ALL.stream().map(Sku::skuPartNumber).toList()
                    + " or give skuId, skuPartNumber and servicePlans [{servicePlanId, servicePlanName, service}] for a custom SKU.");
        }
        List<Sku.ServicePlan> plans = seed.servicePlans().stream().map(p -> new Sku.ServicePlan(p.path("servicePlanId").asText(),
                p.path("servicePlanName").asText(), p.path("service").asText("MicrosoftCommunicationsOnline"))).toList();
        return new Sku(seed.skuId(), seed.skuPartNumber(), seed.displayName() == null ? seed.skuPartNumber() : seed.displayName(), plans);
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
