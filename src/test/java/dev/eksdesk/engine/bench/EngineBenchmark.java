package dev.eksdesk.engine.bench;

import dev.eksdesk.app.Main;
import dev.eksdesk.cloud.LocalKeys;
import dev.eksdesk.cloud.PrivateKeyFile;
import dev.eksdesk.cloud.RealtimeScheduler;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.aws.MotoServer;
import dev.eksdesk.cloud.sandbox.SandboxAccount;
import dev.eksdesk.cloud.sandbox.SandboxFaultKnobs;
import dev.eksdesk.cloud.sandbox.SandboxTimings;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecYaml;
import dev.eksdesk.domain.spec.SshKeyMode;
import dev.eksdesk.domain.spec.SshKeySpec;
import dev.eksdesk.engine.exec.Engine;
import dev.eksdesk.engine.exec.EngineRun;
import dev.eksdesk.engine.exec.EngineSettings;
import dev.eksdesk.engine.exec.RunOutcome;
import dev.eksdesk.engine.exec.RunSummary;
import dev.eksdesk.engine.exec.VirtualScheduler;
import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.engine.journal.JournalStore;
import dev.eksdesk.engine.plan.ClusterPlanner;
import dev.eksdesk.engine.plan.Plan;
import dev.eksdesk.engine.plan.Step;
import dev.eksdesk.engine.plan.StepTimings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The numbers of docs/PERFORMANCE.md. Excluded from normal builds (the surefire configuration
 * leaves out the "benchmark" group); run through {@link #main}, as docs/ENGINE.md shows.
 */
@Tag("benchmark")
class EngineBenchmark {
  private static final InstanceCatalog CATALOG = InstanceCatalog.bundled();

  public static void main(String[] args) throws Exception {
    EngineBenchmark benchmark = new EngineBenchmark();
    benchmark.fullApplyOnTheSandboxAgainstItsCriticalPath();
    benchmark.engineOverheadPerStepOnAThousandStepDag();
    benchmark.cliApplyOfTheDefaultSpecOnMotoAtNormalSpeed();
  }

  /**
   * {@code eksdesk apply} as its own process against moto's server (which answers every resource
   * ready at once), timed from process start to exit; moto's recorder counts the calls, and the
   * Describe calls of each kind the engine waits for are divided by that kind's resources.
   */
  @Test
  void cliApplyOfTheDefaultSpecOnMotoAtNormalSpeed() throws Exception {
    Path work = Files.createTempDirectory("eksdesk-moto-bench");
    Path recording = work.resolve("moto-recording.jsonl");
    MotoServer moto =
        new MotoServer(
            Map.of(
                "MOTO_ENABLE_RECORDING", "true", "MOTO_RECORDER_FILEPATH", recording.toString()));
    moto.beforeAll(null);
    try {
      ClusterSpec spec =
          DefaultSpecs.firstCluster()
              .withSshKey(
                  new SshKeySpec(
                      SshKeyMode.GENERATE, "bench-key", work.resolve("key.pem").toString()));
      Path specFile = work.resolve("cluster.yaml");
      SpecYaml.save(spec, specFile);
      List<String> command =
          List.of(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-Duser.home=" + work,
              "-cp",
              System.getProperty("java.class.path"),
              Main.class.getName(),
              "apply",
              specFile.toString(),
              "--endpoint-url",
              moto.endpoint().toString(),
              "--region",
              spec.region());
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectOutput(work.resolve("out.txt").toFile())
              .redirectError(work.resolve("err.txt").toFile());
      builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
      builder.environment().put("AWS_ACCESS_KEY_ID", "testing");
      builder.environment().put("AWS_SECRET_ACCESS_KEY", "testing");
      builder.environment().put("EKSDESK_HOME", work.resolve("home").toString());
      long start = System.nanoTime();
      int exit = builder.start().waitFor();
      Duration wall = Duration.ofNanos(System.nanoTime() - start);
      if (exit != 0) {
        throw new AssertionError(
            "apply on moto exited " + exit + ": " + Files.readString(work.resolve("err.txt")));
      }
      Map<String, Integer> calls = MotoRecording.operations(recording);
      Plan plan = new ClusterPlanner(CATALOG).plan(spec, "203.0.113.10/32");
      System.out.printf(
          "CLI apply of the default spec on moto (%d steps): %.1f s wall time (%s),"
              + " %d AWS calls%n",
          plan.size(),
          wall.toMillis() / 1000.0,
          lastLine(work.resolve("out.txt")),
          calls.values().stream().mapToInt(Integer::intValue).sum());
      Map<String, ResourceKind> awaited =
          Map.of(
              "DescribeNatGateways", ResourceKind.NAT_GATEWAY,
              "DescribeInstances", ResourceKind.INSTANCE,
              "DescribeVpcEndpoints", ResourceKind.VPC_ENDPOINT,
              "GET /clusters/{}", ResourceKind.EKS_CLUSTER,
              "GET /clusters/{}/node-groups/{}", ResourceKind.EKS_NODEGROUP);
      awaited.forEach(
          (describe, kind) -> {
            long resources = plan.steps().stream().filter(s -> s.kind() == kind).count();
            System.out.printf(
                "  %s: %d calls for %d %s%n",
                describe, calls.getOrDefault(describe, 0), resources, kind.displayName());
          });
    } finally {
      moto.afterAll(null);
    }
  }

  private static String lastLine(Path file) throws Exception {
    List<String> lines = Files.readAllLines(file);
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }

  /**
   * The sandbox draws each duration from a range around the typical one, so one run can be luckier
   * or unluckier than the plan by half a minute; the mean over twenty draws is the engine's own
   * ratio to the critical path.
   */
  @Test
  void fullApplyOnTheSandboxAgainstItsCriticalPath() throws Exception {
    Plan plan = new ClusterPlanner(CATALOG).plan(DefaultSpecs.firstCluster(), "203.0.113.10/32");
    Duration critical = plan.criticalPath(StepTimings.aws()).duration();
    int draws = 20;
    double sum = 0;
    double min = Double.MAX_VALUE;
    double max = 0;
    for (long seed = 1; seed <= draws; seed++) {
      double ratio = sandboxApply(plan, seed).toMillis() / (double) critical.toMillis();
      sum += ratio;
      min = Math.min(min, ratio);
      max = Math.max(max, ratio);
    }
    Duration parallel = sandboxApply(plan, 7);
    Duration oneAtATime = sandboxApply(chained(plan), 7);
    System.out.printf(
        "full apply on the sandbox (virtual clock): %d steps; critical path %s; %d draws:"
            + " mean %.3fx (%.3fx to %.3fx); one step at a time %s (%.2fx the parallel run %s)%n",
        plan.size(),
        critical,
        draws,
        sum / draws,
        min,
        max,
        oneAtATime,
        oneAtATime.toMillis() / (double) parallel.toMillis(),
        parallel);
  }

  @Test
  void engineOverheadPerStepOnAThousandStepDag() throws Exception {
    Plan plan = randomDag(1000, new Random(1));
    for (int warmup = 0; warmup < 5; warmup++) {
      zeroLatencyApply(plan, null);
    }
    long best = Long.MAX_VALUE;
    for (int round = 0; round < 10; round++) {
      best = Math.min(best, zeroLatencyApply(plan, null));
    }
    Path home = Files.createTempDirectory("eksdesk-bench");
    long withJournal = zeroLatencyApply(plan, home);
    System.out.printf(
        "engine overhead, 1000-step DAG, zero-latency cloud: %.1f us per step in memory;"
            + " %.1f us per step with the journal on disk (3 fsynced writes a step)%n",
        best / 1000.0 / 1000, withJournal / 1000.0 / 1000);
  }

  private static Duration sandboxApply(Plan plan, long seed) throws Exception {
    VirtualScheduler clock = VirtualScheduler.atEpoch();
    SandboxAccount account =
        SandboxAccount.inMemory(
            clock, CATALOG, SandboxTimings.realistic(), new SandboxFaultKnobs(seed));
    try (ClusterJournal journal = ClusterJournal.inMemory(plan.cluster(), clock)) {
      EngineRun run =
          new Engine(account, clock, EngineSettings.defaults())
              .apply(
                  plan,
                  journal,
                  Map.of(),
                  new PrivateKeyFile(
                      Files.createTempDirectory("eksdesk-bench-key").resolve("key.pem")));
      run.start();
      clock.runUntilIdle();
      RunSummary summary = run.completion().getNow(null);
      if (summary.outcome() != RunOutcome.SUCCEEDED) {
        throw new AssertionError(summary.message());
      }
      return summary.elapsed();
    }
  }

  /** Nanoseconds of wall time for one apply on real threads. */
  private static long zeroLatencyApply(Plan plan, Path journalHome) throws Exception {
    try (RealtimeScheduler threads = new RealtimeScheduler(1, 2)) {
      ClusterJournal journal =
          journalHome == null
              ? ClusterJournal.inMemory(plan.cluster(), threads)
              : new JournalStore(journalHome, threads).open(plan.cluster());
      try (journal) {
        EngineRun run =
            new Engine(
                    new ZeroLatencyAccount(),
                    threads,
                    EngineSettings.defaults().withTimings(StepTimings.zero()))
                .apply(plan, journal, Map.of(), LocalKeys.none());
        long start = System.nanoTime();
        run.start();
        RunSummary summary = run.completion().join();
        long elapsed = System.nanoTime() - start;
        if (summary.outcome() != RunOutcome.SUCCEEDED) {
          throw new AssertionError(summary.message());
        }
        return elapsed;
      }
    }
  }

  /** The same steps, each also waiting for the one before it: no parallelism at all. */
  private static Plan chained(Plan plan) {
    List<Step> chained = new ArrayList<>();
    String previous = null;
    for (Step step : plan.steps()) {
      List<String> deps = new ArrayList<>(step.dependsOn());
      if (previous != null && !deps.contains(previous)) {
        deps.add(previous);
      }
      chained.add(
          new Step(step.id(), step.kind(), step.description(), deps, step.tags(), step.request()));
      previous = step.id();
    }
    return Plan.of(plan.cluster(), chained);
  }

  /** Each step depends on up to three random earlier ones. */
  private static Plan randomDag(int size, Random random) {
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      List<String> deps = new ArrayList<>();
      for (int d = 0; d < 3 && i > 0; d++) {
        String dep = "s" + random.nextInt(i);
        if (!deps.contains(dep)) {
          deps.add(dep);
        }
      }
      steps.add(
          new Step(
              "s" + i,
              ResourceKind.ELASTIC_IP,
              "step " + i,
              deps,
              Map.of(),
              c -> new ResourceRequest.ElasticIp()));
    }
    return Plan.of("bench", steps);
  }
}
