package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwsConfigLocationsTest {

  private final Path home = Path.of("/home/ana");

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
}
