package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eksdesk.cloud.aws.MotoEksCluster;
import dev.eksdesk.cloud.aws.MotoServer;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecYaml;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real streams of the command line, in a process of its own: on a cluster whose API server
 * cannot be reached (moto's EKS endpoint has nothing behind it), stdout stays empty, the reason is
 * on stderr, and what fabric8 logs on the way goes to the log file, not to stdout.
 */
class CliStreamsMotoTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  private static final String CLUSTER = MotoEksCluster.NAME;

  @TempDir Path eksdeskHome;
  @TempDir Path userHome;

  @BeforeEach
  void setUp() throws Exception {
    MOTO.reset();
    MotoEksCluster.create(MOTO).close();
    SpecYaml.save(
        DefaultSpecs.firstCluster().withName(CLUSTER).withRegion("eu-west-1"),
        eksdeskHome
            .resolve("aws")
            .resolve(MotoServer.ACCOUNT_ID)
            .resolve("eu-west-1")
            .resolve("clusters")
            .resolve(CLUSTER)
            .resolve("spec.yaml"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"pods", "nodes"})
  void anUnreachableApiServerLeavesStdoutEmptyOrJson(String command) throws Exception {
    Result result =
        eksdesk(
            command,
            CLUSTER,
            "--output",
            "json",
            "--region",
            "eu-west-1",
            "--endpoint-url",
            MOTO.endpoint().toString());

    assertThat(result.code()).as(result.err()).isEqualTo(1);
    if (!result.out().isBlank()) {
      new ObjectMapper().readTree(result.out()); // throws when stdout is not JSON
    }
    assertThat(result.out()).doesNotContain("Exception").doesNotContain(" at ");
    assertThat(result.err()).contains("Cannot reach " + CLUSTER).doesNotContain("\tat ");
  }

  private record Result(int code, String out, String err) {}

  private Result eksdesk(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-Duser.home=" + userHome);
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("EKSDESK_HOME", eksdeskHome.toString());
    builder.environment().put("HOME", userHome.toString());
    builder.environment().put("AWS_ACCESS_KEY_ID", "testing");
    builder.environment().put("AWS_SECRET_ACCESS_KEY", "testing");
    builder.environment().remove("AWS_PROFILE");
    builder.directory(new File(System.getProperty("user.dir")));
    Process process = builder.start();
    CompletableFuture<String> out = read(process.getInputStream());
    CompletableFuture<String> err = read(process.getErrorStream());
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Result(process.exitValue(), out.get(), err.get());
  }

  private static CompletableFuture<String> read(java.io.InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }
}
