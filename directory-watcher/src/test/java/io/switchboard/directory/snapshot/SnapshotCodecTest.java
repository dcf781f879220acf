package io.switchboard.directory.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.directory.licences.AssignedLicence;
import io.switchboard.directory.licences.AssignedPlan;
import io.switchboard.events.directory.DeletionKind;
import io.switchboard.events.directory.DirectoryUser;
import io.switchboard.events.directory.LicenceView;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotCodecTest {

    @Test
    void snapshotSurvivesTheRoundTripThroughItsStoredForm() {
        UserSnapshot snapshot = new UserSnapshot(
                new DirectoryUser("u1", "Ada", "ada@x", null, false, "Berlin", null, "DE", "R&D", null, "DE", null, "Dev", null),
                List.of(new AssignedLicence("s1", List.of("p9"))), List.of(new AssignedPlan("p1", "svc", "Enabled")),
                new LicenceView(true, true, List.of("MCOPSTN1"), List.of("SPE_E5")), DeletionKind.SOFT);

        assertThat(SnapshotCodec.read(SnapshotCodec.write(snapshot))).isEqualTo(snapshot);
    }
}
