package dev.eksdesk.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudAccount;
import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.cloud.ForwardingAccount;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.engine.exec.EngineEvent;
import dev.eksdesk.engine.exec.RunOutcome;
import dev.eksdesk.engine.exec.RunSummary;
import dev.eksdesk.engine.journal.StepRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An endpoint that does not implement EKS add-ons (as moto): each add-on step is recorded as
 * skipped with the endpoint's reason, never as a ready resource, and the rest of the cluster is
 * built; the next plan shows them unchanged with that reason, each apply asks again, and destroy
 * has nothing of them to delete.
 */
class NotImplementedStepsTest {
  private static final ClusterSpec SPEC = DefaultSpecs.firstCluster();
  private static final List<String> ADDONS =
      List.of("eks:addon:vpc-cni", "eks:addon:metrics-server");
  private static final String REASON = "the endpoint does not implement this operation";

  @TempDir Path home;
  private DiffWorld world;

  @BeforeEach
  void setUp() {
    world = new DiffWorld(home, WithoutAddons::new);
  }

  @Test
  void theAddOnsAreSkippedWithTheReasonAndTheClusterIsBuilt() throws Exception {
    RunSummary applied = world.apply(SPEC);

    assertThat(applied.outcome()).as(applied.message()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(applied.skipped()).containsExactlyInAnyOrderElementsOf(ADDONS);
    assertThat(applied.message()).contains("2 skipped as the endpoint does not implement them");
    Map<String, StepRecord> steps = world.world.journals.read(SPEC.name()).orElseThrow().steps();
    for (String addon : ADDONS) {
      assertThat(steps.get(addon).status()).as(addon).isEqualTo(StepRecord.StepStatus.SKIPPED);
      assertThat(steps.get(addon).resourceId()).as(addon).isEmpty();
      assertThat(steps.get(addon).skippedReason())
          .as(addon)
          .hasValueSatisfying(reason -> assertThat(reason).contains(REASON));
    }
    assertThat(steps.get("eks:nodegroup").status())
        .as("the node group waited for the vpc-cni add-on's step, then was made")
        .isEqualTo(StepRecord.StepStatus.CREATED);
    assertThat(world.world.events(EngineEvent.StepSkipped.class))
        .extracting(EngineEvent.StepSkipped::stepId)
        .containsExactlyInAnyOrderElementsOf(ADDONS);
  }

  @Test
  void theNextPlanShowsThemUnchangedWithTheReasonAndApplyAsksAgain() throws Exception {
    world.apply(SPEC);

    PlanDiff diff = world.diff(SPEC);

    assertThat(diff.isEmpty()).as(DiffText.render(diff, "")).isTrue();
    Change vpcCni = diff.change("eks:addon:vpc-cni").orElseThrow();
    assertThat(vpcCni.action()).isEqualTo(ChangeAction.SAME);
    assertThat(vpcCni.reason()).startsWith("skipped: ").contains(REASON);

    RunSummary again = world.apply(SPEC);

    assertThat(again.outcome()).as(again.message()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(again.changed()).isZero();
    assertThat(again.skipped()).containsExactlyInAnyOrderElementsOf(ADDONS);
    assertThat(world.account.mutations)
        .as("only the add-ons are asked for again")
        .containsExactly("create EKS_ADDON", "create EKS_ADDON");
  }

  @Test
  void destroyHasNothingOfThemToDelete() throws Exception {
    world.apply(SPEC);

    RunSummary destroyed = world.world.destroy();

    assertThat(destroyed.outcome()).as(destroyed.message()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(world.world.owned()).isZero();
  }

  /** Answers every add-on create as an endpoint without EKS add-ons does. */
  private static final class WithoutAddons extends ForwardingAccount {
    WithoutAddons(CloudAccount account) {
      super(account);
    }

    @Override
    public CreateResult create(
        ResourceRequest request, ClientToken token, Map<String, String> tags) {
      if (request.kind() == ResourceKind.EKS_ADDON) {
        throw new CloudException(
            FailureKind.NOT_IMPLEMENTED, "NotImplemented", "CreateAddon: " + REASON);
      }
      return super.create(request, token, tags);
    }
  }
}
