package dev.eksdesk.cloud.aws;

import dev.eksdesk.cloud.ResourceTags;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.eks.EksClient;

/** An EKS cluster in moto with its VPC, and instances tagged as a managed node group's. */
public final class MotoEksCluster implements AutoCloseable {
  public static final String NAME = "pw-cluster";

  final AwsClients clients;
  final String vpcId;
  final String subnetId;

  private MotoEksCluster(AwsClients clients, String vpcId, String subnetId) {
    this.clients = clients;
    this.vpcId = vpcId;
    this.subnetId = subnetId;
  }

  /** On an empty moto: a VPC, a subnet, a role and the cluster. */
  public static MotoEksCluster create(MotoServer moto) throws IOException {
    moto.reset();
    AwsClients clients = new AwsClients(moto.settings(Region.EU_WEST_1), new ApiCallCounter());
    String vpcId = clients.ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
    String subnetId =
        clients
            .ec2()
            .createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.0.0/20"))
            .subnet()
            .subnetId();
    String roleArn =
        clients
            .iam()
            .createRole(r -> r.roleName("eks").assumeRolePolicyDocument("{}"))
            .role()
            .arn();
    try (EksClient eks = eksReportingVpc(moto, vpcId)) {
      eks.createCluster(
          r ->
              r.name(NAME)
                  .roleArn(roleArn)
                  .version("1.31")
                  .resourcesVpcConfig(v -> v.subnetIds(subnetId)));
    }
    return new MotoEksCluster(clients, vpcId, subnetId);
  }

  /** Instances of the node group, tagged as EKS tags them. */
  void runNodes(int count) {
    run(
        "t3.medium",
        count,
        Map.of(
            AwsMetricsSource.EKS_CLUSTER_TAG, NAME, AwsMetricsSource.EKS_NODEGROUP_TAG, "workers"));
  }

  /** The node group "workers", as {@link MotoNodeGroup} runs it. */
  void runNodeGroup(int size) {
    MotoNodeGroup.run(clients, NAME, subnetId, size);
  }

  void runBastion() {
    run("t3.micro", 1, Map.of(ResourceTags.CLUSTER, NAME, "Name", NAME + "-bastion"));
  }

  void runStranger() {
    run("t3.micro", 1, Map.of("Name", "someone-elses-box"));
  }

  String createNatGateway() {
    String allocation = clients.ec2().allocateAddress(r -> r.domain("vpc")).allocationId();
    return clients
        .ec2()
        .createNatGateway(r -> r.subnetId(subnetId).allocationId(allocation))
        .natGateway()
        .natGatewayId();
  }

  private void run(String type, int count, Map<String, String> tags) {
    clients
        .ec2()
        .runInstances(
            r ->
                r.imageId("ami-12c6146b")
                    .instanceType(type)
                    .minCount(count)
                    .maxCount(count)
                    .subnetId(subnetId)
                    .tagSpecifications(
                        t ->
                            t.resourceType(ResourceType.INSTANCE)
                                .tags(
                                    tags.entrySet().stream()
                                        .map(
                                            e ->
                                                Tag.builder()
                                                    .key(e.getKey())
                                                    .value(e.getValue())
                                                    .build())
                                        .toList())));
  }

  /** The cluster as DescribeCluster answers: its API server's address, its ARN. */
  public software.amazon.awssdk.services.eks.model.Cluster describe() {
    return clients.eks().describeCluster(r -> r.name(NAME)).cluster();
  }

  @Override
  public void close() {
    clients.close();
  }

  /**
   * moto echoes the cluster's resourcesVpcConfig as it was sent, where AWS adds the VPC's id; this
   * client sends the id along so that moto answers DescribeCluster as AWS does.
   */
  private static EksClient eksReportingVpc(MotoServer moto, String vpcId) {
    ExecutionInterceptor addVpcId =
        new ExecutionInterceptor() {
          @Override
          public SdkHttpRequest modifyHttpRequest(
              Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
            long length = withVpcId(context.requestBody(), vpcId).length;
            return context.httpRequest().toBuilder()
                .putHeader("Content-Length", Long.toString(length))
                .build();
          }

          @Override
          public Optional<RequestBody> modifyHttpContent(
              Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
            return Optional.of(RequestBody.fromBytes(withVpcId(context.requestBody(), vpcId)));
          }
        };
    AwsClientSettings settings = moto.settings(Region.EU_WEST_1);
    return EksClient.builder()
        .region(Region.EU_WEST_1)
        .endpointOverride(moto.endpoint())
        .credentialsProvider(settings.credentials())
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.addExecutionInterceptor(addVpcId))
        .build();
  }

  private static byte[] withVpcId(Optional<RequestBody> body, String vpcId) {
    String json = body.map(b -> read(b.contentStreamProvider().newStream())).orElse("");
    return json.replace(
            "\"resourcesVpcConfig\":{", "\"resourcesVpcConfig\":{\"vpcId\":\"" + vpcId + "\",")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
