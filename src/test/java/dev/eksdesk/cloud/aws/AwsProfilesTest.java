package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.account.ProfileInfo;
import dev.eksdesk.account.ProfileKind;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsProfilesTest {

  @TempDir Path home;

  @Test
  void listsProfilesOfBothFilesWithTheirKindAndRegion() throws Exception {
    AwsProfiles profiles = new AwsProfiles(TestHome.withSampleProfiles(home));

    assertThat(profiles.list())
        .containsExactly(
            new ProfileInfo("default", Optional.of("eu-west-1"), ProfileKind.STATIC),
            new ProfileInfo("deploy", Optional.of("us-west-2"), ProfileKind.ROLE),
            new ProfileInfo("region-only", Optional.of("ap-southeast-2"), ProfileKind.OTHER),
            new ProfileInfo("sso-dev", Optional.of("eu-central-1"), ProfileKind.SSO),
            new ProfileInfo("sso-legacy", Optional.empty(), ProfileKind.SSO),
            new ProfileInfo("static-only", Optional.empty(), ProfileKind.STATIC),
            new ProfileInfo("tool", Optional.empty(), ProfileKind.PROCESS));
  }

  @Test
  void noFilesMeansNoProfiles() {
    AwsProfiles profiles = new AwsProfiles(AwsConfigLocations.resolve(Map.of(), home));

    assertThat(profiles.list()).isEmpty();
  }

  @Test
  void readsTheFilesTheEnvironmentNames() throws Exception {
    AwsConfigLocations samples = TestHome.withSampleProfiles(home.resolve("elsewhere"));
    AwsConfigLocations fromEnvironment =
        AwsConfigLocations.resolve(
            Map.of(
                "AWS_CONFIG_FILE", samples.configFile().toString(),
                "AWS_SHARED_CREDENTIALS_FILE", samples.credentialsFile().toString()),
            home);

    assertThat(new AwsProfiles(fromEnvironment).list()).hasSize(7);
  }
}
