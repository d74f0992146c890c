package dev.eksdesk.cloud.aws;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

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
    return resolve(System.getenv(), Path.of(System.getProperty("user.home")));
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
