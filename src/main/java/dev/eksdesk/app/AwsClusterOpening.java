package dev.eksdesk.app;

import dev.eksdesk.cli.kube.AwsClusterOpener;
import dev.eksdesk.cli.kube.ClusterOpener.OpenCluster;
import dev.eksdesk.cloud.AwsSession;
import dev.eksdesk.cloud.aws.AwsAccountSession;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.SpecFileException;
import dev.eksdesk.session.ClusterOperations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/** Opens an EKS cluster Eksdesk built, from the spec kept beside its journal in that account. */
final class AwsClusterOpening implements AwsClusterOpener {
  private final Path home;
  private final InstanceCatalog catalog;

  AwsClusterOpening(Path home, InstanceCatalog catalog) {
    this.home = home;
    this.catalog = catalog;
  }

  @Override
  public Optional<OpenCluster> open(String name, AwsSession opened) {
    // the composition root gives the CLI AwsCliAccounts, whose sessions are these
    AwsAccountSession session = (AwsAccountSession) opened;
    ClusterOperations operations = new ClusterOperations(home, catalog, session);
    Optional<ClusterSpec> spec;
    try {
      spec = operations.savedSpec(name);
    } catch (SpecFileException e) {
      throw new IllegalStateException(
          "the spec kept for " + name + " cannot be read: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return spec.map(
        s ->
            new OpenCluster(
                AwsClusterRuntime.connect(
                    s,
                    session.clusterAccess(),
                    session.profileName(),
                    session.identity(),
                    catalog,
                    operations),
                () -> {}));
  }
}
