package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.LaunchTemplate;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateHttpTokensState;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateInstanceMetadataEndpointState;
import software.amazon.awssdk.services.ec2.model.RequestLaunchTemplateData;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.VolumeType;

/**
 * CreateLaunchTemplate (ClientToken) for the managed node group: IMDSv2 required with the plan's
 * hop limit, an encrypted gp3 root volume, the key pair, and the kubelet's max pods as an AL2023
 * NodeConfig in MIME user data (EKS merges its own part with the cluster's details into it).
 */
final class LaunchTemplateHandler
    implements CreatingHandler<ResourceRequest.LaunchTemplate>, Ec2Described {
  /** The root device of the Amazon Linux 2023 images (EKS-optimised and plain). */
  static final String ROOT_DEVICE = "/dev/xvda";

  private static final String BOUNDARY = "==EKSDESK==";

  private final Ec2Client ec2;

  LaunchTemplateHandler(Ec2Client ec2) {
    this.ec2 = ec2;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.LAUNCH_TEMPLATE;
  }

  @Override
  public Class<ResourceRequest.LaunchTemplate> requestType() {
    return ResourceRequest.LaunchTemplate.class;
  }

  @Override
  public String idPrefix() {
    return "lt-";
  }

  @Override
  public CreateResult create(
      ResourceRequest.LaunchTemplate request, ClientToken token, Map<String, String> tags) {
    LaunchTemplate template =
        ec2.createLaunchTemplate(
                r ->
                    r.launchTemplateName(request.name())
                        .clientToken(token.value())
                        .launchTemplateData(data(request))
                        .tagSpecifications(Ec2Tags.spec(ResourceType.LAUNCH_TEMPLATE, tags)))
            .launchTemplate();
    return CreateResult.of(toResource(template));
  }

  @Override
  public Optional<CloudResource> find(
      ResourceRequest.LaunchTemplate request, Map<String, String> tags) {
    return ec2
        .describeLaunchTemplatesPaginator(r -> r.filters(Ec2Tags.stepFilters(tags)))
        .launchTemplates()
        .stream()
        .findFirst()
        .map(LaunchTemplateHandler::toResource);
  }

  @Override
  public List<CloudResource> describeAll(List<String> ids) {
    return ec2
        .describeLaunchTemplatesPaginator(r -> r.launchTemplateIds(ids))
        .launchTemplates()
        .stream()
        .map(LaunchTemplateHandler::toResource)
        .toList();
  }

  @Override
  public void delete(String id) {
    ec2.deleteLaunchTemplate(r -> r.launchTemplateId(id));
  }

  static RequestLaunchTemplateData data(ResourceRequest.LaunchTemplate request) {
    RequestLaunchTemplateData.Builder data =
        RequestLaunchTemplateData.builder()
            .metadataOptions(
                m ->
                    m.httpTokens(
                            request.imdsV2Required()
                                ? LaunchTemplateHttpTokensState.REQUIRED
                                : LaunchTemplateHttpTokensState.OPTIONAL)
                        .httpPutResponseHopLimit(request.metadataHopLimit())
                        .httpEndpoint(LaunchTemplateInstanceMetadataEndpointState.ENABLED))
            .blockDeviceMappings(
                b ->
                    b.deviceName(ROOT_DEVICE)
                        .ebs(
                            e ->
                                e.volumeSize(request.rootVolumeGiB())
                                    .volumeType(VolumeType.GP3)
                                    .encrypted(true)
                                    .deleteOnTermination(true)))
            .userData(userData(request.maxPods()));
    if (!request.keyPairName().isEmpty()) {
      data.keyName(request.keyPairName());
    }
    return data.build();
  }

  private static String userData(int maxPods) {
    String mime =
        "MIME-Version: 1.0\n"
            + "Content-Type: multipart/mixed; boundary=\""
            + BOUNDARY
            + "\"\n\n--"
            + BOUNDARY
            + "\nContent-Type: application/node.eks.aws\n\n"
            + "apiVersion: node.eks.aws/v1alpha1\n"
            + "kind: NodeConfig\n"
            + "spec:\n"
            + "  kubelet:\n"
            + "    config:\n"
            + "      maxPods: "
            + maxPods
            + "\n\n--"
            + BOUNDARY
            + "--\n";
    return Base64.getEncoder().encodeToString(mime.getBytes(StandardCharsets.UTF_8));
  }

  private static CloudResource toResource(LaunchTemplate template) {
    return Resources.ready(
        ResourceKind.LAUNCH_TEMPLATE,
        template.launchTemplateId(),
        Ec2Tags.map(template.tags()),
        Resources.attributes()
            .put("name", template.launchTemplateName())
            .put("defaultVersion", template.defaultVersionNumber())
            .build());
  }
}
