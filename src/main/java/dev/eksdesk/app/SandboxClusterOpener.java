package dev.eksdesk.app;

import dev.eksdesk.cli.kube.ClusterOpener;
import dev.eksdesk.cloud.sandbox.SandboxSession;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Opens a sandbox cluster for one CLI command: the persistent sandbox account, and the cluster's
 * Kubernetes started in this process as the last command (or the app) left it, with a node per node
 * group instance; what the command changes is kept for the next one.
 */
final class SandboxClusterOpener implements ClusterOpener {
  /** The account's clock runs as fast as it may, so a replacement instance is ready at once. */
  private static final double SPEED = SandboxSession.MAX_SPEED;

  private static final Duration BOOT_DELAY = Duration.ofMillis(200);

  private final Path home;
  private final InstanceCatalog catalog;

  SandboxClusterOpener(Path home, InstanceCatalog catalog) {
    this.home = home;
    this.catalog = catalog;
  }

  @Override
  public Optional<OpenCluster> open(String name) {
    Optional<ClusterSpec> spec = SandboxClusterLifecycle.savedSpec(home, name);
    if (spec.isEmpty()) {
      return Optional.empty();
    }
    SandboxSession session = new SandboxSession(home, catalog, SPEED);
    if (!SandboxClusterRuntime.hasNodes(spec.get(), session.account())) {
      session.close();
      return Optional.empty();
    }
    SandboxClusterRuntime runtime =
        SandboxClusterRuntime.start(home, spec.get(), session::account, catalog, BOOT_DELAY);
    return Optional.of(
        new OpenCluster(
            runtime,
            () -> {
              runtime.close();
              session.close();
            }));
  }
}
