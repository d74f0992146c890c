package dev.eksdesk.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecYaml;
import dev.eksdesk.domain.spec.SshKeySpec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI end to end on the persistent sandbox, with time running 500 times faster. */
class EngineCommandsTest {
  @TempDir Path home;

  private record Run(int code, String out, String err) {}

  @Test
  void planPrintsTheStepsInWords() throws Exception {
    Run run = cli("plan", spec().toString());

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("Plan for cluster \"demo\": 43 steps, expected 15 min 2 s");
  }

  @Test
  void applyStatusInventoryAndDestroyOnTheSandbox() throws Exception {
    Path spec = spec();

    Run applied = cli("apply", spec.toString(), "--sandbox", "--speed", "500");
    assertThat(applied.code()).as(applied.out() + applied.err()).isZero();
    assertThat(applied.out())
        .contains("+ vpc vpc-")
        .contains("+ eks:cluster demo")
        .contains("Cluster demo is ready: 43 steps (43 created, 0 already there)");
    // a sandbox key pair is not real: its key stays in the sandbox's folder, never in ~/.ssh
    Path key = home.resolve("sandbox/keys/demo.pem");
    assertThat(Files.getPosixFilePermissions(key))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));

    Run again = cli("apply", spec.toString(), "--sandbox", "--speed", "500");
    assertThat(again.out()).contains("(0 created, 43 already there)");

    Run status = cli("status", "demo", "--sandbox", "--output", "json");
    assertThat(status.code()).as(status.err()).isZero();
    assertThat(status.out())
        .contains("\"step\" : \"eks:nodegroup\"")
        .contains("\"state\" : \"CREATED\"");

    Run inventory = cli("sandbox", "inventory", "--output", "json");
    assertThat(inventory.out())
        .contains("\"eksdesk:cluster\" : \"demo\"")
        .contains("EKS_NODEGROUP");

    Run destroyed = cli("destroy", "demo", "--sandbox", "--speed", "500");
    assertThat(destroyed.code()).as(destroyed.out()).isZero();
    assertThat(destroyed.out()).contains("Nothing left that costs money");
    assertThat(cli("sandbox", "inventory").out()).contains("The sandbox is empty.");
  }

  @Test
  void scriptsCanTrustTheExitCodes() throws Exception {
    // without --sandbox it is AWS: no credentials here, so it stops before doing anything
    Run aws = cli("apply", spec().toString(), "--profile", "nobody-has-this-profile");
    assertThat(aws.code()).isEqualTo(2);
    assertThat(aws.err()).contains("nobody-has-this-profile");
    assertThat(cli("apply", spec().toString(), "--sandbox", "--speed", "5000").code()).isEqualTo(2);
    assertThat(cli("destroy", "nobody", "--sandbox").code()).isEqualTo(2);
    assertThat(cli("status", "nobody", "--sandbox").code()).isEqualTo(2);
    Files.createDirectories(home.resolve("clusters/demo"));
    Files.writeString(home.resolve("clusters/demo/journal.json"), "{ not json");
    Run corrupt = cli("status", "demo", "--sandbox");
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

  private Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine root = new CommandLine(new Root());
    EngineCommands.register(
        root,
        new EngineCommandContext(
            home, InstanceCatalog.bundled(), EngineCommandContext.SANDBOX_OPERATOR));
    root.setOut(new PrintWriter(out, true));
    root.setErr(new PrintWriter(err, true));
    int code = root.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @CommandLine.Command(name = "eksdesk")
  static final class Root {}
}
