package dev.eksdesk.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/** The app's own logback.xml (not the tests'), writing under a temporary EKSDESK_HOME. */
class LogFileTest {
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  private static final String SESSION_TOKEN =
      "IQoJb3JpZ2luX2VjEHUaCXVzLWVhc3QtMSJHMEUCIQD7g5pX1sExampleSessionToken0123456789abcdef";
  private final LoggerContext context = new LoggerContext();

  @AfterEach
  void stop() {
    context.stop();
  }

  @Test
  void aRunsLogGoesToTodaysFileWithoutTheSecretsItUsed(@TempDir Path home) throws Exception {
    configure(home);
    Logger log = context.getLogger("dev.eksdesk.cloud.aws.AwsAccountSession");

    log.info("Opening a session with key AKIAIOSFODNN7EXAMPLE and secret {}", SECRET);
    log.warn(
        "Request failed",
        new IllegalStateException("Signature mismatch for " + SECRET + " token " + SESSION_TOKEN));
    context.getLogger("software.amazon.awssdk.request").warn("aws_secret_access_key=" + SECRET);
    context.stop(); // flushes the asynchronous appender

    Path today = home.resolve("logs").resolve("eksdesk-" + LocalDate.now() + ".log");
    String written = Files.readString(today);
    assertThat(written)
        .contains("Opening a session with key AKIAIOSFODNN7EXAMPLE and secret [redacted]")
        .contains("IllegalStateException: Signature mismatch for [redacted] token [redacted]")
        .contains("software.amazon.awssdk.request")
        .doesNotContain(SECRET)
        .doesNotContain(SESSION_TOKEN);
    try (Stream<Path> files = Files.list(home.resolve("logs"))) {
      assertThat(files).containsExactly(today);
    }
  }

  @Test
  void wordsIdsAndDigestsAreKept() {
    String line =
        "pw-cluster-nodegroup-eu-central-1a i-0123456789abcdef0 sha1"
            + " 3f786850e387550fdab836ed7e6dc881de23001b dev.eksdesk.engine.exec.DagWalker";

    assertThat(SecretRedaction.redact(line)).isEqualTo(line);
  }

  private void configure(Path home) throws Exception {
    context.setMDCAdapter(new LogbackMDCAdapter());
    context.putProperty("EKSDESK_HOME", home.toString());
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(LogFileTest.class.getResource("/logback.xml"));
  }
}
