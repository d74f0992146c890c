package dev.eksdesk.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.UpdateOperation;
import dev.eksdesk.cloud.sandbox.CrashPoint;
import dev.eksdesk.cloud.sandbox.SimulatedCrash;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.ControlPlaneSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.NetworkSpec;
import dev.eksdesk.domain.spec.NodeGroupSpec;
import dev.eksdesk.engine.exec.EngineEvent;
import dev.eksdesk.engine.exec.RunOutcome;
import dev.eksdesk.engine.exec.RunSummary;
import dev.eksdesk.engine.exec.WorkloadMover;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changing a running cluster on the Sandbox (virtual clock): apply v1, edit the spec, the plan
 * shows exactly that change, apply makes it with one call per change, the account shows it, and a
 * second plan shows nothing.
 */
class DiffApplyTest {
  private static final ClusterSpec V1 = DefaultSpecs.firstCluster();
  private static final String CLUSTER = V1.name();

  @TempDir Path home;
  private DiffWorld world;

  @BeforeEach
  void applyVersionOne() throws Exception {
    world = new DiffWorld(home);
    PlanDiff first = world.diff(V1);
    assertThat(first.onlyAdds()).isTrue();
    assertThat(first.summary().create()).isEqualTo(first.changes().size());
    assertThat(world.apply(V1).outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(world.diff(V1).isEmpty()).as(DiffText.render(world.diff(V1), "")).isTrue();
  }

  @Test
  void scalingTheNodeGroupIsOneUpdateAndTheNodeAppears() throws Exception {
    ClusterSpec v2 = withNodeGroup(3, 1, 4);

    PlanDiff diff = world.diff(v2);

    assertThat(changed(diff)).containsExactly("eks:nodegroup UPDATE");
    assertThat(diff.change("eks:nodegroup").orElseThrow().attributes())
        .containsExactly(
            new AttributeChange("maxSize", "3", "4", false),
            new AttributeChange("desiredSize", "2", "3", false));
    assertThat(DiffText.render(diff, "the Sandbox"))
        .contains("   ~ eks:nodegroup (EKS managed node group pw-cluster/workers)")
        .contains("desiredSize: 2 -> 3")
        .contains("Plan: 0 to create, 1 to update, 0 to replace, 0 to delete, 0 to adopt, 48");
    RunSummary applied = world.apply(v2);
    assertThat(applied.message()).contains("1 updated, 0 replaced, 0 deleted");
    assertThat(world.account.mutations).containsExactly("update NODEGROUP_SCALING");
    assertThat(world.observed(CLUSTER, "eks:nodegroup").attributes())
        .containsEntry("desiredSize", "3")
        .containsEntry("maxSize", "4");
    assertThat(world.world.account.nodeGroupInstances(CLUSTER)).hasSize(3);
    assertThat(world.diff(v2).isEmpty()).isTrue();
  }

  @Test
  void anUpdateIsPolledOnThePollScheduleSoItsEndIsNoticedWithinSeconds() throws Exception {
    world.apply(withNodeGroup(3, 1, 3));

    List<java.time.Instant> polls = world.account.statusPolls;
    java.time.Instant called = world.account.updateCalls.get(0);
    assertThat(polls).hasSizeGreaterThan(2);
    java.time.Instant previous = called;
    for (java.time.Instant poll : polls) {
      assertThat(java.time.Duration.between(previous, poll))
          .as("poll at %s", poll)
          .isEqualTo(
              dev.eksdesk.engine.plan.PollSchedule.after(
                  java.time.Duration.between(called, previous)));
      previous = poll;
    }
  }

  @Test
  void nodeLabelsAreOneNodeGroupConfigUpdate() throws Exception {
    ClusterSpec v2 =
        V1.withNodeGroup(
            V1.nodeGroup().withLabelsAndTaints(Map.of("team", "data", "tier", "batch"), List.of()));

    PlanDiff diff = world.diff(v2);

    assertThat(changed(diff)).containsExactly("eks:nodegroup UPDATE");
    assertThat(diff.change("eks:nodegroup").orElseThrow().attributes())
        .containsExactly(new AttributeChange("labels", "", "team=data,tier=batch", false));
    assertThat(DiffText.render(diff, "the Sandbox"))
        .contains("labels: (none) -> team=data,tier=batch");
    world.apply(v2);
    assertThat(world.account.mutations).containsExactly("update NODEGROUP_LABELS");
    assertThat(world.observed(CLUSTER, "eks:nodegroup").attribute("labels"))
        .isEqualTo("team=data,tier=batch");
    assertThat(world.diff(v2).isEmpty()).isTrue();

    ClusterSpec v3 =
        V1.withNodeGroup(V1.nodeGroup().withLabelsAndTaints(Map.of("team", "web"), List.of()));
    assertThat(world.diff(v3).change("eks:nodegroup").orElseThrow().attributes())
        .containsExactly(new AttributeChange("labels", "team=data,tier=batch", "team=web", false));
    world.apply(v3);
    assertThat(world.account.mutations).containsExactly("update NODEGROUP_LABELS");
    assertThat(world.observed(CLUSTER, "eks:nodegroup").attribute("labels")).isEqualTo("team=web");
    assertThat(world.diff(v3).isEmpty()).isTrue();
  }

  @Test
  void nodeTaintsAreOneNodeGroupConfigUpdate() throws Exception {
    ClusterSpec v2 =
        V1.withNodeGroup(
            V1.nodeGroup()
                .withLabelsAndTaints(
                    Map.of(), List.of("dedicated=gpu:NoSchedule", "spot:PreferNoSchedule")));

    PlanDiff diff = world.diff(v2);

    assertThat(changed(diff)).containsExactly("eks:nodegroup UPDATE");
    assertThat(diff.change("eks:nodegroup").orElseThrow().attributes())
        .containsExactly(
            new AttributeChange(
                "taints", "", "dedicated=gpu:NoSchedule,spot:PreferNoSchedule", false));
    world.apply(v2);
    assertThat(world.account.mutations).containsExactly("update NODEGROUP_LABELS");
    assertThat(world.observed(CLUSTER, "eks:nodegroup").attribute("taints"))
        .isEqualTo("dedicated=gpu:NoSchedule,spot:PreferNoSchedule");
    assertThat(world.diff(v2).isEmpty()).isTrue();
  }

  @Test
  void endpointCidrsAndLoggingAreTwoClusterUpdates() throws Exception {
    ClusterSpec v2 =
        V1.withControlPlane(
            new ControlPlaneSpec(
                V1.controlPlane().kubernetesVersion(), List.of("198.51.100.0/24"), false));

    PlanDiff diff = world.diff(v2);

    assertThat(changed(diff)).containsExactly("eks:cluster UPDATE");
    assertThat(diff.change("eks:cluster").orElseThrow().operations())
        .containsExactly(UpdateOperation.CLUSTER_ENDPOINT, UpdateOperation.CLUSTER_LOGGING);
    world.apply(v2);
    assertThat(world.account.mutations)
        .containsExactly("update CLUSTER_ENDPOINT", "update CLUSTER_LOGGING");
    assertThat(world.observed(CLUSTER, "eks:cluster").attributes())
        .containsEntry("publicAccessCidrs", "198.51.100.0/24")
        .containsEntry("logging", "");
    assertThat(world.diff(v2).isEmpty()).isTrue();
  }

  @Test
  void aNewOperatorAddressMovesTheBastionRuleAndTheEndpointCidrs() throws Exception {
    String moved = "192.0.2.77/32";

    PlanDiff diff = world.diff(V1, moved, false);

    assertThat(changed(diff)).containsExactly("rule:bastion-ssh UPDATE", "eks:cluster UPDATE");
    assertThat(diff.change("rule:bastion-ssh").orElseThrow().attributes())
        .containsExactly(new AttributeChange("sourceCidr", "203.0.113.10/32", moved, false));
    world.apply(V1, moved, false);
    assertThat(world.account.mutations)
        .containsExactly("update RULE_SOURCE", "update CLUSTER_ENDPOINT");
    assertThat(world.observed(CLUSTER, "rule:bastion-ssh").attribute("sourceCidr"))
        .isEqualTo(moved);
    assertThat(world.diff(V1, moved, false).isEmpty()).isTrue();
  }

  @Test
  void theControlPlaneGoesUpOneMinorVersionThenTheAddOnsThenTheNodes() throws Exception {
    ClusterSpec old = withVersion(V1, "1.32");
    DiffWorld fresh = new DiffWorld(home.resolve("older"));
    fresh.apply(old);
    assertThat(fresh.observed(CLUSTER, "eks:addon:vpc-cni").attribute("version"))
        .isEqualTo("v1.19.2-eksbuild.1");

    PlanDiff diff = fresh.diff(withVersion(V1, "1.33"));

    assertThat(changed(diff))
        .containsExactly(
            "eks:cluster UPDATE",
            "eks:addon:vpc-cni UPDATE",
            "eks:nodegroup UPDATE",
            "eks:addon:metrics-server UPDATE");
    fresh.apply(withVersion(V1, "1.33"));
    // the walker runs steps in dependency order: the add-on waits for the control plane, the
    // node group for the VPC CNI, metrics-server for the nodes
    assertThat(fresh.account.mutations)
        .containsExactly(
            "update CLUSTER_VERSION",
            "update ADDON_VERSION",
            "update NODEGROUP_VERSION",
            "update ADDON_VERSION");
    assertThat(fresh.observed(CLUSTER, "eks:cluster").attribute("version")).isEqualTo("1.33");
    assertThat(fresh.observed(CLUSTER, "eks:addon:vpc-cni").attribute("version"))
        .isEqualTo("v1.19.5-eksbuild.1");
    assertThat(fresh.observed(CLUSTER, "eks:nodegroup").attribute("version")).isEqualTo("1.33");
    assertThat(fresh.diff(withVersion(V1, "1.33")).isEmpty()).isTrue();
  }

  @Test
  void aVersionSkipOrDowngradeIsRefusedAtPlanTimeSayingWhatToDo() {
    assertThatThrownBy(() -> world.diff(withVersion(V1, "1.33")))
        .isInstanceOf(PlanRefusedException.class)
        .hasMessageContaining("controlPlane.kubernetesVersion: 1.35 -> 1.33 is a downgrade")
        .hasMessageContaining("Put 1.35 back");
    DiffWorld fresh = new DiffWorld(home.resolve("older"));
    try {
      fresh.apply(withVersion(V1, "1.32"));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertThatThrownBy(() -> fresh.diff(withVersion(V1, "1.34")))
        .hasMessageContaining("1.32 -> 1.34 skips a version")
        .hasMessageContaining("Set 1.33, apply, then go on.");
  }

  @Test
  void disablingTheBastionDeletesItsInstanceGroupAndRulesDependentsFirst() throws Exception {
    ClusterSpec v2 = withBastion(false);

    PlanDiff diff = world.diff(v2);

    assertThat(diff.with(ChangeAction.DELETE).stream().map(Change::step))
        .containsExactlyInAnyOrder(
            "instance:bastion",
            "rule:bastion-ssh",
            "rule:cluster-https-from-bastion",
            "rule:worker-ssh-from-bastion",
            "sg:bastion",
            "sg:worker");
    List<String> order = diff.with(ChangeAction.DELETE).stream().map(Change::step).toList();
    assertThat(order.indexOf("instance:bastion")).isLessThan(order.indexOf("sg:bastion"));
    assertThat(order.indexOf("rule:bastion-ssh")).isLessThan(order.indexOf("sg:bastion"));
    // the worker host loses its group: a new one replaces it before the group goes
    assertThat(diff.change("instance:worker").orElseThrow().action())
        .isEqualTo(ChangeAction.REPLACE);
    RunSummary applied = world.apply(v2);
    assertThat(applied.outcome()).as(applied.message()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(applied.message()).contains("1 replaced, 7 deleted");
    assertThat(world.world.withStep("instance:bastion")).isZero();
    assertThat(world.world.withStep("sg:bastion")).isZero();
    assertThat(world.world.withStep("rule:bastion-ssh")).isZero();
    assertThat(world.world.withStep("instance:worker")).isOne();
    assertThat(world.diff(v2).isEmpty()).isTrue();
  }

  @Test
  void anotherInstanceTypeReplacesTheNodeGroupCreateBeforeDestroy() throws Exception {
    ClusterSpec v2 =
        V1.withNodeGroup(
            new NodeGroupSpec(
                "workers",
                "t3.large",
                2,
                1,
                3,
                V1.nodeGroup().capacityType(),
                20,
                V1.nodeGroup().amiType()));

    PlanDiff diff = world.diff(v2);

    assertThat(changed(diff)).containsExactly("launch-template REPLACE", "eks:nodegroup REPLACE");
    assertThat(DiffText.render(diff, "the Sandbox"))
        .contains(" -/+ eks:nodegroup")
        .contains("instanceType: t3.micro -> t3.large  # forces replacement");
    RunSummary applied = world.apply(v2);
    assertThat(applied.outcome()).as(applied.message()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(world.observed(CLUSTER, "eks:nodegroup").attributes())
        .containsEntry("name", "workers-1")
        .containsEntry("instanceType", "t3.large");
    assertThat(world.world.withStep("eks:nodegroup")).isOne();
    assertThat(world.world.withStep("launch-template")).isOne();
    assertThat(world.account.mutations)
        .containsExactlyInAnyOrder(
            "create LAUNCH_TEMPLATE",
            "create EKS_NODEGROUP",
            "delete EKS_NODEGROUP",
            "delete LAUNCH_TEMPLATE");
    assertThat(world.diff(v2).isEmpty()).isTrue();
  }

  @Test
  void theOldNodeGroupsPodsAreMovedOnceTheNewGroupIsActiveAndBeforeTheOldIsDeleted()
      throws Exception {
    List<String> seen = new ArrayList<>();
    world.mover =
        move -> {
          seen.add(
              move.nodeGroup()
                  + " -> "
                  + move.successor().orElse("")
                  + " x"
                  + move.successorNodes()
                  + ": new "
                  + world
                      .world
                      .account
                      .describe(ResourceKind.EKS_NODEGROUP, CLUSTER + "/workers-1")
                      .map(r -> r.state().name())
                      .orElse("missing")
                  + ", old "
                  + world
                      .world
                      .account
                      .describe(ResourceKind.EKS_NODEGROUP, CLUSTER + "/workers")
                      .map(r -> r.state().name())
                      .orElse("missing"));
          return CompletableFuture.completedFuture("moved 3 pods");
        };

    RunSummary applied = world.apply(larger());

    assertThat(applied.outcome()).as(applied.message()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(seen).containsExactly("workers -> workers-1 x2: new READY, old READY");
    assertThat(world.world.account.describe(ResourceKind.EKS_NODEGROUP, CLUSTER + "/workers"))
        .isEmpty();
  }

  @Test
  void podsThatCannotMoveKeepTheOldNodeGroupAndApplyAgainFinishes() throws Exception {
    world.mover =
        move ->
            CompletableFuture.failedFuture(
                new TimeoutException("the disruption budgets still keep default/web-1 on ip-1"));

    RunSummary refused = world.apply(larger());

    assertThat(refused.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(refused.failed()).containsExactly("eks:nodegroup@replaced");
    assertThat(world.world.events(EngineEvent.StepFailed.class))
        .anySatisfy(f -> assertThat(f.cause()).contains("default/web-1 on ip-1"));
    assertThat(world.world.account.describe(ResourceKind.EKS_NODEGROUP, CLUSTER + "/workers"))
        .isPresent();

    world.mover = WorkloadMover.NONE;
    RunSummary again = world.apply(larger());
    assertThat(again.outcome()).as(again.message()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(world.world.account.describe(ResourceKind.EKS_NODEGROUP, CLUSTER + "/workers"))
        .isEmpty();
    assertThat(world.account.mutations)
        .containsExactly("delete EKS_NODEGROUP", "delete LAUNCH_TEMPLATE");
  }

  private static ClusterSpec larger() {
    return V1.withNodeGroup(V1.nodeGroup().withInstanceType("t3.large"));
  }

  @Test
  void prefixDelegationUpdatesTheVpcCniAddOnAndRollsTheNodesOntoALaunchTemplateWith34Pods()
      throws Exception {
    ClusterSpec v2 = V1.withCni(CniMode.VPC_CNI_PREFIX_DELEGATION);

    PlanDiff diff = world.diff(v2);

    assertThat(changed(diff))
        .containsExactly(
            "launch-template REPLACE", "eks:addon:vpc-cni UPDATE", "eks:nodegroup REPLACE");
    assertThat(DiffText.render(diff, "the Sandbox"))
        .contains("   ~ eks:addon:vpc-cni")
        .contains("\"ENABLE_PREFIX_DELEGATION\":\"true\",\"WARM_PREFIX_TARGET\":\"1\"")
        .contains("maxPods: 4 -> 34  # forces replacement");
    RunSummary applied = world.apply(v2);
    assertThat(applied.outcome()).as(applied.message()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(world.account.mutations)
        .containsExactlyInAnyOrder(
            "update ADDON_CONFIGURATION",
            "create LAUNCH_TEMPLATE",
            "create EKS_NODEGROUP",
            "delete EKS_NODEGROUP",
            "delete LAUNCH_TEMPLATE");
    assertThat(world.observed(CLUSTER, "eks:addon:vpc-cni").attribute("configurationValues"))
        .contains("\"ENABLE_PREFIX_DELEGATION\":\"true\"");
    assertThat(world.world.account.nodeGroupInstances(CLUSTER))
        .hasSize(2)
        .allSatisfy(i -> assertThat(i.maxPods()).hasValue(34));
    assertThat(world.diff(v2).isEmpty()).isTrue();
  }

  @Test
  void aDestroyAfterAnInterruptedReplacementDeletesTheOldAndTheNewNodeGroup() throws Exception {
    ClusterSpec v2 =
        V1.withNodeGroup(
            new NodeGroupSpec(
                "workers",
                "t3.large",
                2,
                1,
                3,
                V1.nodeGroup().capacityType(),
                20,
                V1.nodeGroup().amiType()));
    world.start(v2, dev.eksdesk.engine.SandboxWorld.OPERATOR, false);
    while (world.world.withStep("eks:nodegroup") < 2) {
      world.world.clock.runFor(java.time.Duration.ofSeconds(1));
    }
    world.kill();
    assertThat(world.world.journals.read(CLUSTER).orElseThrow().steps())
        .containsKey("eks:nodegroup" + dev.eksdesk.engine.journal.ClusterJournal.REPLACED_SUFFIX);

    RunSummary destroyed = world.world.destroy();

    assertThat(destroyed.outcome()).as(destroyed.message()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(world.world.owned()).isZero();
  }

  @Test
  void aProcessKilledMidUpdateResumesWithoutASecondUpdate() throws Exception {
    ClusterSpec v2 = withNodeGroup(3, 1, 3);
    world.world.faults.crashAt("eks:nodegroup", CrashPoint.AFTER_CALL);

    world.apply(v2);
    assertThat(world.world.clock.crash()).isInstanceOf(SimulatedCrash.class);
    assertThat(world.account.mutations).containsExactly("update NODEGROUP_SCALING");

    PlanDiff resumed = world.diff(v2);
    assertThat(changed(resumed)).containsExactly("eks:nodegroup UPDATE");
    RunSummary done = world.apply(v2);
    assertThat(done.outcome()).as(done.message()).isEqualTo(RunOutcome.SUCCEEDED);
    // the second run asks with the same token: the sandbox hands back the same update
    assertThat(world.world.account.nodeGroupInstances(CLUSTER)).hasSize(3);
    assertThat(world.observed(CLUSTER, "eks:nodegroup").attribute("desiredSize")).isEqualTo("3");
    assertThat(world.diff(v2).isEmpty()).isTrue();
  }

  @Test
  void anUpgradeKilledRightAfterUpdateClusterVersionResumesWithoutASecondOne() throws Exception {
    DiffWorld older = new DiffWorld(home.resolve("older"));
    older.apply(withVersion(V1, "1.32"));
    older.world.faults.crashAt("eks:cluster", CrashPoint.AFTER_CALL);

    older.apply(withVersion(V1, "1.33"));
    assertThat(older.world.clock.crash()).isInstanceOf(SimulatedCrash.class);
    assertThat(older.account.mutations).containsExactly("update CLUSTER_VERSION");
    String cluster = older.observed(CLUSTER, "eks:cluster").id();

    RunSummary done = older.apply(withVersion(V1, "1.33"));

    assertThat(done.outcome()).as(done.message()).isEqualTo(RunOutcome.SUCCEEDED);
    // asked again with the same token, the account handed back the update already running
    assertThat(older.world.account.updatesOf(cluster, UpdateOperation.CLUSTER_VERSION)).isOne();
    assertThat(older.observed(CLUSTER, "eks:cluster").attribute("version")).isEqualTo("1.33");
    assertThat(older.diff(withVersion(V1, "1.33")).isEmpty()).isTrue();
  }

  @Test
  void anUpgradeKilledWhileTheControlPlaneUpdatesPollsItWithoutCallingAgain() throws Exception {
    DiffWorld older = new DiffWorld(home.resolve("older"));
    older.apply(withVersion(V1, "1.32"));
    older.start(withVersion(V1, "1.33"), dev.eksdesk.engine.SandboxWorld.OPERATOR, false);
    while (older.journal().pending("eks:cluster").map(p -> p.updateId().isEmpty()).orElse(true)) {
      older.world.clock.runFor(java.time.Duration.ofSeconds(1));
    }
    older.kill();

    RunSummary done = older.apply(withVersion(V1, "1.33"));

    assertThat(done.outcome()).as(done.message()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(older.account.mutations).doesNotContain("update CLUSTER_VERSION");
    String cluster = older.observed(CLUSTER, "eks:cluster").id();
    assertThat(older.world.account.updatesOf(cluster, UpdateOperation.CLUSTER_VERSION)).isOne();
    assertThat(older.observed(CLUSTER, "eks:nodegroup").attribute("version")).isEqualTo("1.33");
  }

  @Test
  void aProcessKilledWhileAnUpdateRunsPollsItAfterwardsWithoutCallingAgain() throws Exception {
    ClusterSpec v2 = withNodeGroup(3, 1, 3);
    world.start(v2, dev.eksdesk.engine.SandboxWorld.OPERATOR, false);
    while (world.journal().pending("eks:nodegroup").map(p -> p.updateId().isEmpty()).orElse(true)) {
      world.world.clock.runFor(java.time.Duration.ofSeconds(1));
    }
    world.kill();

    RunSummary done = world.apply(v2);

    assertThat(done.outcome()).as(done.message()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(world.account.mutations).isEmpty();
    assertThat(world.world.account.nodeGroupInstances(CLUSTER)).hasSize(3);
    assertThat(world.world.journals.read(CLUSTER).orElseThrow().pending()).isEmpty();
    assertThat(world.diff(v2).isEmpty()).isTrue();
  }

  @Test
  void aClusterBuiltBeforeTheHostsProfileAndTheEndpointPolicyGetsBothInPlace() throws Exception {
    String bastionId = world.observed(CLUSTER, "instance:bastion").id();
    String endpointId = world.observed(CLUSTER, "endpoint:s3").id();
    try (var journal = world.world.journals.open(CLUSTER)) {
      recordInputs(journal, "instance:bastion", "instanceProfileName", "");
      recordInputs(journal, "endpoint:s3", "policyDocument", "");
    }

    PlanDiff diff = world.diff(V1);

    assertThat(changed(diff))
        .containsExactlyInAnyOrder("instance:bastion UPDATE", "endpoint:s3 UPDATE");
    assertThat(diff.change("instance:bastion").orElseThrow().attributes())
        .extracting(AttributeChange::name)
        .containsExactly("instanceProfileName");
    world.apply(V1);
    assertThat(world.account.mutations)
        .containsExactlyInAnyOrder("update INSTANCE_PROFILE", "update ENDPOINT_POLICY");
    assertThat(world.observed(CLUSTER, "instance:bastion").id()).isEqualTo(bastionId);
    assertThat(world.observed(CLUSTER, "instance:bastion").attribute("instanceProfileName"))
        .isNotEmpty();
    assertThat(world.observed(CLUSTER, "endpoint:s3").id()).isEqualTo(endpointId);
    assertThat(world.observed(CLUSTER, "endpoint:s3").attribute("policyDocument"))
        .contains("starport-layer-bucket");
    assertThat(world.diff(V1).isEmpty()).isTrue();
  }

  /** Rewrites one recorded input, as an older Eksdesk that did not send it would have left it. */
  private void recordInputs(
      dev.eksdesk.engine.journal.ClusterJournal journal, String step, String input, String value)
      throws Exception {
    var record = journal.step(step).orElseThrow();
    Map<String, String> inputs = new java.util.HashMap<>(record.inputs());
    inputs.put(input, value);
    journal.recordPresent(step, world.observed(CLUSTER, step), record.generation(), inputs);
  }

  @Test
  void driftIsShownWithWhatChangedAndApplyPutsItBack() throws Exception {
    CloudResource route = world.observed(CLUSTER, "route:private-a-nat");
    world.world.account.delete(ResourceKind.ROUTE, route.id());
    CloudResource vpc = world.observed(CLUSTER, "vpc");
    world.world.account.update(
        ResourceKind.VPC,
        vpc.id(),
        UpdateOperation.TAGS,
        new dev.eksdesk.cloud.ResourceRequest.Vpc(vpc.attribute("cidr")),
        Map.of("team", "someone-else"),
        new ClientToken("by-hand"));

    PlanDiff diff = world.diff(V1);

    assertThat(changed(diff)).containsExactly("vpc UPDATE", "route:private-a-nat CREATE");
    assertThat(diff.change("route:private-a-nat").orElseThrow().reason())
        .isEqualTo("deleted outside Eksdesk");
    assertThat(diff.change("vpc").orElseThrow().attributes())
        .containsExactly(new AttributeChange("tags.team", "someone-else", "tests", false));
    world.apply(V1);
    assertThat(world.account.mutations).containsExactly("update TAGS", "create ROUTE");
    assertThat(world.observed(CLUSTER, "vpc").tag("team")).isEqualTo("tests");
    assertThat(world.diff(V1).isEmpty()).isTrue();
  }

  @Test
  void anotherVpcCidrIsRefusedUnlessAllowedThenTheClusterIsRebuiltDeletingFirst() throws Exception {
    NetworkSpec n = V1.network();
    ClusterSpec v2 =
        V1.withNetwork(
            new NetworkSpec(
                "10.1.0.0/16",
                n.zones(),
                DefaultSpecs.subnets(
                    dev.eksdesk.domain.net.Ipv4Cidr.parse("10.1.0.0/16"),
                    n.zones(),
                    DefaultSpecs.PUBLIC_PREFIX,
                    DefaultSpecs.PRIVATE_PREFIX),
                n.natMode(),
                n.bastion(),
                n.worker(),
                n.storage(),
                n.cloudTrail()));

    assertThatThrownBy(() -> world.diff(v2))
        .isInstanceOf(PlanRefusedException.class)
        .hasMessageContaining("network.vpcCidr: 10.0.0.0/16 -> 10.1.0.0/16 forces replacement")
        .hasMessageContaining("--allow-replace");
    PlanDiff allowed = world.diff(v2, dev.eksdesk.engine.SandboxWorld.OPERATOR, true);
    assertThat(allowed.change("vpc").orElseThrow().action()).isEqualTo(ChangeAction.REPLACE);
    assertThat(allowed.change("eks:cluster").orElseThrow().deleteFirst()).isTrue();
    assertThat(allowed.change("role:cluster").orElseThrow().action()).isEqualTo(ChangeAction.SAME);

    RunSummary rebuilt = world.apply(v2, dev.eksdesk.engine.SandboxWorld.OPERATOR, true);

    assertThat(rebuilt.outcome()).as(rebuilt.message()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(world.observed(CLUSTER, "vpc").attribute("cidr")).isEqualTo("10.1.0.0/16");
    assertThat(world.world.withStep("vpc")).isOne();
    assertThat(world.world.withStep("eks:cluster")).isOne();
    assertThat(world.world.withStep("eks:nodegroup")).isOne();
    assertThat(world.diff(v2).isEmpty()).isTrue();
  }

  @Test
  void aSubnetShrunkBelowTheAddressesItsNodesHoldIsRefusedEvenWithAllowReplace() throws Exception {
    world.apply(withNodeGroup(6, 1, 6)); // 3 nodes per private subnet: 13 addresses taken
    NetworkSpec n = V1.network();
    int index =
        n.subnets()
            .indexOf(
                n.subnets().stream()
                    .filter(s -> s.kind() == dev.eksdesk.domain.spec.SubnetKind.PRIVATE)
                    .findFirst()
                    .orElseThrow());
    dev.eksdesk.domain.spec.SubnetSpec old = n.subnets().get(index);
    String smaller = old.cidr().substring(0, old.cidr().indexOf('/')) + "/28";
    List<dev.eksdesk.domain.spec.SubnetSpec> subnets = new java.util.ArrayList<>(n.subnets());
    subnets.set(
        index, new dev.eksdesk.domain.spec.SubnetSpec(old.name(), old.zone(), old.kind(), smaller));
    ClusterSpec v2 =
        withNodeGroup(6, 1, 6)
            .withNetwork(
                new NetworkSpec(
                    n.vpcCidr(),
                    n.zones(),
                    subnets,
                    n.natMode(),
                    n.bastion(),
                    n.worker(),
                    n.storage(),
                    n.cloudTrail()));
    world.account.mutations.clear();

    assertThatThrownBy(() -> world.diff(v2, dev.eksdesk.engine.SandboxWorld.OPERATOR, true))
        .isInstanceOf(PlanRefusedException.class)
        .hasMessageContaining(
            "network.subnets["
                + old.name()
                + "].cidr: "
                + old.cidr()
                + " -> "
                + smaller
                + " leaves 11 addresses, but nodes and pods hold 13 in subnet-")
        .hasMessageContaining("Give it a /27 or larger, or scale the node group down first.");
    assertThat(world.account.mutations).isEmpty();
  }

  /** docs/PERFORMANCE.md: the plan diff of the default cluster, refresh included. */
  @Test
  @org.junit.jupiter.api.Tag("benchmark")
  void planDiffOfTheDefaultClusterWithItsRefresh() throws Exception {
    for (int i = 0; i < 20; i++) {
      world.diff(V1); // warm-up
    }
    long[] nanos = new long[50];
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      world.diff(V1);
      nanos[i] = System.nanoTime() - start;
    }
    java.util.Arrays.sort(nanos);
    System.out.printf(
        "plan diff of the default cluster on the Sandbox, refresh included: %d steps, median"
            + " %.2f ms, p90 %.2f ms%n",
        world.diff(V1).changes().size(), nanos[25] / 1e6, nanos[45] / 1e6);
  }

  private static List<String> changed(PlanDiff diff) {
    return diff.changes().stream()
        .filter(c -> c.action() != ChangeAction.SAME)
        .map(c -> c.step() + " " + c.action())
        .toList();
  }

  private static ClusterSpec withNodeGroup(int desired, int min, int max) {
    return V1.withNodeGroup(V1.nodeGroup().withSizes(desired, min, max));
  }

  private static ClusterSpec withVersion(ClusterSpec spec, String version) {
    return spec.withControlPlane(spec.controlPlane().withKubernetesVersion(version));
  }

  private static ClusterSpec withBastion(boolean enabled) {
    NetworkSpec n = V1.network();
    return V1.withNetwork(n.withBastion(n.bastion().withEnabled(enabled)));
  }
}
