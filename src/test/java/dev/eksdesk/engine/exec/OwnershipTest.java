package dev.eksdesk.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.engine.SandboxWorld;
import dev.eksdesk.engine.journal.ClusterJournal;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal's id is acted on only when the resource's tags say it is this cluster's step's. */
class OwnershipTest {
  @TempDir Path home;

  private SandboxWorld c1;
  private SandboxWorld c2;

  @BeforeEach
  void twoClustersInOneAccount() throws Exception {
    c1 = new SandboxWorld(home, SandboxWorld.distinctCluster("c1", 1));
    c2 = c1.another(SandboxWorld.distinctCluster("c2", 2));
    assertThat(c1.apply().outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(c2.apply().outcome()).isEqualTo(RunOutcome.SUCCEEDED);
  }

  @Test
  void destroyDeletesItsOwnResourceFoundByTagsInsteadOfTheForeignOneItsJournalNamed()
      throws Exception {
    String theirs = swapJournalId("subnet:private-a", "c2");
    Map<ResourceKind, Long> c2Before = kinds("c2");

    RunSummary destroyed = c1.destroy();

    assertThat(destroyed.outcome()).as(destroyed.message()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(c1.tagged()).isZero();
    assertThat(c1.account.describe(ResourceKind.SUBNET, theirs)).isPresent();
    assertThat(kinds("c2")).isEqualTo(c2Before);
  }

  @Test
  void destroyRefusesAForeignIdWhenItsOwnResourceIsGone() throws Exception {
    String ours = journalId(c1, "rule:bastion-ssh");
    c1.account.delete(ResourceKind.SECURITY_GROUP_RULE, ours); // deleted outside Eksdesk
    c1.clock.runFor(java.time.Duration.ofMinutes(5));
    String theirs = swapJournalId("rule:bastion-ssh", "c2");
    Map<ResourceKind, Long> c2Before = kinds("c2");

    RunSummary destroyed = c1.destroy();

    assertThat(c1.account.describe(ResourceKind.SECURITY_GROUP_RULE, theirs)).isPresent();
    assertThat(kinds("c2")).isEqualTo(c2Before);
    assertThat(destroyed.failed()).containsExactly("rule:bastion-ssh");
    assertThat(failure("rule:bastion-ssh"))
        .contains("Security group rule " + theirs + " is not c1's rule:bastion-ssh")
        .contains("eksdesk:cluster=c2, eksdesk:step=rule:bastion-ssh")
        .contains("left it untouched")
        .contains("destroy again with --rebuild");
  }

  @Test
  void applyDoesNotAdoptAnotherClustersResource() throws Exception {
    String theirs = swapJournalId("subnet:private-a", "c2");
    int c1Before = c1.tagged();

    RunSummary again = c1.apply();

    assertThat(again.failed()).containsExactly("subnet:private-a");
    assertThat(failure("subnet:private-a")).contains(theirs).contains("--rebuild");
    assertThat(c1.tagged()).isEqualTo(c1Before);
    assertThat(c1.account.describe(ResourceKind.SUBNET, theirs).orElseThrow().tags())
        .containsEntry("eksdesk:cluster", "c2");
  }

  @Test
  void aSubResourceIsDeletedOnlyThroughItsOwnParent() throws Exception {
    String theirs = swapJournalId("assoc:private-a", "c2");

    c1.destroy();

    assertThat(c1.account.describe(ResourceKind.ROUTE_TABLE_ASSOCIATION, theirs)).isPresent();
    assertThat(failure("assoc:private-a"))
        .contains("Route table association " + theirs + " is not c1's assoc:private-a");
  }

  /** Points c1's journal at c2's resource of the same step, as a shared id counter once did. */
  private String swapJournalId(String step, String other) throws Exception {
    SandboxWorld owner = other.equals("c2") ? c2 : c1;
    String theirs = journalId(owner, step);
    CloudResource resource = c1.account.describe(c1.plan.step(step).kind(), theirs).orElseThrow();
    try (ClusterJournal journal = c1.journals.open("c1")) {
      journal.recordPresent(step, resource, 0);
    }
    return theirs;
  }

  private static String journalId(SandboxWorld world, String step) throws Exception {
    return world.journals.read(world.plan.cluster()).orElseThrow().steps().get(step).resourceId();
  }

  private Map<ResourceKind, Long> kinds(String cluster) {
    return c1.account.everything().stream()
        .filter(r -> cluster.equals(r.tag("eksdesk:cluster")))
        .collect(Collectors.groupingBy(CloudResource::kind, Collectors.counting()));
  }

  private String failure(String step) {
    return c1.events(EngineEvent.StepFailed.class).stream()
        .filter(e -> e.stepId().equals(step))
        .map(e -> e.cause() + " / " + e.nextAction())
        .findFirst()
        .orElse("");
  }
}
