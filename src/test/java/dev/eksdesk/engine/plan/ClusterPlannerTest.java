package dev.eksdesk.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eksdesk.cloud.CallerIdentity;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.ResourceState;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.NatMode;
import dev.eksdesk.engine.SandboxWorld;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterPlannerTest {
  private static final String OPERATOR = "203.0.113.10/32";
  private final ClusterPlanner planner = SandboxWorld.planner();
  private final ClusterSpec spec = DefaultSpecs.firstCluster();

  @Test
  void theFirstClusterPlanHasEveryResourceOfTheProduct() {
    Plan plan = planner.plan(spec, OPERATOR);

    assertThat(plan.steps())
        .extracting(Step::kind)
        .contains(
            ResourceKind.VPC,
            ResourceKind.INTERNET_GATEWAY,
            ResourceKind.SUBNET,
            ResourceKind.ROUTE_TABLE,
            ResourceKind.ROUTE,
            ResourceKind.ROUTE_TABLE_ASSOCIATION,
            ResourceKind.ELASTIC_IP,
            ResourceKind.NAT_GATEWAY,
            ResourceKind.SECURITY_GROUP,
            ResourceKind.SECURITY_GROUP_RULE,
            ResourceKind.IAM_ROLE,
            ResourceKind.ROLE_POLICY_ATTACHMENT,
            ResourceKind.KEY_PAIR,
            ResourceKind.INSTANCE,
            ResourceKind.S3_BUCKET,
            ResourceKind.BUCKET_PUBLIC_ACCESS_BLOCK,
            ResourceKind.BUCKET_ENCRYPTION,
            ResourceKind.VPC_ENDPOINT,
            ResourceKind.EKS_CLUSTER,
            ResourceKind.EKS_ACCESS_ENTRY,
            ResourceKind.LAUNCH_TEMPLATE,
            ResourceKind.EKS_NODEGROUP,
            ResourceKind.EKS_ADDON);
    assertThat(plan.find("trail")).isEmpty();
    assertThat(planner.plan(spec.withNetwork(withTrail(spec)), OPERATOR).find("trail")).isPresent();
  }

  @Test
  void subnetsCarryTheEksTags() {
    Plan plan = planner.plan(spec, OPERATOR);

    assertThat(plan.step("subnet:public-a").tags())
        .containsEntry("kubernetes.io/role/elb", "1")
        .containsEntry("kubernetes.io/cluster/pw-cluster", "shared");
    assertThat(plan.step("subnet:private-a").tags())
        .containsEntry("kubernetes.io/role/internal-elb", "1");
  }

  @Test
  void natGatewaysFollowTheNatMode() {
    assertThat(natCount(NatMode.NONE)).isZero();
    assertThat(natCount(NatMode.SINGLE)).isEqualTo(1);
    assertThat(natCount(NatMode.PER_ZONE)).isEqualTo(2);
  }

  @Test
  void theNodeRoleGetsExactlyTheThreeNodePolicies() {
    Plan plan = planner.plan(spec, OPERATOR);

    List<String> nodePolicies =
        plan.steps().stream()
            .filter(s -> s.kind() == ResourceKind.ROLE_POLICY_ATTACHMENT)
            .filter(s -> s.dependsOn().contains("role:nodes"))
            .map(s -> ((ResourceRequest.RolePolicyAttachment) build(plan, s)).policyArn())
            .toList();
    assertThat(nodePolicies)
        .containsExactlyInAnyOrder(
            "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
            "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
            "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly");
  }

  @Test
  void theControlPlaneIsPrivateOpenOnlyToTheOperatorAndAudited() {
    Plan plan = planner.plan(spec, OPERATOR);

    var cluster = (ResourceRequest.EksCluster) build(plan, plan.step("eks:cluster"));
    assertThat(cluster.endpointPrivateAccess()).isTrue();
    assertThat(cluster.publicAccessCidrs()).containsExactly(OPERATOR);
    assertThat(cluster.logTypes()).contains("audit");
    assertThat(cluster.authenticationMode()).isEqualTo("API");
  }

  @Test
  void theLaunchTemplateRequiresImdsV2WithHopLimitOneAndTheCniMaxPods() {
    var vpcCni = (ResourceRequest.LaunchTemplate) launchTemplate(CniMode.VPC_CNI);
    var prefixes =
        (ResourceRequest.LaunchTemplate) launchTemplate(CniMode.VPC_CNI_PREFIX_DELEGATION);

    assertThat(vpcCni.imdsV2Required()).isTrue();
    assertThat(vpcCni.metadataHopLimit()).isEqualTo(1);
    assertThat(vpcCni.maxPods()).isEqualTo(4); // a t3.micro under the VPC CNI
    assertThat(prefixes.maxPods()).isGreaterThan(4);
  }

  @Test
  void theBastionTakesSshOnlyFromTheOperatorAndTheBucketBlocksAllPublicAccess() {
    Plan plan = planner.plan(spec, OPERATOR);

    var ssh = (ResourceRequest.SecurityGroupIngress) build(plan, plan.step("rule:bastion-ssh"));
    var block =
        (ResourceRequest.BucketPublicAccessBlock)
            build(plan, plan.step("bucket:public-access-block"));
    assertThat(ssh.fromPort()).isEqualTo(22);
    assertThat(ssh.sourceCidr()).isEqualTo(OPERATOR);
    assertThat(block.allBlocked()).isTrue();
    assertThat(plan.find("bucket:encryption")).isPresent();
  }

  @Test
  void thePlanDescribesItselfInWords() {
    Plan plan = planner.plan(spec, OPERATOR);

    String text = plan.describe(StepTimings.aws());

    assertThat(text)
        .startsWith("Plan for cluster \"pw-cluster\": " + plan.size() + " steps, expected 15 min")
        .contains(
            "Critical path: role:cluster -> eks:cluster -> eks:addon:vpc-cni"
                + " -> eks:nodegroup -> eks:addon:metrics-server\n")
        .contains("  1. VPC 10.0.0.0/16 [vpc]\n")
        .contains(
            "Public subnet public-a 10.0.0.0/24 in eu-central-1a, tagged for internet-facing"
                + " load balancers [subnet:public-a] after #1")
        .contains(
            "EKS cluster pw-cluster (Kubernetes 1.35), private endpoint on, public endpoint"
                + " limited to 203.0.113.10/32, logging api, audit, authenticator");
  }

  @Test
  void theCriticalPathRunsThroughTheClusterAndTheNodeGroup() {
    Plan plan = planner.plan(spec, OPERATOR);

    CriticalPath path = plan.criticalPath(StepTimings.aws());

    assertThat(path.steps())
        .containsExactly(
            "role:cluster",
            "eks:cluster",
            "eks:addon:vpc-cni",
            "eks:nodegroup",
            "eks:addon:metrics-server");
    // the cluster starts when IAM lets EKS assume its new role: 20 s after the role exists
    assertThat(path.duration()).isEqualTo(Duration.ofSeconds(1 + 20 + 570 + 45 + 240 + 45));
    assertThat(plan.sequentialDuration(StepTimings.aws())).isGreaterThan(path.duration());
  }

  @Test
  void theGraphIsDataForTheReviewPage() {
    Plan plan = planner.plan(spec, OPERATOR);

    PlanGraph graph = plan.graph(StepTimings.aws());

    assertThat(graph.nodes()).hasSize(plan.size());
    assertThat(graph.edges()).contains(new PlanGraph.Edge("vpc", "igw"));
    assertThat(graph.nodes())
        .filteredOn(PlanGraph.Node::onCriticalPath)
        .extracting(PlanGraph.Node::id)
        .containsExactlyElementsOf(graph.criticalPath().steps());
  }

  @Test
  void cyclesAndUnknownDependenciesAreRefused() {
    RequestBuilder any = c -> new ResourceRequest.ElasticIp();
    Step a = new Step("a", ResourceKind.ELASTIC_IP, "a", List.of("b"), Map.of(), any);
    Step b = new Step("b", ResourceKind.ELASTIC_IP, "b", List.of("a"), Map.of(), any);
    Step c = new Step("c", ResourceKind.ELASTIC_IP, "c", List.of("nope"), Map.of(), any);

    assertThatThrownBy(() -> Plan.of("x", List.of(a, b)))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("cycle among [a, b]");
    assertThatThrownBy(() -> Plan.of("x", List.of(c)))
        .hasMessageContaining("c depends on nope, which is no step");
  }

  @Test
  void anOperatorPlaceholderWithoutAnAddressIsRefused() {
    assertThatThrownBy(() -> planner.plan(spec, null))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("operator's address is unknown");
  }

  private long natCount(NatMode mode) {
    var net = spec.network();
    var changed =
        new dev.eksdesk.domain.spec.NetworkSpec(
            net.vpcCidr(),
            net.zones(),
            net.subnets(),
            mode,
            net.bastion(),
            net.worker(),
            net.storage(),
            net.cloudTrail());
    return planner.plan(spec.withNetwork(changed), OPERATOR).steps().stream()
        .filter(s -> s.kind() == ResourceKind.NAT_GATEWAY)
        .count();
  }

  private static dev.eksdesk.domain.spec.NetworkSpec withTrail(ClusterSpec spec) {
    var net = spec.network();
    return new dev.eksdesk.domain.spec.NetworkSpec(
        net.vpcCidr(),
        net.zones(),
        net.subnets(),
        net.natMode(),
        net.bastion(),
        net.worker(),
        net.storage(),
        true);
  }

  private ResourceRequest launchTemplate(CniMode mode) {
    Plan plan = planner.plan(spec.withCni(mode), OPERATOR);
    return build(plan, plan.step("launch-template"));
  }

  /** Builds a step's request with made-up ids for its dependencies. */
  private static ResourceRequest build(Plan plan, Step step) {
    StepContext fake =
        new StepContext() {
          @Override
          public CloudResource resource(String stepId) {
            return new CloudResource(
                plan.step(stepId).kind(),
                "id-of-" + stepId,
                ResourceState.READY,
                "",
                Map.of(),
                Map.of("arn", "arn:of:" + stepId));
          }

          @Override
          public CallerIdentity caller() {
            return new CallerIdentity("123456789012", "arn:aws:iam::123456789012:user/me");
          }
        };
    return step.request().build(fake);
  }
}
