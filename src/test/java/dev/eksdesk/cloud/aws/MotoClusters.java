package dev.eksdesk.cloud.aws;

import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eks.model.Cluster;

/** EKS clusters made in moto with plain SDK calls, as another tool (or Eksdesk) would. */
public final class MotoClusters {
  private MotoClusters() {}

  /** A VPC, a subnet, a role and an ACTIVE cluster in eu-west-1; moto answers at once. */
  public static Cluster create(MotoServer moto, String name) {
    try (AwsClients aws = new AwsClients(moto.settings(Region.EU_WEST_1), new ApiCallCounter())) {
      String vpc = aws.ec2().createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
      String subnet =
          aws.ec2().createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.0.0/20")).subnet().subnetId();
      String role =
          aws.iam()
              .createRole(r -> r.roleName(name + "-role").assumeRolePolicyDocument("{}"))
              .role()
              .arn();
      return aws.eks()
          .createCluster(
              r -> r.name(name).roleArn(role).resourcesVpcConfig(v -> v.subnetIds(subnet)))
          .cluster();
    }
  }

  /** The CLI's own flags for moto's account in eu-west-1 with {@link MotoProfileHome}'s profile. */
  public static String[] onMoto(MotoServer moto, String... args) {
    String[] account = {
      "--profile",
      MotoProfileHome.PROFILE,
      "--region",
      "eu-west-1",
      "--endpoint-url",
      moto.endpoint().toString()
    };
    String[] all = new String[args.length + account.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(account, 0, all, args.length, account.length);
    return all;
  }
}
