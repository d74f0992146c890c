package dev.eksdesk.domain.spec;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Specs a user could write that must be refused, each with the key its refusal must name; shared by
 * the domain's and the command line's tests.
 */
public final class MalformedSpecs {
  /** Words of Java or Jackson that no message may show a user. */
  public static final List<String> JAVA_WORDING =
      List.of(
          "java.",
          "Cannot construct",
          "Cannot invoke",
          "null",
          "Exception",
          "com.fasterxml",
          "jackson",
          "`int`");

  /**
   * @param key the key (path) or "(file)" the refusal names
   * @param yaml the spec's text
   */
  public record Case(String name, String key, String yaml) {
    @Override
    public String toString() {
      return name;
    }
  }

  private MalformedSpecs() {}

  public static List<Case> all() {
    return List.of(
        new Case("an empty file", "(file)", ""),
        new Case("only a comment", "(top)", "# nothing yet\n---\n"),
        new Case("a word, not a spec", "(top)", "hello\n"),
        edit(
            "an anchored section reused",
            "tags",
            s -> s.replace("tags: {}", "tags: &t {a: b}\nextra: *t")),
        edit(
            "a key given twice",
            "name",
            s -> s.replace("name: pw-cluster\n", "name: pw-cluster\nname: other\n")),
        edit(
            "an alias",
            "sshKey.keyPairName",
            s -> s.replace("keyPairName: pw-cluster-key", "keyPairName: *prodkey")),
        edit(
            "an anchor",
            "sshKey.keyPairName",
            s -> s.replace("keyPairName: pw-cluster-key", "keyPairName: &k pw-cluster-key")),
        edit(
            "a section left empty",
            "controlPlane",
            s -> s.replaceAll("(?s)controlPlane:\\n.*?(?=network:)", "controlPlane:\n")),
        edit(
            "an empty list entry",
            "controlPlane.publicAccessCidrs[0]",
            s -> s.replace("  - my-ip\n  auditLogging", "  -\n  auditLogging")),
        edit(
            "text where a list belongs",
            "network.zones",
            s ->
                s.replace(
                    "  zones:\n  - eu-central-1a\n  - eu-central-1b", "  zones: eu-central-1a")),
        edit(
            "a list where a section belongs",
            "network.bastion",
            s -> s.replace("  bastion:\n    enabled: true", "  bastion:\n  - enabled: true")),
        edit(
            "a list where a name belongs",
            "name",
            s -> s.replace("name: pw-cluster\n", "name: [a, b]\n")),
        edit(
            "a word where a number belongs",
            "nodeGroup.diskGiB",
            s -> s.replace("diskGiB: 20", "diskGiB: big")),
        edit(
            "a fraction where a whole number belongs",
            "nodeGroup.diskGiB",
            s -> s.replace("diskGiB: 20", "diskGiB: 20.5")),
        edit(
            "a number too large",
            "nodeGroup.diskGiB",
            s -> s.replace("diskGiB: 20", "diskGiB: 99999999999999")),
        edit("a number left empty", "nodeGroup.diskGiB", s -> s.replace("diskGiB: 20", "diskGiB:")),
        edit(
            "a yes/no that is neither",
            "network.cloudTrail",
            s -> s.replace("cloudTrail: false", "cloudTrail: maybe")),
        edit(
            "a missing true/false",
            "network.cloudTrail",
            s -> s.replace("  cloudTrail: false\n", "")),
        edit("a list where tags belong", "tags", s -> s.replace("tags: {}", "tags: [a]")),
        edit(
            "a list as a tag's value",
            "tags.team",
            s -> s.replace("tags: {}", "tags:\n  team: [a, b]")),
        edit("a typo in a key", "network", s -> s.replace("natMode:", "natMod:")),
        edit(
            "an unknown value",
            "network.natMode",
            s -> s.replace("natMode: single", "natMode: two")),
        edit(
            "a bad CIDR",
            "network.vpcCidr",
            s -> s.replace("vpcCidr: 10.0.0.0/16", "vpcCidr: 10.0.0.300/16")),
        edit(
            "a negative size",
            "nodeGroup.desiredSize",
            s -> s.replace("desiredSize: 2", "desiredSize: -2")),
        edit("min above max", "nodeGroup.desiredSize", s -> s.replace("minSize: 1", "minSize: 5")),
        edit(
            "an unknown region",
            "region",
            s -> s.replace("region: eu-central-1", "region: mars-north-1")),
        edit(
            "a cluster name too long for its IAM roles",
            "name",
            s -> s.replace("name: pw-cluster\n", "name: " + "a".repeat(60) + "\n")),
        edit(
            "a cluster name too long for its bucket",
            "name",
            s -> s.replace("name: pw-cluster\n", "name: " + "b".repeat(40) + "\n")),
        edit(
            "a cluster name with a space",
            "name",
            s -> s.replace("name: pw-cluster\n", "name: bad name\n")),
        edit(
            "a bad node group name",
            "nodeGroup.name",
            s -> s.replace("name: workers", "name: bad group")),
        edit(
            "a tag key of AWS's",
            "tags.aws:owner",
            s -> s.replace("tags: {}", "tags:\n  \"aws:owner\": me")),
        edit(
            "a key written over /etc/passwd",
            "sshKey.privateKeyPath",
            s -> s.replace("\"~/.ssh/pw-cluster-key.pem\"", "/etc/passwd")),
        edit(
            "a key over /etc/passwd though allowed outside home",
            "sshKey.privateKeyPath",
            s ->
                s.replace(
                    "privateKeyPath: \"~/.ssh/pw-cluster-key.pem\"",
                    "privateKeyPath: /etc/passwd\n  allowOutsideHome: true")),
        edit(
            "a key outside the home folder",
            "sshKey.privateKeyPath",
            s -> s.replace("\"~/.ssh/pw-cluster-key.pem\"", "/var/tmp/eksdesk-test-key.pem")));
  }

  private static Case edit(String name, String key, UnaryOperator<String> change) {
    String valid = SpecYaml.write(DefaultSpecs.firstCluster());
    String changed = change.apply(valid);
    if (changed.equals(valid)) {
      throw new IllegalStateException(name + ": the edit matched nothing");
    }
    return new Case(name, key, changed);
  }
}
