package dev.eksdesk.cloud.aws;

import java.util.List;

/**
 * The IAM actions building the default cluster calls, checked by Verify before anything is made.
 */
final class ProvisioningActions {
  static final List<String> REQUIRED =
      List.of(
          "ec2:CreateVpc",
          "ec2:CreateSubnet",
          "ec2:CreateInternetGateway",
          "ec2:CreateRouteTable",
          "ec2:AllocateAddress",
          "ec2:CreateNatGateway",
          "ec2:CreateSecurityGroup",
          "ec2:AuthorizeSecurityGroupIngress",
          "ec2:ImportKeyPair",
          "ec2:CreateLaunchTemplate",
          "ec2:RunInstances",
          "ec2:CreateVpcEndpoint",
          "ec2:CreateTags",
          "ec2:DeleteVpc",
          "iam:CreateRole",
          "iam:AttachRolePolicy",
          "iam:PassRole",
          "s3:CreateBucket",
          "s3:PutBucketPublicAccessBlock",
          "s3:PutEncryptionConfiguration",
          "eks:CreateCluster",
          "eks:CreateNodegroup",
          "eks:CreateAccessEntry",
          "eks:CreateAddon",
          "eks:UpdateAddon");

  private ProvisioningActions() {}
}
