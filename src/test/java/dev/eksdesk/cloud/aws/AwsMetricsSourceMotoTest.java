package dev.eksdesk.cloud.aws;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eks.EksClient;

/** The metrics port against moto: what a refresh reads, and how many calls it takes. */
class AwsMetricsSourceMotoTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  private static final String CLUSTER = "pw-cluster";

  private AwsClients clients;
  private AwsMetricsSource source;
  private String vpcId;
  private String subnetId;

  @BeforeEach
  void cluster() throws Exception {
    MOTO.reset();
    clients = new AwsClients(MOTO.settings(Region.EU_WEST_1), new ApiCallCounter());
    source = new AwsMetricsSource(clients);
    vpcId = clients.ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
    subnetId =
        clients
            .ec2()
            .createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.1.0/24"))
            .subnet()
            .subnetId();
    String roleArn =
        clients
            .iam()
            .createRole(r -> r.roleName("eks").assumeRolePolicyDocument("{}"))
            .role()
            .arn();
    try (EksClient eks = eksReportingVpc(vpcId)) {
      eks.createCluster(
          r ->
              r.name(CLUSTER)
                  .roleArn(roleArn)
                  .version("1.31")
                  .resourcesVpcConfig(v -> v.subnetIds(subnetId)));
    }
  }

  /**
   * moto echoes the cluster's resourcesVpcConfig as it was sent, where AWS adds the VPC's id; this
   * client sends the id along so that moto answers DescribeCluster as AWS does.
   */
  private static EksClient eksReportingVpc(String vpcId) {
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
    AwsClientSettings settings = MOTO.settings(Region.EU_WEST_1);
    return EksClient.builder()
        .region(Region.EU_WEST_1)
        .endpointOverride(MOTO.endpoint())
        .credentialsProvider(settings.credentials())
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.addExecutionInterceptor(addVpcId))
        .build();
  }

  private static byte[] withVpcId(Optional<RequestBody> body, String vpcId) {
    String json = body.map(b -> read(b.contentStreamProvider().newStream())).orElse("");
    return json.replace(
            "\"resourcesVpcConfig\":{", "\"resourcesVpcConfig\":{\"vpcId\":\"" + vpcId + "\",")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String read(java.io.InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
