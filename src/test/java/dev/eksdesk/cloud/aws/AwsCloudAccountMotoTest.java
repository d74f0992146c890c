package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.PrivateKeyFile;
import dev.eksdesk.cloud.RealtimeScheduler;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceTags;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.engine.exec.Engine;
import dev.eksdesk.engine.exec.EngineEvent;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;

/**
 * The real engine applies the default cluster against moto through {@link AwsCloudAccount}, on a
 * clock running {@value #SPEED} times faster than the wall clock; the account is then checked with
 * plain SDK calls: every step's resource exists once with its tags, a second apply creates nothing,
 * and destroy leaves nothing.
 */
class AwsCloudAccountMotoTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  private static final double SPEED = 200;
  private static final String OPERATOR = "203.0.113.10/32";
  private static final Region REGION = Region.of(DefaultSpecs.REGION);

  /** moto 5.2 implements neither EKS add-ons nor access entries. */
  private static final List<String> NOT_IMPLEMENTED_BY_MOTO =
      List.of("eks:access-entry", "eks:addon:vpc-cni", "eks:addon:metrics-server");

  @TempDir Path home;

  private AwsClients clients;
  private RealtimeScheduler scheduler;
  private AwsCloudAccount account;
  private SdkTagCounts counts;
  private Plan plan;

  /** Failed and retried steps, to explain a failing assertion. */
  private final List<EngineEvent> troubles = new java.util.concurrent.CopyOnWriteArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    MOTO.reset();
    clients = new AwsClients(MOTO.settings(REGION), new ApiCallCounter());
    scheduler = new RealtimeScheduler(SPEED, 4);
    account = new AwsCloudAccount(clients, new AccountChoice.Environment());
    counts = new SdkTagCounts(clients);
    plan = new ClusterPlanner(InstanceCatalog.bundled()).plan(withTrailAndFlowLogs(), OPERATOR);
  }

  @AfterEach
  void tearDown() {
    scheduler.close();
    clients.close();
  }

  @Test
  void applyCreatesEveryStepOnceWithItsTagsAndDestroyLeavesNothing() throws Exception {
    RunSummary applied = apply();

    assertThat(applied.outcome())
        .as("%s %s", applied.message(), troubles)
        .isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(applied.changed()).isEqualTo(plan.size() - NOT_IMPLEMENTED_BY_MOTO.size());
    assertThat(applied.skipped()).containsExactlyInAnyOrderElementsOf(NOT_IMPLEMENTED_BY_MOTO);
    assertThat(applied.message())
        .contains("3 skipped as the endpoint does not implement them: eks:access-entry");
    Map<String, Integer> byStep = counts.byStep(plan.cluster());
    assertThat(byStep).isEqualTo(expectedOncePerTaggedStep());
    assertThat(home.resolve("keys").resolve("key.pem")).content().contains("OPENSSH PRIVATE KEY");
    assertThat(rootVolumesOfTheHosts())
        .as("bastion and worker root volumes")
        .hasSize(2)
        .allMatch(v -> Boolean.TRUE.equals(v.encrypted()));

    RunSummary destroyed = destroy();

    assertThat(destroyed.outcome())
        .as("%s %s", destroyed.message(), troubles)
        .isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(destroyed.leftovers()).isEmpty();
    assertThat(counts.byStep(plan.cluster())).isEmpty();
    assertThat(account.inventory(ResourceTags.ownedBy(plan.cluster()))).isEmpty();
  }

  @Test
  void aSecondApplyFindsEverythingAndCreatesNothing() throws Exception {
    apply();
    Map<String, Integer> before = counts.byStep(plan.cluster());

    RunSummary again = apply();

    assertThat(again.outcome())
        .as("%s %s", again.message(), troubles)
        .isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(again.changed()).isZero();
    assertThat(again.unchanged()).isEqualTo(plan.size() - NOT_IMPLEMENTED_BY_MOTO.size());
    assertThat(again.skipped()).containsExactlyInAnyOrderElementsOf(NOT_IMPLEMENTED_BY_MOTO);
    assertThat(counts.byStep(plan.cluster())).isEqualTo(before);
  }

  @Test
  void anApplyWithoutJournalAdoptsWhatItFindsByTag() throws Exception {
    apply();
    Map<String, Integer> before = counts.byStep(plan.cluster());
    Files.delete(new JournalStore(home, scheduler).journalFile(plan.cluster()));
    Files.deleteIfExists(new JournalStore(home, scheduler).backupFile(plan.cluster()));

    RunSummary again = apply();

    assertThat(again.outcome())
        .as("%s %s", again.message(), troubles)
        .isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(counts.byStep(plan.cluster())).isEqualTo(before);
  }

  @Test
  void theSecurityDefaultsOfThePlanReachTheApi() throws Exception {
    apply();
    Map<String, String> ids = journalIds();
    var ec2 = clients.ec2();

    var data =
        ec2.describeLaunchTemplateVersions(r -> r.launchTemplateId(ids.get("launch-template")))
            .launchTemplateVersions()
            .get(0)
            .launchTemplateData();
    assertThat(data.metadataOptions().httpTokensAsString()).isEqualTo("required");
    assertThat(data.metadataOptions().httpPutResponseHopLimit()).isEqualTo(1);
    assertThat(data.blockDeviceMappings().get(0).ebs().encrypted()).isTrue();

    String bucket = ids.get("bucket");
    var block =
        clients.s3().getPublicAccessBlock(r -> r.bucket(bucket)).publicAccessBlockConfiguration();
    assertThat(
            List.of(
                block.blockPublicAcls(),
                block.ignorePublicAcls(),
                block.blockPublicPolicy(),
                block.restrictPublicBuckets()))
        .containsOnly(true);
    assertThat(
            clients
                .s3()
                .getBucketEncryption(r -> r.bucket(bucket))
                .serverSideEncryptionConfiguration()
                .rules()
                .get(0)
                .applyServerSideEncryptionByDefault()
                .sseAlgorithmAsString())
        .isEqualTo("AES256");

    var cluster = clients.eks().describeCluster(r -> r.name(plan.cluster())).cluster();
    assertThat(cluster.resourcesVpcConfig().endpointPrivateAccess()).isTrue();
    assertThat(cluster.resourcesVpcConfig().publicAccessCidrs()).containsExactly(OPERATOR);
    assertThat(cluster.logging().clusterLogging().get(0).typesAsStrings())
        .containsExactlyInAnyOrderElementsOf(ClusterPlanner.CONTROL_PLANE_LOGS);

    var instances =
        ec2
            .describeInstances(
                r -> r.instanceIds(ids.get("instance:bastion"), ids.get("instance:worker")))
            .reservations()
            .stream()
            .flatMap(res -> res.instances().stream())
            .toList();
    assertThat(instances)
        .allSatisfy(
            i -> assertThat(i.metadataOptions().httpTokensAsString()).isEqualTo("required"));

    var sshRule =
        ec2.describeSecurityGroupRules(r -> r.securityGroupRuleIds(ids.get("rule:bastion-ssh")))
            .securityGroupRules()
            .get(0);
    assertThat(sshRule.cidrIpv4()).isEqualTo(OPERATOR);
    assertThat(List.of(sshRule.fromPort(), sshRule.toPort())).containsOnly(22);

    assertThat(
            clients
                .iam()
                .listAttachedRolePolicies(r -> r.roleName(ids.get("role:nodes")))
                .attachedPolicies()
                .stream()
                .map(p -> p.policyArn()))
        .containsExactlyInAnyOrderElementsOf(ClusterPlanner.NODE_POLICIES);
  }

  @Test
  void theStepsTheEndpointDoesNotImplementAreRecordedAsSkippedWithTheReason() throws Exception {
    apply();
    Map<String, StepRecord> steps =
        new JournalStore(home, scheduler).read(plan.cluster()).orElseThrow().steps();

    for (String step : NOT_IMPLEMENTED_BY_MOTO) {
      StepRecord recorded = steps.get(step);
      assertThat(recorded.status()).as(step).isEqualTo(StepRecord.StepStatus.SKIPPED);
      assertThat(recorded.resourceId()).as(step).isEmpty();
      assertThat(recorded.skippedReason())
          .as(step)
          .hasValueSatisfying(reason -> assertThat(reason).contains("does not implement"));
    }
    assertThat(steps.get("eks:cluster").status()).isEqualTo(StepRecord.StepStatus.CREATED);
    assertThat(steps.get("eks:nodegroup").status())
        .as("a step after a skipped one goes on")
        .isEqualTo(StepRecord.StepStatus.CREATED);
  }

  @Test
  void theSaferDefaultsReachTheApi() throws Exception {
    apply();
    Map<String, String> ids = journalIds();
    var ec2 = clients.ec2();
    var s3 = clients.s3();

    var instances =
        ec2
            .describeInstances(
                r -> r.instanceIds(ids.get("instance:bastion"), ids.get("instance:worker")))
            .reservations()
            .stream()
            .flatMap(res -> res.instances().stream())
            .toList();
    String profileArn =
        clients
            .iam()
            .getInstanceProfile(r -> r.instanceProfileName(ids.get("instance-profile:hosts")))
            .instanceProfile()
            .arn();
    assertThat(instances)
        .hasSize(2)
        .allSatisfy(i -> assertThat(i.iamInstanceProfile().arn()).isEqualTo(profileArn));
    assertThat(
            clients
                .iam()
                .getInstanceProfile(r -> r.instanceProfileName(ids.get("instance-profile:hosts")))
                .instanceProfile()
                .roles()
                .stream()
                .map(role -> role.roleName()))
        .containsExactly(ids.get("role:hosts"));
    assertThat(
            clients
                .iam()
                .listAttachedRolePolicies(r -> r.roleName(ids.get("role:hosts")))
                .attachedPolicies()
                .stream()
                .map(p -> p.policyArn()))
        .containsExactly(ClusterPlanner.SSM_POLICY);

    for (String step : List.of("bucket", "trail-bucket", "flow-log-bucket")) {
      String bucket = ids.get(step);
      assertThat(s3.getBucketVersioning(r -> r.bucket(bucket)).statusAsString())
          .as(step)
          .isEqualTo("Enabled");
      assertThat(s3.getBucketPolicy(r -> r.bucket(bucket)).policy())
          .as(step)
          .contains("\"aws:SecureTransport\":\"false\"")
          .contains("\"Deny\"");
    }
    assertThat(s3.getBucketPolicy(r -> r.bucket(ids.get("trail-bucket"))).policy())
        .as("CloudTrail's statements kept beside the TLS one")
        .contains("cloudtrail.amazonaws.com");

    String endpointPolicy =
        ec2.describeVpcEndpoints(r -> r.vpcEndpointIds(ids.get("endpoint:s3")))
            .vpcEndpoints()
            .get(0)
            .policyDocument();
    assertThat(endpointPolicy)
        .contains("arn:aws:s3:::" + ids.get("bucket") + "/*")
        .contains("prod-" + REGION.id() + "-starport-layer-bucket")
        .contains("al2023-repos-" + REGION.id() + "-*")
        .contains("amazonlinux-2-repos-" + REGION.id())
        .doesNotContain("\"Resource\":\"*\"");

    var flowLogs = ec2.describeFlowLogs(r -> r.flowLogIds(ids.get("flow-log"))).flowLogs();
    assertThat(flowLogs).hasSize(1);
    assertThat(flowLogs.get(0).resourceId()).isEqualTo(ids.get("vpc"));
    assertThat(flowLogs.get(0).logDestination()).endsWith(ids.get("flow-log-bucket"));

    var defaultGroup =
        ec2.describeSecurityGroups(
                r ->
                    r.filters(
                        f -> f.name("vpc-id").values(ids.get("vpc")),
                        f -> f.name("group-name").values("default")))
            .securityGroups()
            .get(0);
    assertThat(defaultGroup.ipPermissions()).isEmpty();
    assertThat(defaultGroup.ipPermissionsEgress()).isEmpty();
  }

  /** The default cluster with the opt-in CloudTrail and flow logs, so every bucket is made. */
  private static dev.eksdesk.domain.spec.ClusterSpec withTrailAndFlowLogs() {
    var spec = DefaultSpecs.firstCluster();
    var n = spec.network();
    return spec.withNetwork(
        new dev.eksdesk.domain.spec.NetworkSpec(
            n.vpcCidr(),
            n.zones(),
            n.subnets(),
            n.natMode(),
            n.bastion(),
            n.worker(),
            n.storage(),
            true,
            true));
  }

  /** Step id → the resource id the journal holds for it. */
  private Map<String, String> journalIds() throws Exception {
    return new JournalStore(home, scheduler)
        .read(plan.cluster()).orElseThrow().steps().entrySet().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    Map.Entry::getKey, e -> e.getValue().resourceId()));
  }

  /**
   * Each taggable step once, except the add-ons: moto does not implement EKS add-ons, so those
   * steps are recorded as skipped with nothing behind them (see docs/AWS-EMULATOR.md).
   */
  private Map<String, Integer> expectedOncePerTaggedStep() {
    return plan.steps().stream()
        .filter(s -> s.kind().taggable() && s.kind() != ResourceKind.EKS_ADDON)
        .collect(java.util.stream.Collectors.toMap(Step::id, s -> 1));
  }

  /** The EBS volumes attached to the cluster's running instances, with plain SDK calls. */
  private List<software.amazon.awssdk.services.ec2.model.Volume> rootVolumesOfTheHosts() {
    List<String> instances =
        clients
            .ec2()
            .describeInstances(
                r ->
                    r.filters(
                        f -> f.name("tag:" + ResourceTags.CLUSTER).values(plan.cluster()),
                        f -> f.name("instance-state-name").values("running")))
            .reservations()
            .stream()
            .flatMap(r -> r.instances().stream())
            .map(software.amazon.awssdk.services.ec2.model.Instance::instanceId)
            .toList();
    return clients
        .ec2()
        .describeVolumes(r -> r.filters(f -> f.name("attachment.instance-id").values(instances)))
        .volumes();
  }

  private RunSummary apply() throws Exception {
    return run(
        engine ->
            journal ->
                engine.apply(
                    plan,
                    journal,
                    Map.of("team", "tests"),
                    new PrivateKeyFile(home.resolve("keys").resolve("key.pem"))));
  }

  private RunSummary destroy() throws Exception {
    return run(engine -> journal -> engine.destroy(plan, journal));
  }

  private RunSummary run(Function<Engine, Function<ClusterJournal, EngineRun>> start)
      throws Exception {
    Engine engine = new Engine(account, scheduler, EngineSettings.defaults());
    try (ClusterJournal journal = new JournalStore(home, scheduler).open(plan.cluster())) {
      EngineRun run = start.apply(engine).apply(journal);
      run.subscribe(
          e -> {
            if (e instanceof EngineEvent.StepFailed || e instanceof EngineEvent.StepRetrying) {
              troubles.add(e);
            }
          });
      run.start();
      return run.completion().get(3, TimeUnit.MINUTES);
    }
  }
}
