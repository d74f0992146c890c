package dev.eksdesk.domain.spec;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The names a spec gives or derives, checked against what AWS accepts for each. */
final class NameChecks {
  /** EKS node group names. */
  static final Pattern NODE_GROUP = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,62}");

  /** CloudTrail: letters, digits, '.', '_' and '-', never two of those three in a row. */
  private static final Pattern TRAIL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?");

  private static final Pattern TRAIL_RUN = Pattern.compile("[._-]{2}");
  private static final int KEY_PAIR_MAX = 255;
  private static final int TAG_KEY_MAX = 128;
  private static final int TAG_VALUE_MAX = 256;

  private NameChecks() {}

  static void check(ClusterSpec spec, List<SpecProblem> problems) {
    if (ClusterSpec.NAME.matcher(spec.name()).matches()) {
      derivedNames(spec, problems);
    }
    if (!NODE_GROUP.matcher(spec.nodeGroup().name()).matches()) {
      problems.add(
          SpecProblem.error(
              "nodeGroup.name",
              "'"
                  + spec.nodeGroup().name()
                  + "' is not a valid node group name: start with a letter or digit, then"
                  + " letters, digits, '-' or '_' (63 at most)"));
    }
    keyPairName(spec.sshKey(), problems);
    tags(spec.tags(), problems);
  }

  private static void derivedNames(ClusterSpec spec, List<SpecProblem> problems) {
    String cluster = spec.name();
    List<AwsNames.Derived> derived = AwsNames.of(spec);
    derived.stream()
        .filter(d -> d.name().length() > d.maxLength())
        .findFirst()
        .ifPresent(
            tooLong -> {
              AwsNames.Derived tightest =
                  derived.stream()
                      .min(Comparator.comparingInt(d -> d.clusterNameBudget(cluster)))
                      .orElseThrow();
              problems.add(
                  SpecProblem.error(
                      "name",
                      String.format(
                          Locale.ROOT,
                          "'%s' is too long: the %s name %s would have %d characters and AWS"
                              + " allows %d; with this spec a cluster name has at most %d"
                              + " characters (for the %s name)",
                          cluster,
                          tooLong.what(),
                          tooLong.name(),
                          tooLong.name().length(),
                          tooLong.maxLength(),
                          tightest.clusterNameBudget(cluster),
                          tightest.what())));
            });
    if (cluster.toLowerCase(Locale.ROOT).startsWith("sg-")) {
      problems.add(
          SpecProblem.error(
              "name",
              "a cluster name may not start with 'sg-': its security groups are named after it,"
                  + " and AWS keeps that prefix for their ids"));
    }
    String trail = AwsNames.trail(cluster);
    if (spec.network().cloudTrail()
        && (!TRAIL.matcher(trail).matches() || TRAIL_RUN.matcher(trail).find())) {
      problems.add(
          SpecProblem.error(
              "name",
              "the CloudTrail trail would be named "
                  + trail
                  + ", and trail names may not have two of '-', '_' or '.' in a row; rename the"
                  + " cluster"));
    }
  }

  private static void keyPairName(SshKeySpec key, List<SpecProblem> problems) {
    String name = key.keyPairName();
    if (key.mode() == SshKeyMode.NONE || name.isBlank()) {
      return;
    }
    if (name.length() > KEY_PAIR_MAX || !name.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      problems.add(
          SpecProblem.error(
              "sshKey.keyPairName",
              "EC2 key pair names are 1 to " + KEY_PAIR_MAX + " plain ASCII characters"));
    }
  }

  private static void tags(Map<String, String> tags, List<SpecProblem> problems) {
    tags.forEach(
        (key, value) -> {
          String path = "tags." + key;
          String lower = key.toLowerCase(Locale.ROOT);
          if (lower.startsWith("aws:") || lower.startsWith("eksdesk:")) {
            problems.add(
                SpecProblem.error(
                    path,
                    "tag keys starting with 'aws:' belong to AWS and 'eksdesk:' to Eksdesk;"
                        + " pick another key"));
          }
          if (key.isEmpty() || key.length() > TAG_KEY_MAX) {
            problems.add(SpecProblem.error(path, "tag keys are 1 to 128 characters"));
          }
          if (value.length() > TAG_VALUE_MAX) {
            problems.add(SpecProblem.error(path, "tag values are at most 256 characters"));
          }
        });
  }
}
