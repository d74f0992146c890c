package dev.eksdesk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.domain.spec.DefaultSpecs;
import org.junit.jupiter.api.Test;

class SecurityPostureTest {
  @Test
  void theReviewSaysTheRootVolumesAreEncrypted() {
    assertThat(SecurityPosture.of(DefaultSpecs.firstCluster()))
        .contains(
            "Root volumes of the nodes and the hosts encrypted (EBS, the account's default key)");
  }
}
