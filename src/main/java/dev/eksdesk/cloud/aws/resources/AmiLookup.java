package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.FailureKind;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ArchitectureValues;
import software.amazon.awssdk.services.ec2.model.Image;

/**
 * The newest Amazon Linux 2023 image for an instance type's architecture, for the bastion and the
 * standalone worker (node groups get theirs from EKS). Looked up with DescribeImages because the
 * SSM public parameters are not among the SDK modules; cached per architecture for the session.
 */
final class AmiLookup {
  private static final String AMAZON = "amazon";
  private final Ec2Client ec2;
  private final Map<String, String> byArchitecture = new ConcurrentHashMap<>();

  AmiLookup(Ec2Client ec2) {
    this.ec2 = ec2;
  }

  String forInstanceType(String instanceType) {
    String architecture =
        ec2
            .describeInstanceTypes(r -> r.instanceTypesWithStrings(instanceType))
            .instanceTypes()
            .stream()
            .flatMap(t -> t.processorInfo().supportedArchitecturesAsStrings().stream())
            .findFirst()
            .orElse(ArchitectureValues.X86_64.toString());
    return byArchitecture.computeIfAbsent(architecture, this::newestAmazonLinux);
  }

  private String newestAmazonLinux(String architecture) {
    return ec2
        .describeImagesPaginator(
            r ->
                r.owners(AMAZON)
                    .filters(
                        Ec2Tags.filter("name", "al2023-ami-2023.*-" + architecture),
                        Ec2Tags.filter("architecture", architecture),
                        Ec2Tags.filter("state", "available")))
        .images()
        .stream()
        .max(Comparator.comparing(Image::creationDate))
        .map(Image::imageId)
        .orElseThrow(
            () ->
                new CloudException(
                    FailureKind.INVALID,
                    "InvalidAMIID.NotFound",
                    "no Amazon Linux 2023 image for " + architecture + " in this region"));
  }
}
