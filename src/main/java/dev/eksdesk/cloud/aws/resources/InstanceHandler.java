package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.ResourceState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.HttpTokensState;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceMetadataEndpointState;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.VolumeType;

/**
 * RunInstances of one host (ClientToken, IMDSv2 required with hop limit 1, an encrypted gp3 root
 * volume tagged like it); pending → running, shutting-down → terminated.
 */
final class InstanceHandler implements CreatingHandler<ResourceRequest.Instance>, Ec2Described {
  /** The plan asks for hop limit 1 on hosts: containers on them cannot reach the metadata. */
  private static final int METADATA_HOP_LIMIT = 1;

  /**
   * Naming the root device replaces the image's mapping, so its size is given too: 20 GiB holds the
   * snapshot of any Amazon Linux 2023 image (8 GiB plain, 20 GiB EKS-optimised).
   */
  private static final int HOST_ROOT_GIB = 20;

  private static final List<String> ALIVE = List.of("pending", "running", "stopping", "stopped");

  private final Ec2Client ec2;
  private final AmiLookup amis;

  InstanceHandler(Ec2Client ec2, AmiLookup amis) {
    this.ec2 = ec2;
    this.amis = amis;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.INSTANCE;
  }

  @Override
  public Class<ResourceRequest.Instance> requestType() {
    return ResourceRequest.Instance.class;
  }

  @Override
  public String idPrefix() {
    return "i-";
  }

  @Override
  public CreateResult create(
      ResourceRequest.Instance request, ClientToken token, Map<String, String> tags) {
    Map<String, String> named = new LinkedHashMap<>(tags);
    named.put("Name", request.name());
    String image = amis.forInstanceType(request.instanceType());
    Instance instance =
        ec2.runInstances(
                r -> {
                  r.imageId(image)
                      .instanceType(request.instanceType())
                      .minCount(1)
                      .maxCount(1)
                      .clientToken(token.value())
                      .metadataOptions(
                          m ->
                              m.httpTokens(HttpTokensState.REQUIRED)
                                  .httpPutResponseHopLimit(METADATA_HOP_LIMIT)
                                  .httpEndpoint(InstanceMetadataEndpointState.ENABLED))
                      .networkInterfaces(
                          n ->
                              n.deviceIndex(0)
                                  .subnetId(request.subnetId())
                                  .groups(request.securityGroupIds())
                                  .associatePublicIpAddress(request.publicIp())
                                  .deleteOnTermination(true))
                      .blockDeviceMappings(
                          b ->
                              b.deviceName(LaunchTemplateHandler.ROOT_DEVICE)
                                  .ebs(
                                      e ->
                                          e.encrypted(true)
                                              .volumeSize(HOST_ROOT_GIB)
                                              .volumeType(VolumeType.GP3)
                                              .deleteOnTermination(true)))
                      .tagSpecifications(
                          Ec2Tags.spec(ResourceType.INSTANCE, named),
                          Ec2Tags.spec(ResourceType.VOLUME, named));
                  if (!request.keyPairName().isEmpty()) {
                    r.keyName(request.keyPairName());
                  }
                  if (!request.instanceProfileName().isEmpty()) {
                    r.iamInstanceProfile(p -> p.name(request.instanceProfileName()));
                  }
                })
            .instances()
            .get(0);
    return CreateResult.of(toResource(instance));
  }

  @Override
  public Optional<CloudResource> find(ResourceRequest.Instance request, Map<String, String> tags) {
    List<Filter> filters = new ArrayList<>(Ec2Tags.stepFilters(tags));
    filters.add(Ec2Tags.filter("instance-state-name", ALIVE));
    return ec2.describeInstancesPaginator(r -> r.filters(filters)).reservations().stream()
        .flatMap(reservation -> reservation.instances().stream())
        .findFirst()
        .map(InstanceHandler::toResource);
  }

  @Override
  public List<CloudResource> describeAll(List<String> ids) {
    return ec2.describeInstancesPaginator(r -> r.instanceIds(ids)).reservations().stream()
        .flatMap(reservation -> reservation.instances().stream())
        .map(InstanceHandler::toResource)
        .toList();
  }

  @Override
  public void delete(String id) {
    ec2.terminateInstances(r -> r.instanceIds(id));
  }

  static CloudResource toResource(Instance instance) {
    ResourceState state =
        switch (instance.state().name()) {
          case PENDING -> ResourceState.PENDING;
          case SHUTTING_DOWN -> ResourceState.DELETING;
          case TERMINATED -> ResourceState.DELETED;
          default -> ResourceState.READY;
        };
    Map<String, String> tags = Ec2Tags.map(instance.tags());
    return Resources.of(
        ResourceKind.INSTANCE,
        instance.instanceId(),
        state,
        state == ResourceState.READY ? "" : instance.state().nameAsString(),
        tags,
        Resources.attributes()
            .put("name", tags.get("Name"))
            .put("instanceType", instance.instanceTypeAsString())
            .put("subnetId", instance.subnetId())
            .put("vpcId", instance.vpcId())
            .put(
                "zone",
                instance.placement() == null ? null : instance.placement().availabilityZone())
            .put("privateIp", instance.privateIpAddress())
            .put("publicIp", instance.publicIpAddress())
            .put(
                "httpTokens",
                instance.metadataOptions() == null
                    ? null
                    : instance.metadataOptions().httpTokensAsString())
            .build());
  }
}
