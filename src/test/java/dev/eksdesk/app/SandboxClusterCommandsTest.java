package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eksdesk.cli.CliRun;
import dev.eksdesk.cli.kube.KubeCommandContext;
import dev.eksdesk.cloud.sandbox.NodeGroupInstance;
import dev.eksdesk.cloud.sandbox.SandboxSession;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecYaml;
import dev.eksdesk.domain.spec.SshKeyMode;
import dev.eksdesk.domain.spec.SshKeySpec;
import dev.eksdesk.engine.journal.EksdeskHome;
import dev.eksdesk.kube.Eventually;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nodes, pods, cni swap and nodes recycle on a cluster the CLI built in the persistent sandbox. */
class SandboxClusterCommandsTest {
  @TempDir Path home;

  @Test
  void listSwapAndRecycleASandboxCluster() throws Exception {
    CliRun applied = cli("apply", spec().toString(), "--sandbox", "--speed", "1000");
    assertThat(applied.code()).as(applied.out() + applied.err()).isZero();

    CliRun nodes = cli("nodes", "demo", "--sandbox", "--output", "json");
    assertThat(nodes.code()).as(nodes.err()).isZero();
    assertThat(nodes.out())
        .contains("\"instanceType\" : \"t3.micro\"")
        .contains("\"maxPods\" : 4")
        .contains("\"cni\" : \"AWS VPC CNI\"");

    CliRun pods = cli("pods", "demo", "--sandbox", "--output", "json");
    assertThat(pods.code()).as(pods.err()).isZero();
    assertThat(pods.out())
        .contains("\"name\" : \"metrics-server-")
        .contains("\"phase\" : \"Running\"")
        .contains("\"ip\" : \"10.0.")
        .contains("\"node\" : \"ip-10-0-");

    CliRun swap = cli("cni", "swap", "demo", "--sandbox", "--to", "calico");
    // the preflight and the steps are progress (stderr); the outcome alone is the result
    assertThat(swap.err())
        .contains("Calico's pool 192.168.0.0/16 is outside the VPC 10.0.0.0/16")
        .contains("+ Remove the VPC CNI's aws-node DaemonSet")
        .contains("+ Install Calico");
    assertThat(swap.out())
        .isEqualTo("Swapped to Calico. Recycle the nodes next: eksdesk nodes recycle demo\n");

    CliRun recycle = cli("nodes", "recycle", "demo", "--sandbox", "--drain-timeout", "1");
    assertThat(recycle.code()).as(recycle.out() + recycle.err()).isZero();
    assertThat(recycle.err()).contains("[2/2]");
    assertThat(recycle.out()).isEqualTo("Done: COMPLETED, 2 nodes replaced\n");
  }

  @Test
  void aSwapInOneCommandIsWhatTheNextCommandSees() throws Exception {
    assertThat(cli("apply", spec().toString(), "--sandbox", "--speed", "1000").code()).isZero();
    CliRun swap = cli("cni", "swap", "demo", "--sandbox", "--to", "calico");
    assertThat(swap.code()).as(swap.out() + swap.err()).isZero();

    JsonNode nodes = json(cli("nodes", "demo", "--sandbox", "--output", "json"));
    assertThat(nodes)
        .hasSize(2)
        .allSatisfy(n -> assertThat(n.get("cni").asText()).isEqualTo("Calico overlay"));
    JsonNode pods = json(cli("pods", "demo", "--sandbox", "--output", "json"));
    assertThat(pods).noneMatch(p -> p.get("name").asText().startsWith("aws-node-"));
    assertThat(pods).anyMatch(p -> p.get("name").asText().startsWith("calico-node-"));
    assertThat(home.resolve("clusters/demo/kube-state.json")).exists();
    if (home.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(home.resolve("clusters/demo/kube-state.json"))))
          .isEqualTo("rw-------");
    }
  }

  /**
   * The recycle runs in a process of its own, killed (SIGKILL) as soon as it has terminated the
   * first node's instance; the next recycle resumes at that node.
   */
  @Test
  void aRecycleKilledAfterItsFirstTerminationResumesAndReplacesEachNodeOnce() throws Exception {
    assertThat(cli("apply", spec().toString(), "--sandbox", "--speed", "1000").code()).isZero();
    assertThat(cli("cni", "swap", "demo", "--sandbox", "--to", "calico").code()).isZero();
    List<String> originals =
        instanceIds(json(cli("nodes", "demo", "--sandbox", "--output", "json")));

    String killed = recycleKilledAfterFirstTermination();
    List<String> terminatedBeforeTheKill = terminatedInstances(killed);
    assertThat(terminatedBeforeTheKill).hasSize(1).isSubsetOf(originals);
    assertThat(home.resolve("clusters/demo/recycle.json")).exists();

    CliRun resumed = cli("nodes", "recycle", "demo", "--sandbox", "--drain-timeout", "1");
    assertThat(resumed.code()).as(resumed.out() + resumed.err()).isZero();
    assertThat(resumed.err()).contains("Resuming the recycle of demo");
    assertThat(resumed.out()).contains("Done: COMPLETED, 2 nodes replaced");
    List<String> terminatedOnResume = terminatedInstances(resumed.err());
    assertThat(terminatedOnResume)
        .as("only the node the killed run had not reached is terminated")
        .hasSize(1)
        .isSubsetOf(originals)
        .doesNotContainAnyElementsOf(terminatedBeforeTheKill);
    assertThat(home.resolve("clusters/demo/recycle.json")).doesNotExist();

    JsonNode nodes = json(cli("nodes", "demo", "--sandbox", "--output", "json"));
    assertThat(instanceIds(nodes)).hasSize(2).doesNotContainAnyElementsOf(originals);
    try (SandboxSession session = new SandboxSession(home, InstanceCatalog.bundled(), 1000)) {
      // the last replacement joined Kubernetes after its boot delay; EC2 may still say pending
      Eventually.within(
          Duration.ofSeconds(10),
          () ->
              assertThat(session.account().nodeGroupInstances("demo"))
                  .extracting(NodeGroupInstance::instanceId)
                  .containsExactlyInAnyOrderElementsOf(instanceIds(nodes)));
    }
    JsonNode pods = json(cli("pods", "demo", "--sandbox", "--output", "json"));
    assertThat(pods)
        .filteredOn(p -> !p.get("hostNetwork").asBoolean())
        .isNotEmpty()
        .allSatisfy(
            p -> {
              assertThat(p.get("phase").asText()).isEqualTo("Running");
              assertThat(p.get("ip").asText()).startsWith("192.168.");
            });
  }

  private String recycleKilledAfterFirstTermination() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "nodes",
                "recycle",
                "demo",
                "--sandbox",
                "--drain-timeout",
                "1")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put(EksdeskHome.VARIABLE, home.toString());
    Process recycle = builder.start();
    StringBuilder seen = new StringBuilder();
    try (BufferedReader progress =
        new BufferedReader(
            new InputStreamReader(recycle.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = progress.readLine()) != null) {
        seen.append(line).append('\n');
        if (line.contains("terminated i-")) {
          recycle.destroyForcibly(); // SIGKILL: no shutdown hook, no final save
          break;
        }
      }
    } finally {
      recycle.destroyForcibly();
      recycle.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(seen.toString()).as("the recycle reached a termination").contains("terminated i-");
    return seen.toString();
  }

  private static List<String> terminatedInstances(String out) {
    return out.lines()
        .filter(l -> l.contains("terminated i-"))
        .map(l -> l.replaceFirst(".*terminated (i-[0-9a-f]+).*", "$1"))
        .toList();
  }

  private static List<String> instanceIds(JsonNode nodes) {
    List<String> ids = new ArrayList<>();
    nodes.forEach(n -> ids.add(n.get("instanceId").asText()));
    return ids;
  }

  private static JsonNode json(CliRun run) throws Exception {
    assertThat(run.code()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void withoutSandboxTheAwsAccountIsOpenedAndUnknownNamesExitWithTwo() {
    CliRun aws =
        cli("nodes", "demo", "--region", "eu-west-1", "--profile", "nobody-has-this-profile");
    assertThat(aws.code()).isEqualTo(2);
    assertThat(aws.err()).contains("nobody-has-this-profile");
    CliRun unknown = cli("pods", "nobody", "--sandbox");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err())
        .startsWith("eksdesk: no sandbox cluster nobody with running nodes;")
        .doesNotContain("Usage:");
    assertThat(cli("pods", "--sandbox").err())
        .as("a missing name is a usage error")
        .contains("Usage:");
  }

  private Path spec() throws Exception {
    ClusterSpec spec =
        DefaultSpecs.forName("demo")
            .withSshKey(
                new SshKeySpec(
                    SshKeyMode.GENERATE,
                    "demo-key",
                    home.resolve("demo-key.pem").toString(),
                    true));
    Path file = home.resolve("demo.yaml");
    SpecYaml.save(spec, file);
    return file;
  }

  private CliRun cli(String... args) {
    KubeCommandContext clusters =
        new KubeCommandContext(new SandboxClusterOpener(home, InstanceCatalog.bundled()));
    return CliRun.in(home, clusters, args);
  }
}
