package dev.eksdesk.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.NodeGroupSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxAccountSessionTest {
  @TempDir Path home;

  @Test
  void refusesATypeWhoseSizeIsUnknownOfflineSayingWhatToDo() {
    ClusterSpec spec = DefaultSpecs.firstCluster();
    NodeGroupSpec nodes = spec.nodeGroup();
    ClusterSpec metal =
        spec.withNodeGroup(
            new NodeGroupSpec(
                nodes.name(),
                "u-6tb1.metal",
                nodes.desiredSize(),
                nodes.minSize(),
                nodes.maxSize(),
                nodes.capacityType(),
                nodes.diskGiB(),
                nodes.amiType()));

    try (SandboxAccountSession sandbox =
        new SandboxAccountSession(home, InstanceCatalog.bundled(), 1)) {
      assertThat(sandbox.problemsWith(spec)).isEmpty();
      assertThat(sandbox.problemsWith(metal))
          .singleElement()
          .asString()
          .contains("u-6tb1.metal", "unknown offline", "pick another instance type");
    }
  }
}
