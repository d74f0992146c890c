package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.PrivateKeyFile;
import dev.eksdesk.cloud.RealtimeScheduler;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.engine.SandboxWorld;
import dev.eksdesk.engine.exec.Engine;
import dev.eksdesk.engine.exec.EngineRun;
import dev.eksdesk.engine.exec.EngineSettings;
import dev.eksdesk.engine.exec.RunOutcome;
import dev.eksdesk.engine.exec.RunSummary;
import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.engine.journal.JournalStore;
import dev.eksdesk.engine.journal.StepRecord;
import dev.eksdesk.engine.plan.ClusterPlanner;
import dev.eksdesk.engine.plan.Plan;
import dev.eksdesk.engine.plan.Step;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;

/**
 * Two different clusters applied at the same time into one AWS account (moto), each by its own
 * engine, clients and journal as two processes would: each ends with exactly its own resources, and
 * destroying one leaves the other whole.
 */
class ConcurrentMotoAppliesTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  private static final String OPERATOR = "203.0.113.10/32";
  private static final Region REGION = Region.of(DefaultSpecs.REGION);

  @TempDir Path home;

  @Test
  void twoClustersAppliedAtOnceEachEndWithExactlyTheirOwnResources() throws Exception {
    MOTO.reset();
    Plan c1 = plan("c1", 1);
    Plan c2 = plan("c2", 2);

    CompletableFuture<RunSummary> first = CompletableFuture.supplyAsync(() -> run(c1, true));
    CompletableFuture<RunSummary> second = CompletableFuture.supplyAsync(() -> run(c2, true));

    for (RunSummary applied : List.of(first.get(4, TimeUnit.MINUTES), second.get())) {
      assertThat(applied.outcome()).as(applied.message()).isEqualTo(RunOutcome.SUCCEEDED);
    }
    try (AwsClients clients = clients()) {
      SdkTagCounts counts = new SdkTagCounts(clients);
      assertThat(counts.byStep("c1")).isEqualTo(oncePerTaggedStep(c1));
      assertThat(counts.byStep("c2")).isEqualTo(oncePerTaggedStep(c2));
      Set<String> c1Ids = journalIds("c1");
      assertThat(journalIds("c2")).doesNotContainAnyElementsOf(c1Ids);
      Map<String, Integer> c2Before = counts.byStep("c2");

      RunSummary destroyed = run(c1, false);

      assertThat(destroyed.outcome()).as(destroyed.message()).isEqualTo(RunOutcome.SUCCEEDED);
      assertThat(counts.byStep("c1")).isEmpty();
      assertThat(counts.byStep("c2")).isEqualTo(c2Before);
    }
  }

  private static Plan plan(String name, int second) {
    return new ClusterPlanner(InstanceCatalog.bundled())
        .plan(SandboxWorld.distinctCluster(name, second), OPERATOR);
  }

  /** One "process": its own clients, clock, engine and journal. */
  private RunSummary run(Plan plan, boolean apply) {
    try (AwsClients clients = clients();
        RealtimeScheduler scheduler = new RealtimeScheduler(200, 4);
        ClusterJournal journal = new JournalStore(home, scheduler).open(plan.cluster())) {
      Engine engine =
          new Engine(
              new AwsCloudAccount(clients, new AccountChoice.Environment()),
              scheduler,
              EngineSettings.defaults());
      EngineRun run =
          apply
              ? engine.apply(
                  plan,
                  journal,
                  Map.of(),
                  new PrivateKeyFile(home.resolve("keys").resolve(plan.cluster() + ".pem")))
              : engine.destroy(plan, journal);
      run.start();
      return run.completion().get(4, TimeUnit.MINUTES);
    } catch (Exception e) {
      throw new IllegalStateException(plan.cluster() + ": " + e.getMessage(), e);
    }
  }

  private static AwsClients clients() {
    return new AwsClients(MOTO.settings(REGION), new ApiCallCounter());
  }

  /** Moto has no EKS add-ons: those steps leave nothing behind (docs/AWS-EMULATOR.md). */
  private static Map<String, Integer> oncePerTaggedStep(Plan plan) {
    return plan.steps().stream()
        .filter(s -> s.kind().taggable() && s.kind() != ResourceKind.EKS_ADDON)
        .collect(Collectors.toMap(Step::id, s -> 1));
  }

  private Set<String> journalIds(String cluster) throws Exception {
    return new HashSet<>(
        new JournalStore(home, java.time.Instant::now)
            .read(cluster).orElseThrow().steps().values().stream()
                .filter(r -> r.status() == StepRecord.StepStatus.CREATED)
                .map(StepRecord::resourceId)
                .toList());
  }
}
