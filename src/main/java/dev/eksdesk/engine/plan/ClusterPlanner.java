package dev.eksdesk.engine.plan;

import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.catalog.PodCapacity;
import dev.eksdesk.domain.spec.AwsNames;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.NatMode;
import dev.eksdesk.domain.spec.NetworkSpec;
import dev.eksdesk.domain.spec.NodeTaint;
import dev.eksdesk.domain.spec.OperatorAddress;
import dev.eksdesk.domain.spec.SshKeyMode;
import dev.eksdesk.domain.spec.SubnetKind;
import dev.eksdesk.domain.spec.SubnetSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a cluster spec into the plan: every resource of the cluster (docs/ENGINE.md), with the
 * security defaults built in (private endpoint, operator-only public access, audit logs, IMDSv2
 * with hop limit 1, exactly three node policies, all four S3 public access blocks).
 */
public final class ClusterPlanner {
  public static final String POLICY_PREFIX = "arn:aws:iam::aws:policy/";
  public static final String CLUSTER_POLICY = POLICY_PREFIX + "AmazonEKSClusterPolicy";

  /** The node role's policies: exactly these, nothing more. */
  public static final List<String> NODE_POLICIES =
      List.of(
          POLICY_PREFIX + "AmazonEKSWorkerNodePolicy",
          POLICY_PREFIX + "AmazonEKS_CNI_Policy",
          POLICY_PREFIX + "AmazonEC2ContainerRegistryReadOnly");

  /** The hosts' only policy: SSM Session Manager, a way in without SSH. */
  public static final String SSM_POLICY = POLICY_PREFIX + "AmazonSSMManagedInstanceCore";

  public static final String CLUSTER_ADMIN_ACCESS_POLICY =
      "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy";
  public static final List<String> CONTROL_PLANE_LOGS = List.of("api", "audit", "authenticator");
  public static final int METADATA_HOP_LIMIT = 1;

  private final InstanceCatalog catalog;

  public ClusterPlanner(InstanceCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /**
   * @param operatorCidr the operator's address as a /32, replacing the spec's "my-ip" placeholder
   */
  public Plan plan(ClusterSpec spec, String operatorCidr) {
    return Plan.of(spec.name(), new Builder(spec, operatorCidr).build());
  }

  /** One planning pass; collects steps in creation order. */
  private final class Builder {
    private final ClusterSpec spec;
    private final NetworkSpec net;
    private final String operatorCidr;
    private final List<Step> steps = new ArrayList<>();
    private final Map<String, String> natByZone = new LinkedHashMap<>();
    private final List<String> privateRoutes = new ArrayList<>();
    private final List<String> routeTables = new ArrayList<>();

    Builder(ClusterSpec spec, String operatorCidr) {
      this.spec = spec;
      this.net = spec.network();
      this.operatorCidr = operatorCidr;
    }

    List<Step> build() {
      network();
      securityGroups();
      iam();
      String keyName = keyPair();
      instances(keyName);
      storage();
      cluster(keyName);
      return steps;
    }

    private void network() {
      add("vpc", ResourceKind.VPC, "VPC " + net.vpcCidr(), List.of(), c -> vpc());
      add(
          "vpc:default-security-group",
          ResourceKind.DEFAULT_SECURITY_GROUP_EMPTIED,
          "Every rule of the VPC's default security group revoked",
          List.of("vpc"),
          c -> new ResourceRequest.DefaultSecurityGroupEmptied(c.id("vpc")));
      add(
          "igw",
          ResourceKind.INTERNET_GATEWAY,
          "Internet gateway attached to the VPC",
          List.of("vpc"),
          c -> new ResourceRequest.InternetGateway(c.id("vpc")));
      for (SubnetSpec subnet : net.subnets()) {
        boolean isPublic = subnet.kind() == SubnetKind.PUBLIC;
        steps.add(
            new Step(
                subnetStep(subnet),
                ResourceKind.SUBNET,
                String.format(
                    "%s subnet %s %s in %s, tagged for %s load balancers",
                    isPublic ? "Public" : "Private",
                    subnet.name(),
                    subnet.cidr(),
                    subnet.zone(),
                    isPublic ? "internet-facing" : "internal"),
                List.of("vpc"),
                eksSubnetTags(isPublic),
                c ->
                    new ResourceRequest.Subnet(
                        c.id("vpc"), subnet.zone(), subnet.cidr(), isPublic)));
      }
      add(
          "rtb:public",
          ResourceKind.ROUTE_TABLE,
          "Route table for the public subnets",
          List.of("vpc"),
          c -> new ResourceRequest.RouteTable(c.id("vpc")));
      routeTables.add("rtb:public");
      add(
          "route:public-internet",
          ResourceKind.ROUTE,
          "Route 0.0.0.0/0 to the internet gateway in the public route table",
          List.of("rtb:public", "igw"),
          c -> new ResourceRequest.Route(c.id("rtb:public"), "0.0.0.0/0", c.id("igw")));
      for (SubnetSpec subnet : net.subnets(SubnetKind.PUBLIC)) {
        associate("rtb:public", subnet);
      }
      natGateways();
      privateRouteTables();
    }

    private void natGateways() {
      List<SubnetSpec> publicSubnets = net.subnets(SubnetKind.PUBLIC);
      if (net.natMode() == NatMode.NONE || publicSubnets.isEmpty()) {
        return;
      }
      List<SubnetSpec> homes =
          net.natMode() == NatMode.SINGLE ? List.of(publicSubnets.get(0)) : firstPerZone();
      for (SubnetSpec home : homes) {
        String letter = letter(home.zone());
        String eip = "eip:nat-" + letter;
        String nat = "nat:" + letter;
        add(
            eip,
            ResourceKind.ELASTIC_IP,
            "Elastic IP for the NAT gateway in " + home.zone(),
            List.of(),
            c -> new ResourceRequest.ElasticIp());
        add(
            nat,
            ResourceKind.NAT_GATEWAY,
            "NAT gateway in " + home.name() + " (" + home.zone() + ")",
            List.of(subnetStep(home), eip, "igw"),
            c -> new ResourceRequest.NatGateway(c.id(subnetStep(home)), c.id(eip)));
        natByZone.put(home.zone(), nat);
      }
    }

    private List<SubnetSpec> firstPerZone() {
      Map<String, SubnetSpec> byZone = new LinkedHashMap<>();
      net.subnets(SubnetKind.PUBLIC).forEach(s -> byZone.putIfAbsent(s.zone(), s));
      return List.copyOf(byZone.values());
    }

    private void privateRouteTables() {
      Map<String, List<SubnetSpec>> byZone = new LinkedHashMap<>();
      net.subnets(SubnetKind.PRIVATE)
          .forEach(s -> byZone.computeIfAbsent(s.zone(), z -> new ArrayList<>()).add(s));
      byZone.forEach(
          (zone, subnets) -> {
            String letter = letter(zone);
            String table = "rtb:private-" + letter;
            add(
                table,
                ResourceKind.ROUTE_TABLE,
                "Route table for the private subnets in " + zone,
                List.of("vpc"),
                c -> new ResourceRequest.RouteTable(c.id("vpc")));
            routeTables.add(table);
            String nat =
                natByZone.getOrDefault(zone, natByZone.values().stream().findFirst().orElse(null));
            if (nat != null) {
              String route = "route:private-" + letter + "-nat";
              add(
                  route,
                  ResourceKind.ROUTE,
                  "Route 0.0.0.0/0 to " + nat + " in the private route table of " + zone,
                  List.of(table, nat),
                  c -> new ResourceRequest.Route(c.id(table), "0.0.0.0/0", c.id(nat)));
              privateRoutes.add(route);
            }
            subnets.forEach(s -> privateRoutes.add(associate(table, s)));
          });
    }

    private String associate(String table, SubnetSpec subnet) {
      String id = "assoc:" + subnet.name();
      add(
          id,
          ResourceKind.ROUTE_TABLE_ASSOCIATION,
          "Associate " + subnet.name() + " with " + table,
          List.of(table, subnetStep(subnet)),
          c -> new ResourceRequest.RouteTableAssociation(c.id(table), c.id(subnetStep(subnet))));
      return id;
    }

    private void securityGroups() {
      add(
          "sg:cluster",
          ResourceKind.SECURITY_GROUP,
          "Security group for the EKS control plane",
          List.of("vpc"),
          c ->
              new ResourceRequest.SecurityGroup(
                  c.id("vpc"),
                  AwsNames.host(spec.name(), "eks-control-plane"),
                  "EKS control plane of " + spec.name()));
      if (!net.bastion().enabled()) {
        return;
      }
      String sshFrom = resolve(net.bastion().sshIngressCidr());
      add(
          "sg:bastion",
          ResourceKind.SECURITY_GROUP,
          "Security group for the bastion host",
          List.of("vpc"),
          c ->
              new ResourceRequest.SecurityGroup(
                  c.id("vpc"), AwsNames.host(spec.name(), "bastion"), "Bastion host"));
      add(
          "rule:bastion-ssh",
          ResourceKind.SECURITY_GROUP_RULE,
          "Allow SSH (22) to the bastion from " + sshFrom + " only",
          List.of("sg:bastion"),
          c -> ingress(c.id("sg:bastion"), 22, sshFrom, "", "SSH from the operator"));
      add(
          "rule:cluster-https-from-bastion",
          ResourceKind.SECURITY_GROUP_RULE,
          "Allow HTTPS (443) to the private API endpoint from the bastion",
          List.of("sg:cluster", "sg:bastion"),
          c ->
              ingress(c.id("sg:cluster"), 443, "", c.id("sg:bastion"), "kubectl from the bastion"));
      if (net.worker().enabled()) {
        add(
            "sg:worker",
            ResourceKind.SECURITY_GROUP,
            "Security group for the standalone worker host",
            List.of("vpc"),
            c ->
                new ResourceRequest.SecurityGroup(
                    c.id("vpc"), AwsNames.host(spec.name(), "worker"), "Worker host"));
        add(
            "rule:worker-ssh-from-bastion",
            ResourceKind.SECURITY_GROUP_RULE,
            "Allow SSH (22) to the worker from the bastion only",
            List.of("sg:worker", "sg:bastion"),
            c -> ingress(c.id("sg:worker"), 22, "", c.id("sg:bastion"), "SSH from the bastion"));
      }
    }

    private void iam() {
      add(
          "role:cluster",
          ResourceKind.IAM_ROLE,
          "IAM role for the EKS control plane",
          List.of(),
          c ->
              new ResourceRequest.IamRole(
                  AwsNames.clusterRole(spec.name()), "eks.amazonaws.com", "EKS"));
      attach("cluster", CLUSTER_POLICY);
      add(
          "role:nodes",
          ResourceKind.IAM_ROLE,
          "IAM role for the worker nodes",
          List.of(),
          c ->
              new ResourceRequest.IamRole(
                  AwsNames.nodeRole(spec.name()), "ec2.amazonaws.com", "EKS nodes"));
      NODE_POLICIES.forEach(p -> attach("nodes", p));
      if (hasHosts()) {
        String role = AwsNames.hostRole(spec.name());
        String profile = AwsNames.hostProfile(spec.name());
        add(
            "role:hosts",
            ResourceKind.IAM_ROLE,
            "IAM role for the bastion and worker hosts",
            List.of(),
            c -> new ResourceRequest.IamRole(role, "ec2.amazonaws.com", "Eksdesk hosts"));
        attach("hosts", SSM_POLICY);
        add(
            "instance-profile:hosts",
            ResourceKind.INSTANCE_PROFILE,
            "Instance profile " + profile + " (SSM Session Manager access) for the hosts",
            List.of("role:hosts", attachStep("hosts", SSM_POLICY)),
            c -> new ResourceRequest.InstanceProfile(profile, c.id("role:hosts")));
      }
    }

    /** Whether the plan has a bastion or a worker host. */
    private boolean hasHosts() {
      return net.bastion().enabled()
          || (net.worker().enabled() && !net.subnets(SubnetKind.PRIVATE).isEmpty());
    }

    private void attach(String role, String policyArn) {
      String policy = policyArn.substring(POLICY_PREFIX.length());
      add(
          attachStep(role, policyArn),
          ResourceKind.ROLE_POLICY_ATTACHMENT,
          "Attach " + policy + " to the " + role + " role",
          List.of("role:" + role),
          c -> new ResourceRequest.RolePolicyAttachment(c.id("role:" + role), policyArn));
    }

    /** Returns the key pair's name, or "" when the hosts get no key. */
    private String keyPair() {
      SshKeyMode mode = spec.sshKey().mode();
      if (mode == SshKeyMode.GENERATE) {
        String keyName = spec.sshKey().keyPairName();
        add(
            "key-pair",
            ResourceKind.KEY_PAIR,
            "Key pair "
                + keyName
                + " (key made on this machine, private key kept at "
                + spec.sshKey().privateKeyPath()
                + " mode 0600, public key imported)",
            List.of(),
            c -> new ResourceRequest.KeyPair(keyName));
      }
      return mode == SshKeyMode.NONE ? "" : spec.sshKey().keyPairName();
    }

    private void instances(String keyName) {
      List<String> hostDependencies = new ArrayList<>(List.of("instance-profile:hosts"));
      if (hasKeyStep()) {
        hostDependencies.add("key-pair");
      }
      if (net.bastion().enabled()) {
        SubnetSpec home = net.subnets(SubnetKind.PUBLIC).get(0);
        List<String> deps =
            new ArrayList<>(List.of(subnetStep(home), "sg:bastion", "rule:bastion-ssh"));
        deps.addAll(hostDependencies);
        deps.add("route:public-internet");
        add(
            "instance:bastion",
            ResourceKind.INSTANCE,
            "Bastion host " + net.bastion().instanceType() + " in " + home.name(),
            deps,
            c ->
                new ResourceRequest.Instance(
                    AwsNames.host(spec.name(), "bastion"),
                    net.bastion().instanceType(),
                    c.id(subnetStep(home)),
                    List.of(c.id("sg:bastion")),
                    keyName,
                    true,
                    c.id("instance-profile:hosts")));
      }
      if (net.worker().enabled() && !net.subnets(SubnetKind.PRIVATE).isEmpty()) {
        SubnetSpec home = net.subnets(SubnetKind.PRIVATE).get(0);
        boolean hasGroup = net.bastion().enabled();
        List<String> deps = new ArrayList<>(List.of(subnetStep(home)));
        if (hasGroup) {
          deps.add("sg:worker");
        }
        deps.addAll(hostDependencies);
        add(
            "instance:worker",
            ResourceKind.INSTANCE,
            "Standalone worker host " + net.worker().instanceType() + " in " + home.name(),
            deps,
            c ->
                new ResourceRequest.Instance(
                    AwsNames.host(spec.name(), "worker"),
                    net.worker().instanceType(),
                    c.id(subnetStep(home)),
                    hasGroup ? List.of(c.id("sg:worker")) : List.of(),
                    keyName,
                    false,
                    c.id("instance-profile:hosts")));
      }
    }

    private void storage() {
      if (net.storage().enabled()) {
        bucket("bucket", "S3 bucket", net.storage().bucketName(), "data");
        add(
            "bucket:encryption",
            ResourceKind.BUCKET_ENCRYPTION,
            "Default encryption (SSE-S3) on the bucket",
            List.of("bucket"),
            c -> new ResourceRequest.BucketEncryption(c.id("bucket"), "AES256"));
        tlsOnly("bucket", List.of());
        if (net.storage().gatewayEndpoint()) {
          List<String> deps = new ArrayList<>(List.of("vpc", "bucket"));
          deps.addAll(routeTables);
          add(
              "endpoint:s3",
              ResourceKind.VPC_ENDPOINT,
              "S3 gateway endpoint on every route table (keeps S3 traffic off the NAT), its policy"
                  + " limited to the cluster's bucket, ECR's image layers and Amazon Linux's"
                  + " packages",
              deps,
              c ->
                  new ResourceRequest.GatewayEndpoint(
                      c.id("vpc"),
                      "com.amazonaws." + spec.region() + ".s3",
                      routeTables.stream().map(c::id).toList(),
                      S3EndpointPolicy.of(spec.region(), List.of(c.id("bucket")))));
        }
      }
      if (net.cloudTrail()) {
        bucket("trail-bucket", "S3 bucket for CloudTrail logs", "", "trail");
        add(
            "trail",
            ResourceKind.CLOUDTRAIL_TRAIL,
            "CloudTrail trail (all regions) logging to the trail bucket",
            List.of("trail-bucket", "trail-bucket:public-access-block"),
            c ->
                new ResourceRequest.Trail(AwsNames.trail(spec.name()), c.id("trail-bucket"), true));
        // The trail puts the bucket policy CloudTrail needs; the TLS statement is added to it.
        tlsOnly("trail-bucket", List.of("trail"));
      }
      if (net.flowLogs()) {
        bucket("flow-log-bucket", "S3 bucket for VPC flow logs", "", "flowlogs");
        tlsOnly("flow-log-bucket", List.of());
        add(
            "flow-log",
            ResourceKind.FLOW_LOG,
            "VPC flow log of all traffic into the flow-log bucket",
            List.of("vpc", "flow-log-bucket", "flow-log-bucket:public-access-block"),
            c -> new ResourceRequest.FlowLog(c.id("vpc"), c.id("flow-log-bucket")));
      }
    }

    /** A bucket policy denying every request not made over TLS, after {@code after}. */
    private void tlsOnly(String bucketStep, List<String> after) {
      List<String> deps = new ArrayList<>(List.of(bucketStep));
      deps.addAll(after);
      add(
          bucketStep + ":tls-policy",
          ResourceKind.BUCKET_TLS_POLICY,
          "Bucket policy on the " + bucketStep + ": requests without TLS denied",
          deps,
          c -> new ResourceRequest.BucketTlsPolicy(c.id(bucketStep)));
    }

    private void bucket(String step, String what, String givenName, String purpose) {
      add(
          step,
          ResourceKind.S3_BUCKET,
          what + (givenName.isEmpty() ? "" : " " + givenName),
          List.of(),
          c ->
              new ResourceRequest.Bucket(
                  givenName.isEmpty()
                      ? AwsNames.bucket(spec.name(), purpose, c.caller().account())
                      : givenName,
                  spec.region()));
      add(
          step + ":public-access-block",
          ResourceKind.BUCKET_PUBLIC_ACCESS_BLOCK,
          "Block all public access (all four flags) on the " + step,
          List.of(step),
          c -> new ResourceRequest.BucketPublicAccessBlock(c.id(step), true, true, true, true));
      add(
          step + ":versioning",
          ResourceKind.BUCKET_VERSIONING,
          "Versioning on the " + step + " (overwritten or deleted objects can be recovered)",
          List.of(step),
          c -> new ResourceRequest.BucketVersioning(c.id(step)));
    }

    private void cluster(String keyName) {
      List<String> subnetSteps = net.subnets().stream().map(ClusterPlanner::subnetStep).toList();
      List<String> deps = new ArrayList<>(subnetSteps);
      deps.addAll(List.of("sg:cluster", "role:cluster", attachStep("cluster", CLUSTER_POLICY)));
      List<String> publicCidrs =
          spec.controlPlane().publicAccessCidrs().stream().map(this::resolve).toList();
      List<String> logs = spec.controlPlane().auditLogging() ? CONTROL_PLANE_LOGS : List.of();
      add(
          "eks:cluster",
          ResourceKind.EKS_CLUSTER,
          String.format(
              "EKS cluster %s (Kubernetes %s), private endpoint on, public endpoint %s, %s",
              spec.name(),
              spec.controlPlane().kubernetesVersion(),
              publicCidrs.isEmpty() ? "off" : "limited to " + String.join(", ", publicCidrs),
              logs.isEmpty() ? "control-plane logging off" : "logging " + String.join(", ", logs)),
          deps,
          c ->
              new ResourceRequest.EksCluster(
                  spec.name(),
                  spec.controlPlane().kubernetesVersion(),
                  c.attribute("role:cluster", "arn"),
                  subnetSteps.stream().map(c::id).toList(),
                  List.of(c.id("sg:cluster")),
                  true,
                  !publicCidrs.isEmpty(),
                  publicCidrs,
                  logs,
                  "API"));
      add(
          "eks:access-entry",
          ResourceKind.EKS_ACCESS_ENTRY,
          "Cluster admin access entry for the creator",
          List.of("eks:cluster"),
          c ->
              new ResourceRequest.AccessEntry(
                  c.id("eks:cluster"), c.caller().arn(), CLUSTER_ADMIN_ACCESS_POLICY));
      boolean vpcCni = spec.cni() != CniMode.CALICO_OVERLAY;
      if (vpcCni) {
        add(
            "eks:addon:vpc-cni",
            ResourceKind.EKS_ADDON,
            "Add-on vpc-cni configured for " + spec.cni().displayName(),
            List.of("eks:cluster"),
            c ->
                new ResourceRequest.Addon(
                    c.id("eks:cluster"),
                    "vpc-cni",
                    vpcCniConfiguration(),
                    spec.controlPlane().kubernetesVersion()));
      }
      int maxPods =
          PodCapacity.maxPods(catalog.require(spec.nodeGroup().instanceType()), spec.cni());
      add(
          "launch-template",
          ResourceKind.LAUNCH_TEMPLATE,
          String.format(
              "Launch template: IMDSv2 required, hop limit %d, max pods %d (%s), %d GiB disk",
              METADATA_HOP_LIMIT, maxPods, spec.cni().displayName(), spec.nodeGroup().diskGiB()),
          hasKeyStep() ? List.of("key-pair") : List.of(),
          c ->
              new ResourceRequest.LaunchTemplate(
                  AwsNames.launchTemplate(spec.name()),
                  keyName,
                  true,
                  METADATA_HOP_LIMIT,
                  maxPods,
                  spec.nodeGroup().diskGiB()));
      nodeGroup(vpcCni);
    }

    private void nodeGroup(boolean vpcCni) {
      var group = spec.nodeGroup();
      List<String> privateSubnets =
          net.subnets(SubnetKind.PRIVATE).stream().map(ClusterPlanner::subnetStep).toList();
      List<String> deps = new ArrayList<>(List.of("eks:cluster", "launch-template", "role:nodes"));
      NODE_POLICIES.forEach(p -> deps.add(attachStep("nodes", p)));
      deps.addAll(privateSubnets);
      deps.addAll(privateRoutes);
      if (vpcCni) {
        deps.add("eks:addon:vpc-cni");
      }
      add(
          "eks:nodegroup",
          ResourceKind.EKS_NODEGROUP,
          String.format(
              "Managed node group %s: %d x %s (%d to %d), %s, in the private subnets",
              group.name(),
              group.desiredSize(),
              group.instanceType(),
              group.minSize(),
              group.maxSize(),
              group.capacityType().name().toLowerCase(Locale.ROOT).replace('_', '-')),
          deps,
          c ->
              new ResourceRequest.NodeGroup(
                  c.id("eks:cluster"),
                  group.name(),
                  c.attribute("role:nodes", "arn"),
                  privateSubnets.stream().map(c::id).toList(),
                  c.id("launch-template"),
                  group.instanceType(),
                  group.capacityType().name(),
                  group.amiType(),
                  spec.controlPlane().kubernetesVersion(),
                  group.minSize(),
                  group.maxSize(),
                  group.desiredSize(),
                  group.labels().entrySet().stream()
                      .map(l -> l.getKey() + "=" + l.getValue())
                      .toList(),
                  group.taints().stream()
                      .map(t -> NodeTaint.parse(t).map(NodeTaint::text).orElse(t))
                      .toList()));
      add(
          "eks:addon:metrics-server",
          ResourceKind.EKS_ADDON,
          "Add-on metrics-server",
          List.of("eks:nodegroup"),
          c ->
              new ResourceRequest.Addon(
                  c.id("eks:cluster"),
                  "metrics-server",
                  "",
                  spec.controlPlane().kubernetesVersion()));
    }

    private String vpcCniConfiguration() {
      return spec.cni() == CniMode.VPC_CNI_PREFIX_DELEGATION
          ? "{\"env\":{\"ENABLE_PREFIX_DELEGATION\":\"true\",\"WARM_PREFIX_TARGET\":\"1\"}}"
          : "{\"env\":{\"ENABLE_PREFIX_DELEGATION\":\"false\"}}";
    }

    /** The tags EKS and the load balancer controller look for to place load balancers. */
    private Map<String, String> eksSubnetTags(boolean isPublic) {
      return Map.of(
          isPublic ? "kubernetes.io/role/elb" : "kubernetes.io/role/internal-elb",
          "1",
          "kubernetes.io/cluster/" + spec.name(),
          "shared");
    }

    private boolean hasKeyStep() {
      return spec.sshKey().mode() == SshKeyMode.GENERATE;
    }

    private ResourceRequest.Vpc vpc() {
      return new ResourceRequest.Vpc(net.vpcCidr());
    }

    private ResourceRequest ingress(
        String group, int port, String cidr, String sourceGroup, String why) {
      return new ResourceRequest.SecurityGroupIngress(
          group, "tcp", port, port, cidr, sourceGroup, why);
    }

    private String resolve(String cidr) {
      if (!OperatorAddress.isPlaceholder(cidr)) {
        return cidr;
      }
      if (operatorCidr == null || operatorCidr.isBlank()) {
        throw new PlanException(
            "the spec says \""
                + OperatorAddress.PLACEHOLDER
                + "\" but the operator's address is"
                + " unknown: pass it when planning");
      }
      return operatorCidr;
    }

    private void add(
        String id, ResourceKind kind, String description, List<String> deps, RequestBuilder req) {
      steps.add(new Step(id, kind, description, deps, Map.of(), req));
    }
  }

  static String subnetStep(SubnetSpec subnet) {
    return "subnet:" + subnet.name();
  }

  static String attachStep(String role, String policyArn) {
    return "attach:" + role + ":" + policyArn.substring(POLICY_PREFIX.length());
  }

  private static String letter(String zone) {
    return zone.substring(zone.length() - 1);
  }
}
