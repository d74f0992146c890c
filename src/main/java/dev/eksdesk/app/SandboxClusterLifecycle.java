package dev.eksdesk.app;

import dev.eksdesk.cli.kube.ClusterOpener;
import dev.eksdesk.cloud.sandbox.SandboxAccount;
import dev.eksdesk.cluster.ClusterRuntimes;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.SpecFileException;
import dev.eksdesk.domain.spec.SpecYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a {@link SandboxClusterRuntime} when a sandbox cluster becomes ready (and, at app start,
 * for the sandbox clusters that already exist) and stops it when the cluster is destroyed,
 * publishing each to {@link ClusterRuntimes}.
 */
final class SandboxClusterLifecycle implements ClusterLifecycle, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SandboxClusterLifecycle.class);

  /** How long a replacement EC2 instance takes to boot and join, in the sandbox's own time. */
  private static final Duration INSTANCE_JOIN = Duration.ofSeconds(90);

  private static final Duration FASTEST_JOIN = Duration.ofMillis(200);

  private final Path home;
  private final Supplier<Optional<SandboxAccount>> account;
  private final DoubleSupplier speed;
  private final InstanceCatalog catalog;
  private final ClusterRuntimes runtimes;
  private final Map<String, SandboxClusterRuntime> running = new ConcurrentHashMap<>();

  /**
   * @param account the sandbox account as the app holds it now (it is reopened when the sandbox's
   *     speed changes); empty while the app works on AWS
   * @param speed how many times faster than real time the sandbox runs now
   */
  SandboxClusterLifecycle(
      Path home,
      Supplier<Optional<SandboxAccount>> account,
      DoubleSupplier speed,
      InstanceCatalog catalog,
      ClusterRuntimes runtimes) {
    this.home = home;
    this.account = account;
    this.speed = speed;
    this.catalog = catalog;
    this.runtimes = runtimes;
  }

  /** Brings the cluster's Kubernetes up; nothing happens while the app works on AWS. */
  @Override
  public void ready(ClusterSpec spec) {
    if (account.get().isEmpty()) {
      return;
    }
    stop(spec.name());
    SandboxClusterRuntime runtime =
        SandboxClusterRuntime.start(
            home, spec, () -> account.get().orElseThrow(), catalog, bootDelay());
    running.put(spec.name(), runtime);
    runtimes.add(runtime);
  }

  /**
   * The running cluster, its nodes brought in line with the account's instances first (a node group
   * created since joins), for a command that borrows it: closing it leaves it running.
   */
  Optional<ClusterOpener.OpenCluster> openRunning(String name) {
    return Optional.ofNullable(running.get(name))
        .map(
            runtime -> {
              runtime.followTheAccount();
              return new ClusterOpener.OpenCluster(runtime, () -> {});
            });
  }

  @Override
  public void gone(ClusterSpec spec) {
    stop(spec.name());
  }

  /** Brings up every sandbox cluster whose node group runs, as found under the data folder. */
  void startExisting() {
    for (ClusterSpec spec : savedSpecs()) {
      try {
        if (account.get().filter(a -> SandboxClusterRuntime.hasNodes(spec, a)).isPresent()) {
          ready(spec);
        }
      } catch (RuntimeException e) {
        LOG.warn("could not start the sandbox cluster {}", spec.name(), e);
      }
    }
  }

  private List<ClusterSpec> savedSpecs() {
    Path clusters = home.resolve("clusters");
    if (!Files.isDirectory(clusters)) {
      return List.of();
    }
    List<ClusterSpec> found = new ArrayList<>();
    try (Stream<Path> folders = Files.list(clusters)) {
      folders
          .sorted()
          .forEach(
              folder -> savedSpec(home, folder.getFileName().toString()).ifPresent(found::add));
    } catch (IOException e) {
      LOG.warn("could not list {}", clusters, e);
    }
    return found;
  }

  /** The spec a sandbox cluster was applied from, as provisioning keeps it beside its journal. */
  static Optional<ClusterSpec> savedSpec(Path home, String cluster) {
    Path specFile = home.resolve("clusters").resolve(cluster).resolve("spec.yaml");
    if (!Files.exists(specFile)) {
      return Optional.empty();
    }
    try {
      return Optional.of(SpecYaml.load(specFile));
    } catch (SpecFileException | IOException e) {
      return Optional.empty();
    }
  }

  private Duration bootDelay() {
    Duration scaled = Duration.ofMillis((long) (INSTANCE_JOIN.toMillis() / speed.getAsDouble()));
    return scaled.compareTo(FASTEST_JOIN) < 0 ? FASTEST_JOIN : scaled;
  }

  private void stop(String name) {
    SandboxClusterRuntime old = running.remove(name);
    if (old != null) {
      runtimes.remove(old.key());
      old.close();
    }
  }

  @Override
  public void close() {
    List.copyOf(running.keySet()).forEach(this::stop);
  }
}
