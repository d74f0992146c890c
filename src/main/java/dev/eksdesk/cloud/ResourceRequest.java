package dev.eksdesk.cloud;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to create, one record per {@link ResourceKind}, holding account ids (never step names). The
 * AWS action each maps onto is named in its comment; composite ids of sub-resources too.
 */
public sealed interface ResourceRequest {

  ResourceKind kind();

  /** Ids of the account resources this one will use, hence cannot outlive. */
  List<String> references();

  /** CreateVpc (DNS support and hostnames on). */
  record Vpc(String cidr) implements ResourceRequest {
    public Vpc {
      Objects.requireNonNull(cidr, "cidr");
    }

    public ResourceKind kind() {
      return ResourceKind.VPC;
    }

    public List<String> references() {
      return List.of();
    }
  }

  /** CreateInternetGateway + AttachInternetGateway; delete detaches first. */
  record InternetGateway(String vpcId) implements ResourceRequest {
    public ResourceKind kind() {
      return ResourceKind.INTERNET_GATEWAY;
    }

    public List<String> references() {
      return List.of(vpcId);
    }
  }

  /** CreateSubnet (+ ModifySubnetAttribute MapPublicIpOnLaunch for public ones). */
  record Subnet(String vpcId, String zone, String cidr, boolean mapPublicIpOnLaunch)
      implements ResourceRequest {
    public ResourceKind kind() {
      return ResourceKind.SUBNET;
    }

    public List<String> references() {
      return List.of(vpcId);
    }
  }

  /** CreateRouteTable. */
  record RouteTable(String vpcId) implements ResourceRequest {
    public ResourceKind kind() {
      return ResourceKind.ROUTE_TABLE;
    }

    public List<String> references() {
      return List.of(vpcId);
    }
  }

  /** CreateRoute to an internet or NAT gateway; id {@code routeTableId|destinationCidr}. */
  record Route(String routeTableId, String destinationCidr, String targetId)
      implements ResourceRequest {
    public ResourceKind kind() {
      return ResourceKind.ROUTE;
    }

    public List<String> references() {
      return List.of(routeTableId, targetId);
    }
  }

  /** AssociateRouteTable; id is the association id (rtbassoc-...). */
  record RouteTableAssociation(String routeTableId, String subnetId) implements ResourceRequest {
    public ResourceKind kind() {
      return ResourceKind.ROUTE_TABLE_ASSOCIATION;
    }

    public List<String> references() {
      return List.of(routeTableId, subnetId);
    }
  }

  /** AllocateAddress (domain vpc); id is the allocation id. */
  record ElasticIp() implements ResourceRequest {
    public ResourceKind kind() {
      return ResourceKind.ELASTIC_IP;
    }

    public List<String> references() {
      return List.of();
    }
  }

  /** CreateNatGateway (public, with ClientToken); pending → available. */
  record NatGateway(String subnetId, String allocationId) implements ResourceRequest {
    public ResourceKind kind() {
      return ResourceKind.NAT_GATEWAY;
    }

    public List<String> references() {
      return List.of(subnetId, allocationId);
    }
  }

  /** CreateSecurityGroup (with its default egress rule). */
  record SecurityGroup(String vpcId, String name, String description) implements ResourceRequest {
    public ResourceKind kind() {
      return ResourceKind.SECURITY_GROUP;
    }

    public List<String> references() {
      return List.of(vpcId);
    }
  }

  /**
   * AuthorizeSecurityGroupIngress with TagSpecifications; id is the rule id (sgr-...). Exactly one
   * of {@code sourceCidr} and {@code sourceGroupId} is non-empty.
   */
  record SecurityGroupIngress(
      String groupId,
      String protocol,
      int fromPort,
      int toPort,
      String sourceCidr,
      String sourceGroupId,
      String description)
      implements ResourceRequest {
    public SecurityGroupIngress {
      if (sourceCidr.isEmpty() == sourceGroupId.isEmpty()) {
        throw new IllegalArgumentException("an ingress rule has one source: a CIDR or a group");
      }
    }

    public ResourceKind kind() {
      return ResourceKind.SECURITY_GROUP_RULE;
    }

    public List<String> references() {
      return sourceGroupId.isEmpty() ? List.of(groupId) : List.of(groupId, sourceGroupId);
    }
  }

  /**
   * CreateRole trusted by one AWS service principal; id is the role name, {@code arn} attribute.
   */
  record IamRole(String name, String trustedService, String description)
      implements ResourceRequest {
    public ResourceKind kind() {
      return ResourceKind.IAM_ROLE;
    }

    public List<String> references() {
      return List.of();
    }
  }

  /** AttachRolePolicy (managed policy); id {@code roleName|policyArn}. */
  record RolePolicyAttachment(String roleName, String policyArn) implements ResourceRequest {
    public ResourceKind kind() {
      return ResourceKind.ROLE_POLICY_ATTACHMENT;
    }

    public List<String> references() {
      return List.of(roleName);
    }
  }

  /**
   * ImportKeyPair of a key made on this machine; id is the key pair id, name and fingerprint
   * attributes.
   *
   * @param publicKey the key to import: empty in a plan, set just before the create, once its
   *     private key is on disk
   */
  record KeyPair(String name, Optional<SshPublicKey> publicKey) implements ResourceRequest {
    public KeyPair(String name) {
      this(name, Optional.empty());
    }

    /** This key pair, imported from {@code key}. */
    public KeyPair importing(SshPublicKey key) {
      return new KeyPair(name, Optional.of(key));
    }

    /** What to send to ImportKeyPair: the public key with a comment naming the key pair. */
    public String publicKeyLine() {
      return publicKey()
          .orElseThrow(
              () -> new IllegalStateException("key pair " + name + " has no public key yet"))
          .openSsh("eksdesk key pair " + name);
    }

    public ResourceKind kind() {
      return ResourceKind.KEY_PAIR;
    }

    public List<String> references() {
      return List.of();
    }
  }

  /**
   * RunInstances (one, with ClientToken, IMDSv2 required, hop limit 1, encrypted root volume, the
   * instance profile when not empty); pending → running.
   */
  record Instance(
      String name,
      String instanceType,
      String subnetId,
      List<String> securityGroupIds,
      String keyPairName,
      boolean publicIp,
      String instanceProfileName)
      implements ResourceRequest {
    public Instance {
      securityGroupIds = List.copyOf(securityGroupIds);
    }

    public ResourceKind kind() {
      return ResourceKind.INSTANCE;
    }

    public List<String> references() {
      List<String> used = concat(List.of(subnetId), securityGroupIds);
      return instanceProfileName.isEmpty() ? used : concat(used, List.of(instanceProfileName));
    }
  }

  /**
   * CreateInstanceProfile + AddRoleToInstanceProfile; id is the profile name, {@code arn}
   * attribute. Delete removes the role first.
   */
  record InstanceProfile(String name, String roleName) implements ResourceRequest {
    public ResourceKind kind() {
      return ResourceKind.INSTANCE_PROFILE;
    }

    public List<String> references() {
      return List.of(roleName);
    }
  }

  /** CreateBucket; id is the bucket name. */
  record Bucket(String name, String region) implements ResourceRequest {
    public ResourceKind kind() {
      return ResourceKind.S3_BUCKET;
    }

    public List<String> references() {
      return List.of();
    }
  }

  /** PutPublicAccessBlock with the four flags; id {@code bucket|public-access-block}. */
  record BucketPublicAccessBlock(
      String bucket,
      boolean blockPublicAcls,
      boolean ignorePublicAcls,
      boolean blockPublicPolicy,
      boolean restrictPublicBuckets)
      implements ResourceRequest {
    public boolean allBlocked() {
      return blockPublicAcls && ignorePublicAcls && blockPublicPolicy && restrictPublicBuckets;
    }

    public ResourceKind kind() {
      return ResourceKind.BUCKET_PUBLIC_ACCESS_BLOCK;
    }

    public List<String> references() {
      return List.of(bucket);
    }
  }

  /** PutBucketEncryption (default SSE); id {@code bucket|encryption}. */
  record BucketEncryption(String bucket, String algorithm) implements ResourceRequest {
    public ResourceKind kind() {
      return ResourceKind.BUCKET_ENCRYPTION;
    }

    public List<String> references() {
      return List.of(bucket);
    }
  }

  /** PutBucketVersioning (Enabled); id {@code bucket|versioning}. */
  record BucketVersioning(String bucket) implements ResourceRequest {
    public ResourceKind kind() {
      return ResourceKind.BUCKET_VERSIONING;
    }

    public List<String> references() {
      return List.of(bucket);
    }
  }

  /**
   * PutBucketPolicy with a statement denying every request not made over TLS (aws:SecureTransport
   * false), added to the statements the bucket's policy already has; id {@code bucket|tls-policy}.
   */
  record BucketTlsPolicy(String bucket) implements ResourceRequest {
    public ResourceKind kind() {
      return ResourceKind.BUCKET_TLS_POLICY;
    }

    public List<String> references() {
      return List.of(bucket);
    }
  }

  /** CreateFlowLogs of every packet of the VPC (ALL) into an S3 bucket; id is the flow log id. */
  record FlowLog(String vpcId, String bucket) implements ResourceRequest {
    public ResourceKind kind() {
      return ResourceKind.FLOW_LOG;
    }

    public List<String> references() {
      return List.of(vpcId, bucket);
    }
  }

  /**
   * RevokeSecurityGroupIngress/Egress of every rule of the VPC's default security group, so
   * anything placed in it by mistake gets no traffic; id {@code vpcId|default-security-group}.
   * Delete does nothing: the group goes with the VPC.
   */
  record DefaultSecurityGroupEmptied(String vpcId) implements ResourceRequest {
    public ResourceKind kind() {
      return ResourceKind.DEFAULT_SECURITY_GROUP_EMPTIED;
    }

    public List<String> references() {
      return List.of(vpcId);
    }
  }

  /**
   * CreateVpcEndpoint of type Gateway (S3) on the given route tables, with an endpoint policy (an
   * IAM policy document in JSON).
   */
  record GatewayEndpoint(
      String vpcId, String serviceName, List<String> routeTableIds, String policyDocument)
      implements ResourceRequest {
    public GatewayEndpoint {
      routeTableIds = List.copyOf(routeTableIds);
    }

    public ResourceKind kind() {
      return ResourceKind.VPC_ENDPOINT;
    }

    public List<String> references() {
      return concat(List.of(vpcId), routeTableIds);
    }
  }

  /** CreateTrail + StartLogging, writing into {@code bucket}; id is the trail name. */
  record Trail(String name, String bucket, boolean multiRegion) implements ResourceRequest {
    public ResourceKind kind() {
      return ResourceKind.CLOUDTRAIL_TRAIL;
    }

    public List<String> references() {
      return List.of(bucket);
    }
  }

  /** CreateCluster (clientRequestToken); CREATING → ACTIVE; id is the cluster name. */
  record EksCluster(
      String name,
      String kubernetesVersion,
      String roleArn,
      List<String> subnetIds,
      List<String> securityGroupIds,
      boolean endpointPrivateAccess,
      boolean endpointPublicAccess,
      List<String> publicAccessCidrs,
      List<String> logTypes,
      String authenticationMode)
      implements ResourceRequest {
    public EksCluster {
      subnetIds = List.copyOf(subnetIds);
      securityGroupIds = List.copyOf(securityGroupIds);
      publicAccessCidrs = List.copyOf(publicAccessCidrs);
      logTypes = List.copyOf(logTypes);
    }

    public ResourceKind kind() {
      return ResourceKind.EKS_CLUSTER;
    }

    public List<String> references() {
      return concat(subnetIds, securityGroupIds);
    }
  }

  /** CreateAccessEntry + AssociateAccessPolicy (cluster scope); id {@code cluster|principalArn}. */
  record AccessEntry(String clusterName, String principalArn, String accessPolicyArn)
      implements ResourceRequest {
    public ResourceKind kind() {
      return ResourceKind.EKS_ACCESS_ENTRY;
    }

    public List<String> references() {
      return List.of(clusterName);
    }
  }

  /**
   * CreateLaunchTemplate (ClientToken): IMDSv2 required with the given hop limit, the root volume,
   * and a kubelet max-pods setting in the node configuration user data.
   */
  record LaunchTemplate(
      String name,
      String keyPairName,
      boolean imdsV2Required,
      int metadataHopLimit,
      int maxPods,
      int rootVolumeGiB)
      implements ResourceRequest {
    public ResourceKind kind() {
      return ResourceKind.LAUNCH_TEMPLATE;
    }

    public List<String> references() {
      return List.of();
    }
  }

  /**
   * CreateNodegroup (clientRequestToken) at the control plane's Kubernetes version; CREATING →
   * ACTIVE; id {@code cluster/nodegroup}. Labels are {@code key=value}, taints as kubectl writes
   * them ({@code key=value:NoSchedule}), each sorted: the account reports them the same way.
   */
  record NodeGroup(
      String clusterName,
      String name,
      String nodeRoleArn,
      List<String> subnetIds,
      String launchTemplateId,
      String instanceType,
      String capacityType,
      String amiType,
      String kubernetesVersion,
      int minSize,
      int maxSize,
      int desiredSize,
      List<String> labels,
      List<String> taints)
      implements ResourceRequest {
    public NodeGroup {
      subnetIds = List.copyOf(subnetIds);
      labels = labels.stream().sorted().toList();
      taints = taints.stream().sorted().toList();
    }

    public ResourceKind kind() {
      return ResourceKind.EKS_NODEGROUP;
    }

    public List<String> references() {
      return concat(List.of(clusterName, launchTemplateId), subnetIds);
    }
  }

  /**
   * CreateAddon (clientRequestToken) with JSON configuration values; id {@code cluster|addon}.
   *
   * @param kubernetesVersion the control plane's version the add-on's version must match (EKS's
   *     default add-on version for it, DescribeAddonVersions)
   */
  record Addon(
      String clusterName, String name, String configurationValues, String kubernetesVersion)
      implements ResourceRequest {
    public ResourceKind kind() {
      return ResourceKind.EKS_ADDON;
    }

    public List<String> references() {
      return List.of(clusterName);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
