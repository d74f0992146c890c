package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateFlowLogsResponse;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.FlowLog;
import software.amazon.awssdk.services.ec2.model.FlowLogsResourceType;
import software.amazon.awssdk.services.ec2.model.LogDestinationType;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.TrafficType;
import software.amazon.awssdk.services.ec2.model.UnsuccessfulItemError;

/**
 * CreateFlowLogs (ClientToken) of all the VPC's traffic into an S3 bucket; id is the flow log id.
 * S3 delivery needs no IAM role: AWS adds its delivery statements to the bucket's policy.
 */
final class FlowLogHandler implements CreatingHandler<ResourceRequest.FlowLog>, Ec2Described {
  private final Ec2Client ec2;

  FlowLogHandler(Ec2Client ec2) {
    this.ec2 = ec2;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.FLOW_LOG;
  }

  @Override
  public Class<ResourceRequest.FlowLog> requestType() {
    return ResourceRequest.FlowLog.class;
  }

  @Override
  public String idPrefix() {
    return "fl-";
  }

  @Override
  public CreateResult create(
      ResourceRequest.FlowLog request, ClientToken token, Map<String, String> tags) {
    CreateFlowLogsResponse response =
        ec2.createFlowLogs(
            r ->
                r.resourceIds(request.vpcId())
                    .resourceType(FlowLogsResourceType.VPC)
                    .trafficType(TrafficType.ALL)
                    .logDestinationType(LogDestinationType.S3)
                    .logDestination("arn:aws:s3:::" + request.bucket())
                    .clientToken(token.value())
                    .tagSpecifications(Ec2Tags.spec(ResourceType.VPC_FLOW_LOG, tags)));
    // CreateFlowLogs reports a refused VPC in its answer, not as an exception.
    if (response.flowLogIds().isEmpty()) {
      throw failure(
          response.unsuccessful().stream()
              .map(item -> item.error())
              .findFirst()
              .orElse(
                  UnsuccessfulItemError.builder()
                      .code("FlowLogNotCreated")
                      .message("AWS created no flow log for " + request.vpcId())
                      .build()));
    }
    return CreateResult.of(describe(response.flowLogIds().get(0)).orElseThrow());
  }

  /** The VPC's flow log carrying this step's tags. */
  @Override
  public Optional<CloudResource> find(ResourceRequest.FlowLog request, Map<String, String> tags) {
    return ec2
        .describeFlowLogsPaginator(r -> r.filter(Ec2Tags.filter("resource-id", request.vpcId())))
        .flowLogs()
        .stream()
        .map(FlowLogHandler::toResource)
        .filter(found -> Tags.sameStep(found.tags(), tags))
        .findFirst();
  }

  @Override
  public List<CloudResource> describeAll(List<String> ids) {
    return ec2
        .describeFlowLogsPaginator(r -> r.filter(Ec2Tags.filter("flow-log-id", ids)))
        .flowLogs()
        .stream()
        .map(FlowLogHandler::toResource)
        .toList();
  }

  @Override
  public void delete(String id) {
    ec2.deleteFlowLogs(r -> r.flowLogIds(id)).unsuccessful().stream()
        .map(item -> item.error())
        .findFirst()
        .ifPresent(
            error -> {
              throw failure(error);
            });
  }

  private static Ec2Exception failure(UnsuccessfulItemError error) {
    return (Ec2Exception)
        Ec2Exception.builder()
            .statusCode(400)
            .awsErrorDetails(
                AwsErrorDetails.builder()
                    .serviceName("EC2")
                    .errorCode(error.code())
                    .errorMessage(error.message())
                    .build())
            .build();
  }

  private static CloudResource toResource(FlowLog log) {
    return Resources.ready(
        ResourceKind.FLOW_LOG,
        log.flowLogId(),
        Ec2Tags.map(log.tags()),
        Resources.attributes()
            .put("vpcId", log.resourceId())
            .put("trafficType", log.trafficTypeAsString())
            .put("logDestination", log.logDestination())
            .build());
  }
}
