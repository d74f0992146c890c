package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class AwsConfigLocationsTest {

  private final Path home = Path.of("/home/ana");
  private final Map<String, String> properties = new HashMap<>(Map.of("user.home", "/home/ana"));
  private final UnaryOperator<String> javaProperties = properties::get;

  @Test
  void defaultsToTheAwsDirectoryInHome() {
    AwsConfigLocations locations = AwsConfigLocations.resolve(Map.of(), home);

    assertThat(locations.configFile()).isEqualTo(Path.of("/home/ana/.aws/config"));
    assertThat(locations.credentialsFile()).isEqualTo(Path.of("/home/ana/.aws/credentials"));
  }

  @Test
  void environmentVariablesWin() {
    AwsConfigLocations locations =
        AwsConfigLocations.resolve(
            Map.of(
                "AWS_CONFIG_FILE", "/etc/aws/config",
                "AWS_SHARED_CREDENTIALS_FILE", "~/secrets/aws-credentials"),
            home);

    assertThat(locations.configFile()).isEqualTo(Path.of("/etc/aws/config"));
    assertThat(locations.credentialsFile()).isEqualTo(Path.of("/home/ana/secrets/aws-credentials"));
  }

  @Test
  void blankVariablesAreIgnored() {
    AwsConfigLocations locations = AwsConfigLocations.resolve(Map.of("AWS_CONFIG_FILE", " "), home);

    assertThat(locations.configFile()).isEqualTo(Path.of("/home/ana/.aws/config"));
  }

  @Test
  void homeComesFromTheHomeVariableAsTheAwsCliReadsIt() {
    AwsConfigLocations locations =
        AwsConfigLocations.forUser(Map.of("HOME", "/tmp/elsewhere"), javaProperties);

    assertThat(locations.configFile()).isEqualTo(Path.of("/tmp/elsewhere/.aws/config"));
    assertThat(locations.credentialsFile()).isEqualTo(Path.of("/tmp/elsewhere/.aws/credentials"));
  }

  @Test
  void javaUserHomeOnlyWithoutTheHomeVariable() {
    assertThat(AwsConfigLocations.forUser(Map.of(), javaProperties).configFile())
        .isEqualTo(Path.of("/home/ana/.aws/config"));
  }

  @Test
  void theSdksSystemPropertiesComeFirstAsTheSdkReadsThem() {
    properties.put("aws.sharedCredentialsFile", "/tmp/test/credentials");
    properties.put("aws.configFile", "~/other-config");

    AwsConfigLocations locations =
        AwsConfigLocations.forUser(
            Map.of("HOME", "/tmp/elsewhere", "AWS_CONFIG_FILE", "/etc/aws/config"), javaProperties);

    assertThat(locations.credentialsFile()).isEqualTo(Path.of("/tmp/test/credentials"));
    assertThat(locations.configFile()).isEqualTo(Path.of("/tmp/elsewhere/other-config"));
  }
}
