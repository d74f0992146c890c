package dev.eksdesk.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cli.CliRun;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecYaml;
import dev.eksdesk.domain.spec.SshKeySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI end to end on the persistent sandbox, with time running 500 times faster. */
class EngineCommandsTest {
  @TempDir Path home;

  @Test
  void planPrintsTheStepsInWords() throws Exception {
    CliRun run = cli("plan", spec().toString());

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("Plan for cluster \"demo\": 49 steps, expected 15 min 21 s");
  }

  @Test
  void applyStatusInventoryAndDestroyOnTheSandbox() throws Exception {
    Path spec = spec();

    CliRun applied = cli("apply", spec.toString(), "--sandbox", "--speed", "500");
    assertThat(applied.code()).as(applied.out() + applied.err()).isZero();
    assertThat(applied.err()).contains("+ vpc vpc-").contains("+ eks:cluster demo");
    assertThat(applied.out())
        .as("stdout is the result only")
        .startsWith("Cluster demo is ready: 49 steps (49 created, 0 already there)")
        .hasLineCount(1);
    // a sandbox key pair is not real: its key stays in the sandbox's folder, never in ~/.ssh
    Path key = home.resolve("sandbox/keys/demo.pem");
    assertThat(Files.getPosixFilePermissions(key))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));

    CliRun again = cli("apply", spec.toString(), "--sandbox", "--speed", "500");
    assertThat(again.out()).contains("(0 created, 49 already there)");

    CliRun status = cli("status", "demo", "--sandbox", "--output", "json");
    assertThat(status.code()).as(status.err()).isZero();
    assertThat(status.out())
        .contains("\"step\" : \"eks:nodegroup\"")
        .contains("\"state\" : \"CREATED\"");

    // without --sandbox: no AWS account of that name here (no region), so the Sandbox's is shown
    CliRun found = cli("status", "demo", "--profile", "nobody-has-this-profile", "--region", "x");
    assertThat(found.code()).as(found.err()).isZero();
    assertThat(found.out()).contains("eks:nodegroup");
    assertThat(found.err()).contains("demo is the Sandbox's").contains("add --sandbox");
    CliRun missing =
        cli("status", "nobody", "--profile", "nobody-has-this-profile", "--region", "x");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err())
        .contains("nobody-has-this-profile")
        .contains("no cluster nobody in the Sandbox either");

    CliRun inventory = cli("sandbox", "inventory", "--output", "json");
    assertThat(inventory.out())
        .contains("\"eksdesk:cluster\" : \"demo\"")
        .contains("EKS_NODEGROUP");

    CliRun destroyed = cli("destroy", "demo", "--sandbox", "--speed", "500");
    assertThat(destroyed.code()).as(destroyed.out()).isZero();
    assertThat(destroyed.out()).contains("Nothing left that costs money");
    assertThat(destroyed.err()).contains("- vpc vpc-").doesNotContain("+ vpc");
    assertThat(cli("sandbox", "inventory").out()).contains("The sandbox is empty.");
  }

  @Test
  void planAgainstTheSandboxIsTheDiffAndApplyAsksBeforeChangingWhatExists() throws Exception {
    ClusterSpec v1 = DefaultSpecs.forName("demo");
    Path spec = save(v1, "demo.yaml");
    assertThat(cli("apply", spec.toString(), "--sandbox", "--speed", "500").code()).isZero();
    assertThat(cli("plan", spec.toString(), "--sandbox").out())
        .startsWith("No changes: cluster demo in the Sandbox matches the spec (49 steps).");
    var group = v1.nodeGroup();
    Path scaled =
        save(
            v1.withNodeGroup(
                new dev.eksdesk.domain.spec.NodeGroupSpec(
                    group.name(),
                    group.instanceType(),
                    3,
                    group.minSize(),
                    group.maxSize(),
                    group.capacityType(),
                    group.diskGiB(),
                    group.amiType())),
            "scaled.yaml");

    CliRun json = cli("plan", scaled.toString(), "--sandbox", "--output", "json");
    assertThat(json.code()).as(json.err()).isZero();
    assertThat(json.out())
        .contains("\"step\" : \"eks:nodegroup\"")
        .contains("\"action\" : \"update\"")
        .contains("\"name\" : \"desiredSize\",\n")
        .contains("\"from\" : \"2\",\n")
        .contains("\"update\" : 1,")
        .contains("\"unchanged\" : 48");
    CliRun unasked = cli("apply", scaled.toString(), "--sandbox", "--speed", "500");
    assertThat(unasked.code()).isEqualTo(1);
    assertThat(unasked.err()).contains("   ~ eks:nodegroup").contains("desiredSize: 2 -> 3");
    assertThat(unasked.err()).contains("there is no terminal to ask").contains("--yes");
    CliRun applied = cli("apply", scaled.toString(), "--sandbox", "--speed", "500", "--yes");
    assertThat(applied.code()).as(applied.err()).isZero();
    assertThat(applied.out()).contains("(0 created, 48 already there, 1 updated, 0 replaced");
    assertThat(applied.err()).contains("~ eks:nodegroup");
    assertThat(cli("plan", scaled.toString(), "--sandbox").out()).startsWith("No changes");

    Path older =
        save(v1.withControlPlane(v1.controlPlane().withKubernetesVersion("1.32")), "older.yaml");
    CliRun downgrade = cli("plan", older.toString(), "--sandbox");
    assertThat(downgrade.code()).isEqualTo(2);
    assertThat(downgrade.err())
        .contains("controlPlane.kubernetesVersion: 1.35 -> 1.32 is a downgrade")
        .contains("nothing was changed");
  }

  @Test
  void nodesScaleEditsTheKeptSpecShowsTheCostAndAppliesOnlyWithYesWithoutATerminal()
      throws Exception {
    Path spec = save(DefaultSpecs.forName("demo"), "demo.yaml");
    assertThat(cli("apply", spec.toString(), "--sandbox", "--speed", "500").code()).isZero();

    CliRun unasked = cli("nodes", "scale", "demo", "--desired", "3", "--sandbox");
    assertThat(unasked.code()).isEqualTo(1);
    assertThat(unasked.out()).isEmpty();
    assertThat(unasked.err())
        .contains("   ~ eks:nodegroup")
        .contains("desiredSize: 2 -> 3")
        .containsPattern("Cost: \\+\\$[1-9][0-9.]* per month\\. Room for \\d+ of your pods");
    assertThat(unasked.err()).contains("there is no terminal to ask");

    CliRun scaled =
        cli("nodes", "scale", "demo", "--desired", "3", "--sandbox", "--speed", "500", "--yes");
    assertThat(scaled.code()).as(scaled.err()).isZero();
    assertThat(scaled.out()).contains("1 updated");
    assertThat(cli("nodes", "scale", "demo", "--desired", "3", "--sandbox").out())
        .startsWith("No changes: cluster demo");
    assertThat(cli("plan", spec.toString(), "--sandbox").out()).contains("desiredSize: 3 -> 2");

    CliRun tooMany = cli("nodes", "scale", "demo", "--desired", "9", "--sandbox", "--yes");
    assertThat(tooMany.code()).isEqualTo(2);
    assertThat(tooMany.err()).contains("nodeGroup").contains("nothing was changed");
    CliRun unknown = cli("nodes", "scale", "nope", "--desired", "2", "--sandbox");
    assertThat(unknown.err()).contains("no cluster named nope");
  }

  @Test
  void nodesRetypeReplacesTheNodeGroupWithTheNewType() throws Exception {
    Path spec = save(DefaultSpecs.forName("demo"), "demo.yaml");
    assertThat(cli("apply", spec.toString(), "--sandbox", "--speed", "500").code()).isZero();

    CliRun retyped =
        cli("nodes", "retype", "demo", "--to", "t3.small", "--sandbox", "--speed", "500", "--yes");
    assertThat(retyped.code()).as(retyped.err()).isZero();
    assertThat(retyped.err())
        .contains("-/+ eks:nodegroup")
        .contains("instanceType: t3.micro -> t3.small");
    assertThat(retyped.out()).contains("2 replaced").doesNotContain("instanceType");
    assertThat(cli("plan", spec.toString(), "--sandbox").out())
        .contains("instanceType: t3.small -> t3.micro");
    CliRun unknown = cli("nodes", "retype", "demo", "--to", "t3.huge", "--sandbox", "--yes");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("t3.huge").contains("nothing was changed");
  }

  @Test
  void accessFollowIpMovesTheEndpointAndTheBastionToThisMachinesAddress() throws Exception {
    String elsewhere = "198.51.100.7/32";
    ClusterSpec demo = DefaultSpecs.forName("demo");
    ClusterSpec pinned =
        demo.withControlPlane(demo.controlPlane().withPublicAccessCidrs(List.of(elsewhere)))
            .withNetwork(
                demo.network().withBastion(demo.network().bastion().withSshIngressCidr(elsewhere)));
    Path spec = save(pinned, "demo.yaml");
    assertThat(cli("apply", spec.toString(), "--sandbox", "--speed", "500").code()).isZero();

    CliRun followed = cli("access", "follow-ip", "demo", "--sandbox", "--speed", "500", "--yes");
    assertThat(followed.code()).as(followed.err()).isZero();
    assertThat(followed.err())
        .contains("   ~ eks:cluster")
        .contains("   ~ rule:bastion-ssh")
        .contains(elsewhere + " -> " + EngineCommandContext.SANDBOX_OPERATOR);
    assertThat(followed.out()).contains("2 updated");
    assertThat(cli("access", "follow-ip", "demo", "--sandbox").out())
        .startsWith("No changes: cluster demo");
    assertThat(cli("plan", spec.toString(), "--sandbox").out())
        .contains(EngineCommandContext.SANDBOX_OPERATOR + " -> " + elsewhere);
  }

  @Test
  void upgradeGoesOneMinorVersionUpControlPlaneAddOnsThenNodes() throws Exception {
    ClusterSpec demo = DefaultSpecs.forName("demo");
    Path spec =
        save(demo.withControlPlane(demo.controlPlane().withKubernetesVersion("1.32")), "demo.yaml");
    assertThat(cli("apply", spec.toString(), "--sandbox", "--speed", "500").code()).isZero();

    CliRun skipping = cli("upgrade", "demo", "--to", "1.34", "--sandbox", "--yes");
    assertThat(skipping.code()).isEqualTo(2);
    assertThat(skipping.err())
        .contains("1.32 -> 1.34 skips a version")
        .contains("Set 1.33, apply, then go on")
        .contains("Nothing was changed");

    CliRun upgraded =
        cli("upgrade", "demo", "--to", "1.33", "--sandbox", "--speed", "1000", "--yes");
    assertThat(upgraded.code()).as(upgraded.err()).isZero();
    assertThat(upgraded.err())
        .contains("Upgrade insights: 4 of 4 EKS checks pass")
        .contains("Support: 1.33: ")
        .contains("$0.60/h")
        .contains("   ~ eks:cluster")
        .contains("kubernetesVersion: 1.32 -> 1.33")
        .contains("   ~ eks:addon:vpc-cni")
        .contains("   ~ eks:addon:metrics-server")
        .contains("   ~ eks:nodegroup");
    assertThat(upgraded.out()).contains("4 updated");
    assertThat(cli("upgrade", "demo", "--to", "1.33", "--sandbox").out())
        .contains("No changes: cluster demo");
    assertThat(cli("upgrade", "demo", "--to", "1.32", "--sandbox", "--yes").err())
        .contains("1.33 -> 1.32 is a downgrade");
  }

  private Path save(ClusterSpec spec, String name) throws Exception {
    Path file = home.resolve(name);
    SpecYaml.save(spec, file);
    return file;
  }

  @Test
  void aClusterWhoseFolderIsGoneIsFoundByItsTags() throws Exception {
    Path spec = spec();
    assertThat(cli("apply", spec.toString(), "--sandbox", "--speed", "1000").code()).isZero();
    deleteRecursively(home.resolve("clusters/demo"));

    CliRun refused = cli("destroy", "demo", "--sandbox", "--speed", "1000");
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err())
        .contains("resources there are tagged for it (")
        .contains("eksdesk destroy demo --spec FILE --sandbox");

    CliRun destroyed =
        cli("destroy", "demo", "--spec", spec.toString(), "--sandbox", "--speed", "1000");
    assertThat(destroyed.code()).as(destroyed.out() + destroyed.err()).isZero();
    assertThat(destroyed.err())
        .contains("No journal of demo here: its ")
        .contains("found again by their tags");
    assertThat(destroyed.out()).contains("Nothing left that costs money");
    assertThat(destroyed.err()).contains("- vpc vpc-").doesNotContain("+ vpc");
    assertThat(cli("sandbox", "inventory").out()).contains("The sandbox is empty.");
  }

  private static void deleteRecursively(Path folder) throws Exception {
    try (var paths = Files.walk(folder)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  @Test
  void scriptsCanTrustTheExitCodes() throws Exception {
    // without --sandbox it is AWS: no credentials here, so it stops before doing anything
    CliRun aws = cli("apply", spec().toString(), "--profile", "nobody-has-this-profile");
    assertThat(aws.code()).isEqualTo(2);
    assertThat(aws.err()).contains("nobody-has-this-profile");
    assertThat(cli("apply", spec().toString(), "--sandbox", "--speed", "5000").code()).isEqualTo(2);
    assertThat(cli("destroy", "nobody", "--sandbox").code()).isEqualTo(2);
    assertThat(cli("status", "nobody", "--sandbox").code()).isEqualTo(2);
    Files.createDirectories(home.resolve("clusters/demo"));
    Files.writeString(home.resolve("clusters/demo/journal.json"), "{ not json");
    CliRun corrupt = cli("status", "demo", "--sandbox");
    assertThat(corrupt.code()).isEqualTo(EngineExitCodes.JOURNAL_UNREADABLE);
    assertThat(corrupt.err()).contains("--rebuild");
  }

  private Path spec() throws Exception {
    ClusterSpec spec =
        DefaultSpecs.forName("demo")
            .withSshKey(
                new SshKeySpec(
                    dev.eksdesk.domain.spec.SshKeyMode.GENERATE,
                    "demo-key",
                    home.resolve("demo-key.pem").toString(),
                    true));
    Path file = home.resolve("demo.yaml");
    SpecYaml.save(spec, file);
    return file;
  }

  private CliRun cli(String... args) {
    return CliRun.in(home, args);
  }
}
