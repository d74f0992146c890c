package dev.eksdesk.cloud.aws;

import dev.eksdesk.domain.spec.UserHome;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Where the shared config and credentials files are, resolved the way the AWS CLI and SDK do it:
 * {@code AWS_CONFIG_FILE} and {@code AWS_SHARED_CREDENTIALS_FILE} first, else {@code ~/.aws/}. The
 * home directory and environment are parameters so that tests never touch the real files.
 */
public record AwsConfigLocations(Path configFile, Path credentialsFile) {

  public AwsConfigLocations {
    Objects.requireNonNull(configFile, "configFile");
    Objects.requireNonNull(credentialsFile, "credentialsFile");
  }

  public static AwsConfigLocations forCurrentUser() {
    return forUser(System.getenv(), System::getProperty);
  }

  /**
   * The SDK's order: its system properties {@code aws.configFile} and {@code
   * aws.sharedCredentialsFile}, then the environment; "~" is {@code $HOME} as the AWS CLI reads it
   * (see {@link UserHome}), Java's {@code user.home} only without it.
   */
  static AwsConfigLocations forUser(
      Map<String, String> environment, UnaryOperator<String> systemProperties) {
    Map<String, String> settings = new HashMap<>(environment);
    putIfSet(settings, "AWS_CONFIG_FILE", systemProperties.apply("aws.configFile"));
    putIfSet(
        settings,
        "AWS_SHARED_CREDENTIALS_FILE",
        systemProperties.apply("aws.sharedCredentialsFile"));
    return resolve(settings, UserHome.resolve(environment, systemProperties.apply("user.home")));
  }

  private static void putIfSet(Map<String, String> settings, String variable, String value) {
    if (value != null && !value.isBlank()) {
      settings.put(variable, value);
    }
  }

  public static AwsConfigLocations resolve(Map<String, String> environment, Path home) {
    return new AwsConfigLocations(
        fromVariable(environment.get("AWS_CONFIG_FILE"), home, "config"),
        fromVariable(environment.get("AWS_SHARED_CREDENTIALS_FILE"), home, "credentials"));
  }

  private static Path fromVariable(String value, Path home, String defaultName) {
    if (value == null || value.isBlank()) {
      return home.resolve(".aws").resolve(defaultName);
    }
    // The CLI expands a leading "~" in these variables; so does the SDK.
    if (value.equals("~") || value.startsWith("~/")) {
      return home.resolve(value.substring(Math.min(2, value.length())));
    }
    return Path.of(value);
  }
}
