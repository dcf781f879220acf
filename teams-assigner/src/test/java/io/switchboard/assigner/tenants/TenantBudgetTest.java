package io.switchboard.assigner.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TenantBudgetTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    @Test
    void allowsABurstOfOneSecondThenTheRate() {
        TenantBudget budget = new TenantBudget(4, 2, clock::get);
        for (int i = 0; i < 4; i++) {
            assertThat(budget.tryTakeRequest()).as("request %d", i).isZero();
        }
        // the fifth waits a quarter of a second
        assertThat(budget.tryTakeRequest()).isEqualTo(250_000_000L);
        clock.addAndGet(250_000_000L);
        assertThat(budget.tryTakeRequest()).isZero();
    }

    @Test
    void aPauseHoldsEveryRequestUntilItEnds() {
        TenantBudget budget = new TenantBudget(100, 2, clock::get);
        budget.pauseFor(Duration.ofSeconds(3));
        assertThat(budget.paused()).isTrue();
        assertThat(budget.tryTakeRequest()).isEqualTo(3_000_000_000L);
        clock.addAndGet(3_000_000_000L);
        assertThat(budget.paused()).isFalse();
        assertThat(budget.tryTakeRequest()).isZero();
    }

    @Test
    void slotsBoundConcurrency() {
        TenantBudget budget = new TenantBudget(10, 2, clock::get);
        assertThat(budget.tryTakeSlot()).isTrue();
        assertThat(budget.tryTakeSlot()).isTrue();
        assertThat(budget.tryTakeSlot()).isFalse();
        budget.releaseSlot();
        assertThat(budget.freeSlots()).isEqualTo(1);
    }

    @Test
    void budgetsOfTwoTenantsAreIndependent() {
        TenantBudget throttled = new TenantBudget(10, 2, clock::get);
        TenantBudget other = new TenantBudget(10, 2, clock::get);
        throttled.pauseFor(Duration.ofSeconds(60));
        assertThat(other.tryTakeRequest()).isZero();
        assertThat(other.paused()).isFalse();
    }
}
