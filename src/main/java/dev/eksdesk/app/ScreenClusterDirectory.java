package dev.eksdesk.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.AccountSession;
import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.CloudFailure;
import dev.eksdesk.cloud.aws.AwsAccountSession;
import dev.eksdesk.cloud.aws.AwsClusterInspector;
import dev.eksdesk.cloud.aws.AwsErrors;
import dev.eksdesk.cloud.aws.AwsProfiles;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.cost.CostEstimator;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.SpecFileException;
import dev.eksdesk.domain.spec.StateLocation;
import dev.eksdesk.engine.journal.JournalStore;
import dev.eksdesk.engine.journal.SharedState;
import dev.eksdesk.files.AtomicFiles;
import dev.eksdesk.session.AccountClusters;
import dev.eksdesk.session.ClusterOperations;
import dev.eksdesk.session.ListedCluster;
import dev.eksdesk.session.SandboxAccountSession;
import dev.eksdesk.ui.clusters.ClusterDirectory;
import dev.eksdesk.ui.clusters.ClusterListException;
import dev.eksdesk.ui.clusters.ClusterRow;
import dev.eksdesk.ui.clusters.ClusterSource;
import dev.eksdesk.ui.clusters.StateLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Clusters screen's clusters: the Sandbox's (read as {@code clusters list --sandbox} reads
 * them) and each AWS profile and region's, with what only Eksdesk knows of them (saved spec, cost,
 * last run); what the screen remembers is kept in {@code $EKSDESK_HOME/clusters-screen.json},
 * written atomically.
 */
final class ScreenClusterDirectory implements ClusterDirectory {
  private static final Logger LOG = LoggerFactory.getLogger(ScreenClusterDirectory.class);
  static final String FILE = "clusters-screen.json";
  static final String NOT_BUILT_HERE =
      "Eksdesk did not build this cluster (eksctl, Terraform or the console did): Edit and Destroy"
          + " need the spec and journal Eksdesk keeps of the clusters it builds.";
  static final String NO_SPEC =
      "Eksdesk built this cluster but keeps no spec of it on this computer: Edit and Destroy need"
          + " the one it was built from.";

  private final Path home;
  private final InstanceCatalog catalog;
  private final CostEstimator costs;
  private final AwsProfiles profiles;
  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  ScreenClusterDirectory(
      Path home, InstanceCatalog catalog, CostEstimator costs, AwsProfiles profiles) {
    this.home = home;
    this.catalog = catalog;
    this.costs = costs;
    this.profiles = profiles;
  }

  @Override
  public List<ClusterRow> list(ClusterSource source) throws ClusterListException {
    if (source.isSandbox()) {
      try (SandboxAccountSession sandbox = new SandboxAccountSession(home, catalog, 1)) {
        return rows(source, sandbox, AccountClusters.inSandbox(home, catalog, sandbox));
      }
    }
    AccountChoice choice = new AccountChoice.Profile(source.profile());
    try (AwsAccountSession aws = openAws(source, choice)) {
      AwsClusterInspector inspector = aws.inspector();
      List<ListedCluster> listed =
          new AccountClusters(home, catalog, aws)
              .list(
                  inspector.clusters(),
                  aws.identity().account(),
                  source.region(),
                  name -> nodes(inspector, name));
      return rows(source, aws, listed);
    } catch (CloudException e) {
      throw new ClusterListException(e.getMessage());
    }
  }

  @Override
  public String unlock(ClusterRow cluster) throws ClusterListException {
    if (cluster.source().isSandbox()) {
      throw new ClusterListException(
          "The Sandbox keeps no shared state: there is no lock to clear.");
    }
    AccountChoice choice = new AccountChoice.Profile(cluster.source().profile());
    try (AwsAccountSession aws = openAws(cluster.source(), choice)) {
      ClusterOperations operations = new ClusterOperations(home, catalog, aws);
      StateLocation location =
          savedSpec(operations, cluster.name())
              .flatMap(ClusterSpec::stateLocation)
              .orElseThrow(
                  () ->
                      new ClusterListException(
                          cluster.name()
                              + " keeps its state on this computer: there is no shared lock to"
                              + " clear."));
      // the typed name is the screen's --force
      return operations.sharedState(location).unlock(cluster.name(), true).sentence();
    } catch (CloudException | IllegalStateException e) {
      throw new ClusterListException(e.getMessage());
    }
  }

  private AwsAccountSession openAws(ClusterSource source, AccountChoice choice)
      throws ClusterListException {
    try {
      return AwsAccountSession.open(choice, source.region(), source.endpointUrl(), profiles);
    } catch (IllegalStateException e) {
      throw new ClusterListException(e.getMessage());
    } catch (RuntimeException e) {
      CloudFailure failure = new AwsErrors(choice, !source.endpointUrl().isBlank()).translate(e);
      throw new ClusterListException(failure.message() + " " + failure.nextAction());
    }
  }

  /** A cluster deleted between the list and this read has no nodes left to count. */
  private static int nodes(AwsClusterInspector inspector, String cluster) {
    try {
      return inspector.nodeCount(cluster);
    } catch (CloudException e) {
      return 0;
    }
  }

  private List<ClusterRow> rows(
      ClusterSource source, AccountSession session, List<ListedCluster> listed) {
    ClusterOperations operations = new ClusterOperations(home, catalog, session);
    JournalStore journals = operations.journals();
    Set<String> unfinished =
        operations.unfinished().stream().map(ClusterSpec::name).collect(Collectors.toSet());
    return listed.stream()
        .map(cluster -> row(source, cluster, operations, journals, unfinished))
        .toList();
  }

  private ClusterRow row(
      ClusterSource source,
      ListedCluster cluster,
      ClusterOperations operations,
      JournalStore journals,
      Set<String> unfinished) {
    Optional<ClusterSpec> spec = savedSpec(operations, cluster.name());
    boolean journaled = journals.exists(cluster.name());
    String notManaged = !cluster.builtByEksdesk() ? NOT_BUILT_HERE : spec.isEmpty() ? NO_SPEC : "";
    StateShown state = state(operations, spec, cluster.name(), journaled);
    return new ClusterRow(
        source,
        cluster.name(),
        cluster.account(),
        cluster.region(),
        cluster.version(),
        cluster.status(),
        cluster.builtByEksdesk(),
        cluster.nodes(),
        spec.map(s -> costs.estimate(s).monthlyUsd()).orElse(null),
        !journaled
            ? ""
            : unfinished.contains(cluster.name()) ? "stopped before it was done" : "done",
        journaled ? lastWritten(journals.journalFile(cluster.name())) : null,
        state.text(),
        state.lock(),
        notManaged,
        "");
  }

  /** Where a cluster's journal lives, in words, and whether its shared lock is held. */
  private record StateShown(String text, StateLock lock) {}

  /**
   * "state: local", or "state: s3://…" and who holds the shared lock (an S3 read, which is why the
   * screen asks on its background thread); empty where Eksdesk keeps no journal of the cluster.
   */
  private static StateShown state(
      ClusterOperations operations, Optional<ClusterSpec> spec, String cluster, boolean journaled) {
    Optional<StateLocation> shared = spec.flatMap(ClusterSpec::stateLocation);
    if (shared.isEmpty()) {
      return new StateShown(journaled || spec.isPresent() ? "state: local" : "", StateLock.NONE);
    }
    String where = "state: " + shared.get();
    try {
      SharedState state = operations.sharedState(shared.get());
      return state
          .holder(cluster)
          .map(
              lock ->
                  state.stale(lock)
                      ? new StateShown(where + ", " + lock.describe() + ", stale", StateLock.STALE)
                      : new StateShown(where + ", " + lock.describe(), StateLock.HELD))
          .orElse(new StateShown(where, StateLock.NONE));
    } catch (RuntimeException e) { // no S3 in the account, access denied, unreachable
      return new StateShown(
          where + " (its lock cannot be read: " + e.getMessage() + ")", StateLock.NONE);
    }
  }

  private static Optional<ClusterSpec> savedSpec(ClusterOperations operations, String cluster) {
    try {
      return operations.savedSpec(cluster);
    } catch (SpecFileException | IOException e) {
      return Optional.empty();
    }
  }

  /** On the wall clock: the Sandbox's own clock runs ahead of it while it builds. */
  private static Instant lastWritten(Path journal) {
    try {
      return Files.getLastModifiedTime(journal).toInstant();
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public Remembered load() {
    Path file = home.resolve(FILE);
    if (!Files.exists(file)) {
      return new Remembered(List.of(), null);
    }
    try {
      return json.readValue(file.toFile(), Remembered.class);
    } catch (IOException e) {
      LOG.warn("{} cannot be read; the Clusters screen starts afresh: {}", file, e.getMessage());
      return new Remembered(List.of(), null);
    }
  }

  @Override
  public void save(Remembered remembered) {
    try {
      AtomicFiles.replace(home.resolve(FILE), json.writeValueAsBytes(remembered), null);
    } catch (IOException e) {
      LOG.warn("could not remember the Clusters screen's accounts and choice", e);
    }
  }
}
