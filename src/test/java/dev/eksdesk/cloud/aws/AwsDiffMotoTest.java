package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.PrivateKeyFile;
import dev.eksdesk.cloud.RealtimeScheduler;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.ControlPlaneSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.NetworkSpec;
import dev.eksdesk.engine.diff.ChangeAction;
import dev.eksdesk.engine.diff.DiffPlanner;
import dev.eksdesk.engine.diff.DiffText;
import dev.eksdesk.engine.diff.PlanDiff;
import dev.eksdesk.engine.exec.Engine;
import dev.eksdesk.engine.exec.EngineEvent;
import dev.eksdesk.engine.exec.EngineRun;
import dev.eksdesk.engine.exec.EngineSettings;
import dev.eksdesk.engine.exec.RunOutcome;
import dev.eksdesk.engine.exec.RunSummary;
import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.engine.journal.JournalStore;
import dev.eksdesk.engine.plan.ClusterPlanner;
import dev.eksdesk.engine.plan.Plan;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;

/**
 * Changing a running cluster on moto through {@link AwsCloudAccount}: each edit of the spec is
 * planned as exactly that change, applied with the AWS update calls, checked with plain SDK calls,
 * and planned again as no change.
 */
class AwsDiffMotoTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  private static final String OPERATOR = "203.0.113.10/32";
  private static final ClusterSpec V1 = DefaultSpecs.firstCluster();
  private static final Map<String, String> TAGS = Map.of("team", "tests");

  @TempDir Path home;

  private AwsClients clients;
  private RealtimeScheduler scheduler;
  private AwsCloudAccount account;

  /** Failed steps, to explain a failing assertion. */
  private final List<EngineEvent> troubles = new java.util.concurrent.CopyOnWriteArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    MOTO.reset();
    clients = new AwsClients(MOTO.settings(Region.of(V1.region())), new ApiCallCounter());
    scheduler = new RealtimeScheduler(200, 4);
    account = new AwsCloudAccount(clients, new AccountChoice.Environment());
    assertThat(apply(V1, OPERATOR, TAGS).outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(diff(V1, OPERATOR, TAGS).isEmpty())
        .as(DiffText.render(diff(V1, OPERATOR, TAGS), "moto"))
        .isTrue();
  }

  @AfterEach
  void tearDown() {
    scheduler.close();
    clients.close();
  }

  @Test
  void scalingIsUpdateNodegroupConfig() throws Exception {
    ClusterSpec v2 = V1.withNodeGroup(V1.nodeGroup().withSizes(3, 1, 4));

    assertThat(changed(diff(v2, OPERATOR, TAGS))).containsExactly("eks:nodegroup UPDATE");
    applied(v2, OPERATOR, TAGS);

    var scaling =
        clients
            .eks()
            .describeNodegroup(r -> r.clusterName(V1.name()).nodegroupName("workers"))
            .nodegroup()
            .scalingConfig();
    assertThat(List.of(scaling.minSize(), scaling.desiredSize(), scaling.maxSize()))
        .containsExactly(1, 3, 4);
    assertThat(diff(v2, OPERATOR, TAGS).isEmpty()).isTrue();
  }

  @Test
  void labelsAndTaintsAreUpdateNodegroupConfigSettingTheWantedAndRemovingTheRest()
      throws Exception {
    ClusterSpec v2 =
        V1.withNodeGroup(
            V1.nodeGroup()
                .withLabelsAndTaints(
                    Map.of("team", "data", "tier", "batch"), List.of("dedicated=gpu:NoSchedule")));
    assertThat(changed(diff(v2, OPERATOR, TAGS))).containsExactly("eks:nodegroup UPDATE");
    applied(v2, OPERATOR, TAGS);
    ClusterSpec v3 =
        V1.withNodeGroup(
            V1.nodeGroup().withLabelsAndTaints(Map.of("team", "web"), List.of("spot:NoExecute")));
    applied(v3, OPERATOR, TAGS);

    var group =
        clients
            .eks()
            .describeNodegroup(r -> r.clusterName(V1.name()).nodegroupName("workers"))
            .nodegroup();
    assertThat(group.labels()).isEqualTo(Map.of("team", "web"));
    assertThat(group.taints())
        .singleElement()
        .satisfies(
            t ->
                assertThat(t.key() + " " + t.value() + " " + t.effectAsString())
                    .isEqualTo("spot null NO_EXECUTE"));
    assertThat(diff(v3, OPERATOR, TAGS).isEmpty()).isTrue();
  }

  @Test
  void endpointCidrsAndLoggingAreUpdateClusterConfig() throws Exception {
    ClusterSpec v2 =
        V1.withControlPlane(
            new ControlPlaneSpec(
                V1.controlPlane().kubernetesVersion(), List.of("198.51.100.0/24"), false));

    assertThat(changed(diff(v2, OPERATOR, TAGS))).containsExactly("eks:cluster UPDATE");
    applied(v2, OPERATOR, TAGS);

    var cluster = clients.eks().describeCluster(r -> r.name(V1.name())).cluster();
    assertThat(cluster.resourcesVpcConfig().publicAccessCidrs()).containsExactly("198.51.100.0/24");
    assertThat(cluster.logging().clusterLogging())
        .noneSatisfy(setup -> assertThat(setup.enabled()).isTrue());
    assertThat(diff(v2, OPERATOR, TAGS).isEmpty()).isTrue();
  }

  @Test
  void aNewOperatorAddressMovesTheSshRuleAndATagChangedByHandIsPutBack() throws Exception {
    String moved = "192.0.2.77/32";
    var ec2 = clients.ec2();
    String vpc = journalIds().get("vpc");
    ec2.createTags(r -> r.resources(vpc).tags(t -> t.key("team").value("someone-else")));

    PlanDiff diff = diff(V1, moved, TAGS);
    assertThat(changed(diff))
        .containsExactly("vpc UPDATE", "rule:bastion-ssh UPDATE", "eks:cluster UPDATE");
    assertThat(diff.change("vpc").orElseThrow().attributes())
        .singleElement()
        .satisfies(a -> assertThat(a.name() + " " + a.from()).isEqualTo("tags.team someone-else"));
    applied(V1, moved, TAGS);

    assertThat(
            ec2.describeSecurityGroupRules(
                    r -> r.filters(f -> f.name("tag:eksdesk:step").values("rule:bastion-ssh")))
                .securityGroupRules())
        .singleElement()
        .satisfies(rule -> assertThat(rule.cidrIpv4()).isEqualTo(moved));
    assertThat(ec2.describeVpcs(r -> r.vpcIds(vpc)).vpcs().get(0).tags())
        .anySatisfy(
            tag -> {
              assertThat(tag.key()).isEqualTo("team");
              assertThat(tag.value()).isEqualTo("tests");
            });
    assertThat(
            clients
                .eks()
                .describeCluster(r -> r.name(V1.name()))
                .cluster()
                .resourcesVpcConfig()
                .publicAccessCidrs())
        .containsExactly(moved);
    assertThat(diff(V1, moved, TAGS).isEmpty()).isTrue();
  }

  @Test
  void followingTheOperatorMovesPinnedEndpointCidrsAndSshRuleToItsAddress() throws Exception {
    String elsewhere = "198.51.100.7/32";
    ClusterSpec pinned =
        V1.withControlPlane(V1.controlPlane().withPublicAccessCidrs(List.of(elsewhere)))
            .withNetwork(
                V1.network().withBastion(V1.network().bastion().withSshIngressCidr(elsewhere)));
    applied(pinned, OPERATOR, TAGS);
    assertThat(endpointCidrs()).containsExactly(elsewhere);

    ClusterSpec followed = pinned.withAccessFromOperatorOnly();
    assertThat(changed(diff(followed, OPERATOR, TAGS)))
        .containsExactly("rule:bastion-ssh UPDATE", "eks:cluster UPDATE");
    applied(followed, OPERATOR, TAGS);

    assertThat(endpointCidrs()).containsExactly(OPERATOR);
    assertThat(
            clients
                .ec2()
                .describeSecurityGroupRules(
                    r -> r.filters(f -> f.name("tag:eksdesk:step").values("rule:bastion-ssh")))
                .securityGroupRules())
        .singleElement()
        .satisfies(
            rule -> {
              assertThat(rule.cidrIpv4()).isEqualTo(OPERATOR);
              assertThat(rule.fromPort()).isEqualTo(22);
            });
    assertThat(diff(followed, OPERATOR, TAGS).isEmpty()).isTrue();
  }

  private List<String> endpointCidrs() {
    return clients
        .eks()
        .describeCluster(r -> r.name(V1.name()))
        .cluster()
        .resourcesVpcConfig()
        .publicAccessCidrs();
  }

  @Test
  void disablingTheBastionDeletesItsInstanceGroupAndRule() throws Exception {
    NetworkSpec n = V1.network();
    ClusterSpec v2 = V1.withNetwork(n.withBastion(n.bastion().withEnabled(false)));
    Map<String, String> ids = journalIds();

    applied(v2, OPERATOR, TAGS);

    var ec2 = clients.ec2();
    assertThat(
            ec2.describeInstances(r -> r.instanceIds(ids.get("instance:bastion")))
                .reservations()
                .get(0)
                .instances()
                .get(0)
                .state()
                .nameAsString())
        .isEqualTo("terminated");
    assertThat(
            ec2.describeSecurityGroups(
                    r -> r.filters(f -> f.name("group-id").values(ids.get("sg:bastion"))))
                .securityGroups())
        .isEmpty();
    assertThat(
            ec2.describeSecurityGroupRules(
                    r -> r.filters(f -> f.name("tag:eksdesk:step").values("rule:bastion-ssh")))
                .securityGroupRules())
        .isEmpty();
    assertThat(diff(v2, OPERATOR, TAGS).isEmpty()).isTrue();
  }

  @Test
  void aNatDeletedOutOfBandIsRecreatedAndThePrivateRoutesPointAtTheNewOne() throws Exception {
    var ec2 = clients.ec2();
    String old = journalIds().get("nat:a");
    ec2.deleteNatGateway(r -> r.natGatewayId(old));
    // AWS frees the NAT's Elastic IP once the NAT is deleted; moto keeps it associated, so the
    // test frees it as AWS would.
    String eip = journalIds().get("eip:nat-a");
    ec2.describeAddresses(r -> r.allocationIds(eip)).addresses().stream()
        .filter(a -> a.associationId() != null)
        .forEach(a -> ec2.disassociateAddress(r -> r.associationId(a.associationId())));

    PlanDiff diff = diff(V1, OPERATOR, TAGS);
    assertThat(changed(diff))
        .containsExactly(
            "nat:a CREATE", "route:private-a-nat UPDATE", "route:private-b-nat UPDATE");
    applied(V1, OPERATOR, TAGS);

    String fresh = journalIds().get("nat:a");
    assertThat(fresh).isNotEqualTo(old);
    assertThat(
            ec2.describeNatGateways(r -> r.natGatewayIds(fresh))
                .natGateways()
                .get(0)
                .stateAsString())
        .isEqualTo("available");
    List<String> tables =
        List.of(journalIds().get("rtb:private-a"), journalIds().get("rtb:private-b"));
    assertThat(
            ec2.describeRouteTables(r -> r.routeTableIds(tables)).routeTables().stream()
                .flatMap(t -> t.routes().stream())
                .filter(route -> "0.0.0.0/0".equals(route.destinationCidrBlock()))
                .map(route -> route.natGatewayId())
                .toList())
        .containsExactly(fresh, fresh);
    assertThat(diff(V1, OPERATOR, TAGS).isEmpty()).isTrue();
  }

  @Test
  void aClusterBuiltBeforeTheHostsProfileAndTheEndpointPolicyGetsBothWithoutAReplacement()
      throws Exception {
    var ec2 = clients.ec2();
    String bastion = journalIds().get("instance:bastion");
    String endpoint = journalIds().get("endpoint:s3");
    // as an older Eksdesk left them: no profile on the bastion, the endpoint's default policy
    associations(bastion)
        .forEach(a -> ec2.disassociateIamInstanceProfile(r -> r.associationId(a.associationId())));
    String fullAccess =
        "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}]}";
    ec2.modifyVpcEndpoint(r -> r.vpcEndpointId(endpoint).policyDocument(fullAccess));
    try (ClusterJournal journal = new JournalStore(home, scheduler).open(V1.name())) {
      forget(journal, "instance:bastion", "instanceProfileName");
      forget(journal, "endpoint:s3", "policyDocument");
    }

    assertThat(changed(diff(V1, OPERATOR, TAGS)))
        .containsExactlyInAnyOrder("instance:bastion UPDATE", "endpoint:s3 UPDATE");
    applied(V1, OPERATOR, TAGS);

    assertThat(journalIds()).containsEntry("instance:bastion", bastion);
    assertThat(associations(bastion))
        .extracting(a -> a.iamInstanceProfile().arn())
        .singleElement()
        .asString()
        .endsWith("/" + dev.eksdesk.domain.spec.AwsNames.hostProfile(V1.name()));
    assertThat(journalIds()).containsEntry("endpoint:s3", endpoint);
    assertThat(
            ec2.describeVpcEndpoints(r -> r.vpcEndpointIds(endpoint))
                .vpcEndpoints()
                .get(0)
                .policyDocument())
        .contains("starport-layer-bucket");
    assertThat(diff(V1, OPERATOR, TAGS).isEmpty()).isTrue();
  }

  private List<software.amazon.awssdk.services.ec2.model.IamInstanceProfileAssociation>
      associations(String instanceId) {
    return clients
        .ec2()
        .describeIamInstanceProfileAssociations(
            r ->
                r.filters(
                    f -> f.name("instance-id").values(instanceId),
                    f -> f.name("state").values("associating", "associated")))
        .iamInstanceProfileAssociations();
  }

  /** The recorded input as an older Eksdesk, which did not send it, left it: empty. */
  private void forget(ClusterJournal journal, String step, String input) {
    var record = journal.step(step).orElseThrow();
    Map<String, String> inputs = new java.util.HashMap<>(record.inputs());
    inputs.put(input, "");
    var resource = account.describe(record.kind(), record.resourceId()).orElseThrow();
    journal.recordPresent(step, resource, record.generation(), inputs);
  }

  @Test
  void aRefreshDescribesEachEc2KindInOneCallAndFindsARuleDeletedOutOfBand() throws Exception {
    clients.counter().snapshotAndReset();
    assertThat(diff(V1, OPERATOR, TAGS).isEmpty()).isTrue();
    var calls = clients.counter().snapshotAndReset();
    for (String describe :
        List.of("DescribeSubnets", "DescribeSecurityGroupRules", "DescribeInstances")) {
      assertThat(calls.get(new ApiCallCounter.Operation("Ec2", describe)))
          .as("%s for all of the kind's recorded resources", describe)
          .isEqualTo(1L);
    }
    assertThat(calls.get(new ApiCallCounter.Operation("Ec2", "DescribeRouteTables")))
        .as("one for the tables, one for their routes, one for their associations")
        .isEqualTo(3L);

    String rule = journalIds().get("rule:bastion-ssh");
    var ec2 = clients.ec2();
    String group =
        ec2.describeSecurityGroupRules(r -> r.securityGroupRuleIds(rule))
            .securityGroupRules()
            .get(0)
            .groupId();
    ec2.revokeSecurityGroupIngress(r -> r.groupId(group).securityGroupRuleIds(rule));

    // AWS answers a batch naming the deleted rule with NotFound: each is then described alone
    PlanDiff diff = diff(V1, OPERATOR, TAGS);
    assertThat(changed(diff)).containsExactly("rule:bastion-ssh CREATE");
    assertThat(diff.change("rule:bastion-ssh").orElseThrow().reason())
        .isEqualTo("deleted outside Eksdesk");
  }

  /** docs/PERFORMANCE.md: the AWS calls one refresh (a plan with no change) makes, by operation. */
  @Test
  @org.junit.jupiter.api.Tag("benchmark")
  void refreshCallsByOperation() throws Exception {
    clients.counter().snapshotAndReset();
    long start = System.nanoTime();
    PlanDiff diff = diff(V1, OPERATOR, TAGS);
    long millis = (System.nanoTime() - start) / 1_000_000;
    var calls = clients.counter().snapshot();
    System.out.printf(
        "refresh of %d steps on moto: %d calls in %d ms%n",
        diff.changes().size(), calls.values().stream().mapToLong(Long::longValue).sum(), millis);
    calls.forEach((operation, count) -> System.out.printf("| %s | %d |%n", operation, count));
  }

  private static List<String> changed(PlanDiff diff) {
    return diff.changes().stream()
        .filter(c -> c.action() != ChangeAction.SAME)
        .map(c -> c.step() + " " + c.action())
        .toList();
  }

  private Plan plan(ClusterSpec spec, String operator) {
    return new ClusterPlanner(InstanceCatalog.bundled()).plan(spec, operator);
  }

  private PlanDiff diff(ClusterSpec spec, String operator, Map<String, String> tags)
      throws Exception {
    var state = new JournalStore(home, scheduler).read(spec.name()).orElseThrow();
    return new DiffPlanner(account).diff(plan(spec, operator), state, tags, false);
  }

  private void applied(ClusterSpec spec, String operator, Map<String, String> tags)
      throws Exception {
    RunSummary summary = apply(spec, operator, tags);
    assertThat(summary.outcome())
        .as("%s %s", summary.message(), troubles)
        .isEqualTo(RunOutcome.SUCCEEDED);
  }

  private RunSummary apply(ClusterSpec spec, String operator, Map<String, String> tags)
      throws Exception {
    try (ClusterJournal journal = new JournalStore(home, scheduler).open(spec.name())) {
      Plan plan = plan(spec, operator);
      PlanDiff diff = new DiffPlanner(account).diff(plan, journal.snapshot(), tags, false);
      EngineRun run =
          new Engine(account, scheduler, EngineSettings.defaults())
              .apply(
                  plan,
                  diff,
                  journal,
                  tags,
                  new PrivateKeyFile(home.resolve("keys").resolve(spec.name() + ".pem")));
      run.subscribe(
          e -> {
            if (e instanceof EngineEvent.StepFailed) {
              troubles.add(e);
            }
          });
      run.start();
      return run.completion().get(3, TimeUnit.MINUTES);
    }
  }

  private Map<String, String> journalIds() throws Exception {
    return new JournalStore(home, scheduler)
        .read(V1.name()).orElseThrow().steps().entrySet().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    Map.Entry::getKey, e -> e.getValue().resourceId()));
  }
}
