package dev.eksdesk.engine.plan;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The S3 gateway endpoint's policy: everything on the cluster's own bucket(s), and only reads of
 * what nodes fetch through S3 (container image layers from ECR's bucket and Amazon Linux's package
 * repositories, as the EKS and Amazon Linux user guides list them). Anything else in S3 is refused
 * from inside the VPC.
 */
final class S3EndpointPolicy {
  private S3EndpointPolicy() {}

  static String of(String region, List<String> buckets) {
    String own =
        buckets.stream()
            .flatMap(b -> Stream.of(arn(b), arn(b) + "/*"))
            .map(S3EndpointPolicy::quoted)
            .collect(Collectors.joining(","));
    String nodeReads =
        Stream.of(
                arn("prod-" + region + "-starport-layer-bucket") + "/*",
                arn("al2023-repos-" + region + "-*") + "/*",
                arn("amazonlinux-2-repos-" + region) + "/*")
            .map(S3EndpointPolicy::quoted)
            .collect(Collectors.joining(","));
    return "{\"Version\":\"2012-10-17\",\"Statement\":["
        + "{\"Sid\":\"ClusterBuckets\",\"Effect\":\"Allow\",\"Principal\":\"*\","
        + "\"Action\":\"s3:*\",\"Resource\":["
        + own
        + "]},"
        + "{\"Sid\":\"NodeImagesAndPackages\",\"Effect\":\"Allow\",\"Principal\":\"*\","
        + "\"Action\":\"s3:GetObject\",\"Resource\":["
        + nodeReads
        + "]}]}";
  }

  private static String arn(String bucket) {
    return "arn:aws:s3:::" + bucket;
  }

  private static String quoted(String text) {
    return "\"" + text + "\"";
  }
}
