package io.switchboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.bench.stats.Percentiles;
import io.switchboard.bench.stats.PollingModel;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOnAHundredValues() {
        Percentiles p = Percentiles.of(IntStream.rangeClosed(1, 100).boxed().toList());
        assertThat(p.count()).isEqualTo(100);
        assertThat(p.p50()).isEqualTo(50);
        assertThat(p.p95()).isEqualTo(95);
        assertThat(p.p99()).isEqualTo(99);
        assertThat(p.max()).isEqualTo(100);
        assertThat(p.mean()).isEqualTo(50.5);
    }

    @Test
    void smallSamplesReportValuesThatOccurred() {
        Percentiles p = Percentiles.of(List.of(3.0, 1.0, 2.0));
        assertThat(p.p50()).isEqualTo(2.0);
        assertThat(p.p99()).isEqualTo(3.0);
        assertThat(Percentiles.of(List.of()).count()).isZero();
    }

    @Test
    void hourlyPollingWaitsHalfAnHourOnAverage() {
        PollingModel hourly = new PollingModel(Duration.ofHours(1));
        assertThat(hourly.meanSeconds()).isEqualTo(1800);
        assertThat(hourly.percentileSeconds(99)).isEqualTo(3564);
        assertThat(hourly.worstSeconds()).isEqualTo(3600);
    }
}
