package io.switchboard.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TenantRolesAugmentorTest {

    @Test
    void readsTenantsFromAListClaim() {
        assertThat(TenantRolesAugmentor.tenants(List.of("t1", "t2"))).containsExactly("t1", "t2");
    }

    @Test
    void readsTenantsFromASpaceOrCommaSeparatedClaim() {
        assertThat(TenantRolesAugmentor.tenants("t1, t2 t3")).containsExactly("t1", "t2", "t3");
    }

    @Test
    void readsTenantsFromAJsonArrayClaim() {
        var array = jakarta.json.Json.createArrayBuilder().add("*").build();
        assertThat(TenantRolesAugmentor.tenants(array)).containsExactly("*");
    }
}
