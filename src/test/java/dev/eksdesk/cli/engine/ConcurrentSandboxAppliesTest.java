package dev.eksdesk.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceTags;
import dev.eksdesk.cloud.sandbox.SandboxAccount;
import dev.eksdesk.cloud.sandbox.SandboxFaults;
import dev.eksdesk.cloud.sandbox.SandboxTimings;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.SpecYaml;
import dev.eksdesk.engine.SandboxWorld;
import dev.eksdesk.engine.journal.JournalStore;
import dev.eksdesk.engine.journal.StepRecord;
import dev.eksdesk.engine.plan.Plan;
import dev.eksdesk.engine.plan.Step;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Different clusters applied at the same time by separate Eksdesk processes into one sandbox
 * account (one EKSDESK_HOME), as {@code apply c1.yaml --sandbox & apply c2.yaml --sandbox} does.
 */
class ConcurrentSandboxAppliesTest {
  private static final InstanceCatalog CATALOG = InstanceCatalog.bundled();

  @TempDir Path home;

  @Test
  void twoClustersAppliedAtOnceEachEndWithExactlyTheirOwnResources() throws Exception {
    appliedAtOnceThenOneDestroyed(2);
  }

  @Test
  void fourClustersAppliedAtOnceEachEndWithExactlyTheirOwnResources() throws Exception {
    appliedAtOnceThenOneDestroyed(4);
  }

  private void appliedAtOnceThenOneDestroyed(int count) throws Exception {
    List<ClusterSpec> specs = new ArrayList<>();
    List<Launched> applies = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      ClusterSpec spec = SandboxWorld.distinctCluster("c" + i, i);
      Path file = home.resolve(spec.name() + ".yaml");
      SpecYaml.save(spec, file);
      specs.add(spec);
      applies.add(eksdesk("apply", file.toString(), "--sandbox", "--speed", "1000"));
    }
    for (int i = 0; i < count; i++) {
      String out = finished(applies.get(i));
      assertThat(out).contains("Cluster c" + (i + 1) + " is ready: 49 steps (49 created");
    }

    Set<String> seen = new HashSet<>();
    for (ClusterSpec spec : specs) {
      assertOwnResourcesExactly(spec);
      for (String id : journalIds(spec.name())) {
        assertThat(seen.add(id)).as("id %s in two journals", id).isTrue();
      }
    }

    Map<String, Map<String, Long>> othersBefore = countsByKindExcept("c1", specs);
    String destroyed = finished(eksdesk("destroy", "c1", "--sandbox", "--speed", "1000"));

    assertThat(destroyed).contains("Nothing left that costs money");
    assertThat(account().inventory(ResourceTags.ownedBy("c1"))).isEmpty();
    assertThat(countsByKindExcept("c1", specs)).isEqualTo(othersBefore);
  }

  /**
   * Every step of the plan is in the account exactly once with the cluster's tags (the sandbox
   * keeps the tags of sub-resources too), and nothing else carries them.
   */
  private void assertOwnResourcesExactly(ClusterSpec spec) {
    Plan plan = SandboxWorld.planner().plan(spec, SandboxWorld.OPERATOR);
    List<CloudResource> tagged =
        account().everything().stream()
            .filter(r -> spec.name().equals(r.tag(ResourceTags.CLUSTER)))
            .toList();
    List<String> expected = plan.steps().stream().map(Step::id).sorted().toList();
    assertThat(tagged.stream().map(r -> r.tag(ResourceTags.STEP)).sorted().toList())
        .as(spec.name())
        .isEqualTo(expected);
    for (CloudResource resource : tagged) {
      assertThat(plan.step(resource.tag(ResourceTags.STEP)).kind())
          .as(resource.id())
          .isEqualTo(resource.kind());
    }
    String vpcCidr =
        tagged.stream()
            .filter(r -> "vpc".equals(r.tag(ResourceTags.STEP)))
            .findFirst()
            .orElseThrow()
            .attribute("cidr");
    assertThat(vpcCidr).isEqualTo(spec.network().vpcCidr());
  }

  private List<String> journalIds(String cluster) throws Exception {
    return new JournalStore(home, Instant::now)
        .read(cluster).orElseThrow().steps().values().stream()
            .filter(r -> r.status() == StepRecord.StepStatus.CREATED)
            .map(StepRecord::resourceId)
            .toList();
  }

  private Map<String, Map<String, Long>> countsByKindExcept(
      String cluster, List<ClusterSpec> specs) {
    List<CloudResource> all = account().everything();
    return specs.stream()
        .map(ClusterSpec::name)
        .filter(name -> !name.equals(cluster))
        .collect(
            Collectors.toMap(
                name -> name,
                name ->
                    all.stream()
                        .filter(r -> name.equals(r.tag(ResourceTags.CLUSTER)))
                        .collect(
                            Collectors.groupingBy(r -> r.kind().name(), Collectors.counting()))));
  }

  private SandboxAccount account() {
    return SandboxAccount.persistent(
        home, Instant::now, CATALOG, SandboxTimings.realistic(), SandboxFaults.none());
  }

  /** The CLI in a JVM of its own, on this test's class path, sharing this test's EKSDESK_HOME. */
  private Launched eksdesk(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.eksdesk.app.Main");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("EKSDESK_HOME", home.toString());
    builder.redirectErrorStream(true);
    Path output = Files.createTempFile(home, "eksdesk-", ".out");
    builder.redirectOutput(output.toFile());
    return new Launched(builder.start(), output);
  }

  private record Launched(Process process, Path output) {}

  /** What the command printed, once it exited 0. */
  private static String finished(Launched launched) throws Exception {
    assertThat(launched.process().waitFor(4, TimeUnit.MINUTES)).as("finished in time").isTrue();
    String printed = Files.readString(launched.output(), StandardCharsets.UTF_8);
    assertThat(launched.process().exitValue()).as(printed).isZero();
    return printed;
  }
}
