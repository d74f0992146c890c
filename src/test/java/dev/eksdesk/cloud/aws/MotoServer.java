package dev.eksdesk.cloud.aws;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;

/**
 * Runs a real moto server for one test class (found or installed by {@link MotoCommand}). Register
 * it with {@code @RegisterExtension static final MotoServer MOTO = new MotoServer();}.
 *
 * <p>The server is a child of the test JVM, listens on a free loopback port and is stopped after
 * the class. Moto accepts any keys and answers GetCallerIdentity with account 123456789012.
 */
public final class MotoServer implements BeforeAllCallback, AfterAllCallback {

  public static final String ACCOUNT_ID = "123456789012";
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

  private final Map<String, String> environment;
  private Process process;
  private Path log;
  private URI endpoint;

  public MotoServer() {
    this(Map.of());
  }

  /**
   * @param environment extra moto settings, e.g. {@code INITIAL_NO_AUTH_ACTION_COUNT}
   */
  public MotoServer(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    int port = freePort();
    log = Files.createTempFile("moto-server-", ".log");
    MotoCommand moto = MotoCommand.forThisBuild();
    List<String> command = new ArrayList<>(moto.command());
    command.addAll(List.of("-H", "127.0.0.1", "-p", Integer.toString(port)));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    // Loads AWS managed policies so that attaching e.g. AmazonEKSWorkerNodePolicy works.
    builder.environment().put("MOTO_IAM_LOAD_MANAGED_POLICIES", "true");
    builder.environment().putAll(environment);
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("could not start " + moto.source(), e);
    }
    endpoint = URI.create("http://127.0.0.1:" + port);
    awaitReady(moto);
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (process != null) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
    if (log != null) {
      Files.deleteIfExists(log);
    }
  }

  public URI endpoint() {
    return endpoint;
  }

  /**
   * Settings for clients that talk to this server: dummy static keys, and a single attempt, since
   * moto answers unimplemented calls with HTTP 500 and retrying those only slows the tests.
   */
  public AwsClientSettings settings(Region region) {
    return settings(
        region, StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")));
  }

  public AwsClientSettings settings(Region region, AwsCredentialsProvider credentials) {
    return AwsClientSettings.forAws(region, credentials)
        .withEndpointOverride(endpoint)
        .withRetries(RetryMode.STANDARD, 1);
  }

  /** Forgets every resource moto holds, for tests that need an empty account. */
  public void reset() throws IOException {
    post("/moto-api/reset", "");
  }

  /**
   * Posts JSON to moto's own API, e.g. {@code /moto-api/static/ce/cost-and-usage-results} to queue
   * the answers of calls moto cannot compute itself.
   */
  public void post(String path, String json) throws IOException {
    HttpURLConnection connection =
        (HttpURLConnection) endpoint.resolve(path).toURL().openConnection();
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    connection.setRequestProperty("Content-Type", "application/json");
    try {
      connection.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
      int status = connection.getResponseCode();
      if (status / 100 != 2) {
        throw new IOException("moto answered HTTP " + status + " to " + path);
      }
    } finally {
      connection.disconnect();
    }
  }

  private void awaitReady(MotoCommand moto) throws Exception {
    Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            moto.source()
                + " exited with "
                + process.exitValue()
                + " during startup:\n"
                + logText());
      }
      if (answers()) {
        return;
      }
      Thread.sleep(100);
    }
    process.destroyForcibly();
    throw new IllegalStateException(
        moto.source() + " did not answer within " + STARTUP_TIMEOUT + ":\n" + logText());
  }

  private boolean answers() {
    try {
      HttpURLConnection connection =
          (HttpURLConnection) endpoint.resolve("/moto-api/").toURL().openConnection();
      connection.setConnectTimeout(500);
      connection.setReadTimeout(2000);
      try {
        return connection.getResponseCode() == 200;
      } finally {
        connection.disconnect();
      }
    } catch (IOException notYet) {
      return false;
    }
  }

  private String logText() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
