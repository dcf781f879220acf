package io.switchboard.rest.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Turns the token's {@code tenants} claim (a list of tenant ids, or {@code "*"}) into roles
 * {@code tenant:<id>}, so tenant scoping is checked like any other role and tests can grant it
 * with {@code @TestSecurity(roles = {"viewer", "tenant:t1"})}. A token without the claim is
 * scoped to the Entra tenant that issued it ({@code tid}): an admin of Contoso administers Contoso;
 * operators of many tenants (service providers) get the {@code tenants} claim.
 */
@ApplicationScoped
public class TenantRolesAugmentor implements SecurityIdentityAugmentor {

    public static final String TENANTS_CLAIM = "tenants";
    public static final String ISSUING_TENANT_CLAIM = "tid";

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        Object claim = jwt.getClaim(TENANTS_CLAIM);
        if (claim == null) {
            claim = jwt.getClaim(ISSUING_TENANT_CLAIM);
        }
        if (claim == null) {
            return Uni.createFrom().item(identity);
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        for (String tenant : tenants(claim)) {
            builder.addRole(Roles.TENANT_PREFIX + tenant);
        }
        return Uni.createFrom().item(builder.build());
    }

    static Collection<String> tenants(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(TenantRolesAugmentor::unquote).toList();
        }
        if (claim instanceof jakarta.json.JsonArray array) {
            return array.stream().map(TenantRolesAugmentor::unquote).toList();
        }
        return java.util.Arrays.stream(unquote(claim).split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static String unquote(Object value) {
        String text = value instanceof jakarta.json.JsonString s ? s.getString() : String.valueOf(value);
        return text.replaceAll("^\"|\"$", "");
    }
}
