package dev.eksdesk.domain.spec;

import java.util.List;

/** Commercial AWS regions where EKS runs. Zones are named region + letter. */
public final class Regions {
  public static final List<String> EKS =
      List.of(
          "us-east-1",
          "us-east-2",
          "us-west-1",
          "us-west-2",
          "ca-central-1",
          "eu-central-1",
          "eu-central-2",
          "eu-west-1",
          "eu-west-2",
          "eu-west-3",
          "eu-north-1",
          "eu-south-1",
          "eu-south-2",
          "ap-south-1",
          "ap-northeast-1",
          "ap-northeast-2",
          "ap-northeast-3",
          "ap-southeast-1",
          "ap-southeast-2",
          "sa-east-1");

  private Regions() {}

  public static boolean isKnown(String region) {
    return EKS.contains(region);
  }

  /** The first {@code count} zone names of a region (a, b, c, ...). */
  public static List<String> defaultZones(String region, int count) {
    return "abcdef".chars().limit(count).mapToObj(c -> region + (char) c).toList();
  }
}
