package dev.eksdesk.app;

import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.aws.AwsAccountSession;
import dev.eksdesk.cluster.ClusterKey;
import dev.eksdesk.cluster.ClusterRuntimes;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecFileException;
import dev.eksdesk.session.ClusterOperations;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the AWS account's EKS clusters to {@link ClusterRuntimes}: one when its apply succeeds,
 * and, once the user's credentials are verified, those Eksdesk made before that are ACTIVE (found
 * by the specs kept beside their journals), and one Eksdesk did not make when it is chosen on the
 * Clusters screen.
 */
final class AwsClusterLifecycle implements ClusterLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(AwsClusterLifecycle.class);

  private final Path home;
  private final Supplier<Optional<AwsAccountSession>> session;
  private final InstanceCatalog catalog;
  private final ClusterRuntimes runtimes;

  /** Only the account in use's: switching accounts forgets the others'. */
  private final Set<ClusterKey> published = ConcurrentHashMap.newKeySet();

  /**
   * @param session the AWS account in use, opened on demand; empty while the app works on the
   *     sandbox
   */
  AwsClusterLifecycle(
      Path home,
      Supplier<Optional<AwsAccountSession>> session,
      InstanceCatalog catalog,
      ClusterRuntimes runtimes) {
    this.home = home;
    this.session = session;
    this.catalog = catalog;
    this.runtimes = runtimes;
  }

  /**
   * @throws CloudException when the cluster cannot be reached (not ACTIVE, no permission)
   */
  @Override
  public void ready(ClusterSpec spec) {
    session
        .get()
        .ifPresent(
            aws -> {
              AwsClusterRuntime runtime =
                  AwsClusterRuntime.connect(
                      spec,
                      aws.clusterAccess(),
                      aws.profileName(),
                      aws.identity(),
                      catalog,
                      new ClusterOperations(home, catalog, aws));
              runtimes.add(runtime);
              published.add(runtime.key());
            });
  }

  @Override
  public void gone(ClusterSpec spec) {
    forget(key -> key.name().equals(spec.name()) && key.region().equals(spec.region()));
  }

  /** Publishes the account's clusters that Eksdesk made and that are ACTIVE now. */
  void startExisting() {
    Optional<AwsAccountSession> aws = session.get();
    if (aws.isEmpty()) {
      return;
    }
    ClusterOperations operations = new ClusterOperations(home, catalog, aws.get());
    for (String name : operations.journals().clusters()) {
      try {
        operations.savedSpec(name).ifPresent(this::ready);
      } catch (CloudException | SpecFileException | IOException e) {
        LOG.info("{} is not reachable now: {}", name, e.getMessage());
      }
    }
  }

  /**
   * Publishes a cluster of the account Eksdesk did not make (eksctl's, Terraform's, the console's):
   * its nodes, pods, pod addresses, metrics and node recycling need only its name and region, and
   * EKS's tags on its instances; its CNI is taken to be the VPC CNI EKS installs.
   *
   * @throws CloudException when it cannot be reached (not ACTIVE, no permission)
   */
  void startForeign(String name, String region) {
    ready(DefaultSpecs.forName(name).withRegion(region));
  }

  /** Takes every AWS cluster off the screens: the app now works on another account. */
  void forgetAll() {
    forget(key -> true);
  }

  private void forget(Predicate<ClusterKey> which) {
    for (ClusterKey key : List.copyOf(published)) {
      if (which.test(key) && published.remove(key)) {
        runtimes.remove(key);
      }
    }
  }
}
