package dev.eksdesk.domain.spec;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a team keeps a cluster's journal: {@code s3://bucket/prefix} (the spec's {@code state}).
 * The journal is {@code <prefix>/<cluster>.journal.json}, its lock {@code <prefix>/<cluster>.lock}.
 */
public record StateLocation(String bucket, String prefix) {
  /** S3's rules for bucket names: 3 to 63 lowercase letters, digits, dots and hyphens. */
  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

  private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9._/-]*");
  private static final String SCHEME = "s3://";

  /**
   * Reads {@code s3://bucket/prefix}.
   *
   * @throws IllegalArgumentException saying what is wrong and what to write instead
   */
  public static StateLocation parse(String url) {
    Optional<String> problem = problem(url);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
    return split(url.trim());
  }

  /** What is wrong with {@code url} as a state location, in words; empty when it is one. */
  public static Optional<String> problem(String url) {
    String value = url == null ? "" : url.trim();
    if (!value.startsWith(SCHEME)) {
      return Optional.of(
          "'"
              + value
              + "' is not an S3 location; write s3://BUCKET/PREFIX (a bucket your team can"
              + " write to), or leave state out to keep the journal on this machine");
    }
    StateLocation location = split(value);
    if (!BUCKET.matcher(location.bucket()).matches() || location.bucket().contains("..")) {
      return Optional.of(
          "'"
              + location.bucket()
              + "' is not an S3 bucket name: 3 to 63 lowercase letters, digits, '.' or '-',"
              + " starting and ending with a letter or digit, e.g. s3://acme-eksdesk-state/team");
    }
    if (!PREFIX.matcher(location.prefix()).matches() || location.prefix().contains("//")) {
      return Optional.of(
          "'"
              + location.prefix()
              + "' is not a usable prefix: letters, digits, '.', '_', '-' and single '/' only,"
              + " e.g. s3://"
              + location.bucket()
              + "/platform-team");
    }
    return Optional.empty();
  }

  private static StateLocation split(String value) {
    String rest = value.substring(SCHEME.length());
    int slash = rest.indexOf('/');
    String bucket = slash < 0 ? rest : rest.substring(0, slash);
    String prefix = slash < 0 ? "" : rest.substring(slash + 1);
    while (prefix.endsWith("/")) {
      prefix = prefix.substring(0, prefix.length() - 1);
    }
    return new StateLocation(bucket, prefix);
  }

  /** The object holding the cluster's journal. */
  public String journalKey(String cluster) {
    return key(cluster + ".journal.json");
  }

  /** The object whose existence locks the cluster. */
  public String lockKey(String cluster) {
    return key(cluster + ".lock");
  }

  private String key(String name) {
    return prefix.isEmpty() ? name : prefix + "/" + name;
  }

  @Override
  public String toString() {
    return SCHEME + bucket + (prefix.isEmpty() ? "" : "/" + prefix);
  }
}
