package dev.eksdesk.cloud.aws.resources;

import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.elasticloadbalancing.ElasticLoadBalancingClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The SDK clients of one account session that the handlers call, in its region (the session's
 * {@code AwsClients} is the one implementation; the handlers need nothing else of it).
 */
public interface SdkClients {
  Region region();

  Ec2Client ec2();

  IamClient iam();

  S3Client s3();

  CloudTrailClient cloudTrail();

  EksClient eks();

  ElasticLoadBalancingClient elb();

  ElasticLoadBalancingV2Client elbv2();
}
