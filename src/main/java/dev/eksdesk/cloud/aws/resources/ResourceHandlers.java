package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** One handler per {@link ResourceKind}, built on one session's clients. */
public final class ResourceHandlers {
  private final Map<ResourceKind, ResourceHandler> byKind = new EnumMap<>(ResourceKind.class);
  private final List<TaggedInventory> inventories = new ArrayList<>();

  /**
   * @param accountId the caller's account, for policies that must name it
   */
  public ResourceHandlers(SdkClients clients, Supplier<String> accountId) {
    var ec2 = clients.ec2();
    var region = clients.region();
    List<Ec2Described> ec2Kinds =
        List.of(
            new VpcHandler(ec2),
            new InternetGatewayHandler(ec2),
            new SubnetHandler(ec2),
            new RouteTableHandler(ec2),
            new ElasticIpHandler(ec2),
            new NatGatewayHandler(ec2),
            new SecurityGroupHandler(ec2),
            new SecurityGroupRuleHandler(ec2),
            new KeyPairHandler(ec2),
            new InstanceHandler(ec2, new AmiLookup(ec2)),
            new NetworkInterfaceHandler(ec2),
            new VpcEndpointHandler(ec2),
            new LaunchTemplateHandler(ec2),
            new FlowLogHandler(ec2));
    ec2Kinds.forEach(this::add);
    inventories.add(new Ec2Inventory(ec2, ec2Kinds));

    add(new RouteHandler(ec2));
    add(new RouteTableAssociationHandler(ec2));
    add(new DefaultSecurityGroupHandler(ec2));
    addInventoried(new IamRoleHandler(clients.iam()));
    add(new RolePolicyAttachmentHandler(clients.iam()));
    addInventoried(new InstanceProfileHandler(clients.iam()));
    addInventoried(new BucketHandler(clients.s3(), region));
    add(new BucketPublicAccessBlockHandler(clients.s3()));
    add(new BucketEncryptionHandler(clients.s3()));
    add(new BucketVersioningHandler(clients.s3()));
    add(new BucketTlsPolicyHandler(clients.s3()));
    addInventoried(new TrailHandler(clients.cloudTrail(), clients.s3(), region, accountId));
    addInventoried(new EksClusterHandler(clients.eks()));
    addInventoried(new NodeGroupHandler(clients.eks()));
    addInventoried(
        new LoadBalancerHandler(clients.elbv2(), new ClassicLoadBalancers(clients.elb())));

    // Kinds an endpoint may lack (moto: EKS add-ons, access entries), bridged as
    // NotImplementedByEndpoint describes, by what the endpoint answers.
    addInventoried(
        new NotImplementedByEndpoint<>(new AddonHandler(clients.eks()), AddonHandler::id));
    add(
        new NotImplementedByEndpoint<>(
            new AccessEntryHandler(clients.eks(), new AccessEntryPrincipal(clients.iam())),
            e -> AccessEntryHandler.id(e.clusterName(), e.principalArn())));
    for (ResourceKind kind : ResourceKind.values()) {
      if (!byKind.containsKey(kind)) {
        throw new IllegalStateException("no AWS handler for " + kind);
      }
    }
  }

  public ResourceHandler handler(ResourceKind kind) {
    return byKind.get(kind);
  }

  /**
   * Describes the ids of one kind, many per call for the EC2 kinds whose Describe takes a list of
   * ids (routes and associations through their tables), one call per id for the others; unknown ids
   * are left out.
   */
  public Map<String, CloudResource> describeAll(ResourceKind kind, List<String> ids) {
    Map<String, CloudResource> found = new LinkedHashMap<>();
    if (byKind.get(kind) instanceof DescribedMany batched) {
      Ec2Inventory.describe(batched, ids).forEach(resource -> found.put(resource.id(), resource));
      return found;
    }
    for (String id : ids) {
      byKind.get(kind).describe(id).ifPresent(resource -> found.put(id, resource));
    }
    return found;
  }

  /** The creating handler of a request's kind, typed for the request. */
  @SuppressWarnings("unchecked")
  public <R extends ResourceRequest> CreatingHandler<R> creating(R request) {
    ResourceHandler handler = byKind.get(request.kind());
    if (!(handler instanceof CreatingHandler<?> creating)
        || !creating.requestType().isInstance(request)) {
      throw new CloudException(
          FailureKind.INVALID, "Unsupported", "Eksdesk does not create " + request.kind());
    }
    return (CreatingHandler<R>) creating;
  }

  public List<TaggedInventory> inventories() {
    return List.copyOf(inventories);
  }

  private void add(ResourceHandler handler) {
    byKind.put(handler.kind(), handler);
  }

  private <H extends ResourceHandler & TaggedInventory> void addInventoried(H handler) {
    add(handler);
    inventories.add(handler);
  }
}
