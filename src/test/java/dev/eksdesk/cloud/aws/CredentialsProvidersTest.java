package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.CloudFailure;
import dev.eksdesk.cloud.FailureKind;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;

class CredentialsProvidersTest {

  @TempDir Path home;
  private CredentialsProviders providers;

  @BeforeEach
  void sampleProfiles() throws Exception {
    providers = new CredentialsProviders(new AwsProfiles(TestHome.withSampleProfiles(home)));
  }

  @Test
  void staticProfileResolvesToItsKeys() {
    AwsCredentials credentials =
        providers.providerFor(new AccountChoice.Profile("static-only")).resolveCredentials();

    assertThat(credentials.accessKeyId()).isEqualTo("AKIAEXAMPLESTATIC001");
    assertThat(credentials.secretAccessKey()).isEqualTo("static-secret-example");
  }

  @Test
  void typedKeysWithSessionTokenResolveToSessionCredentials() {
    AwsCredentials credentials =
        providers
            .providerFor(
                new AccountChoice.StaticKeys("ASIAEXAMPLE", "typed-secret", Optional.of("tok")))
            .resolveCredentials();

    assertThat(credentials).isInstanceOf(AwsSessionCredentials.class);
    assertThat(((AwsSessionCredentials) credentials).sessionToken()).isEqualTo("tok");
  }

  @Test
  void environmentUsesTheSdkEnvironmentProvider() {
    assertThat(providers.providerFor(new AccountChoice.Environment()))
        .isInstanceOf(EnvironmentVariableCredentialsProvider.class);
  }

  @Test
  void sandboxHasNoAwsCredentials() {
    assertThatThrownBy(() -> providers.providerFor(new AccountChoice.Sandbox()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** No {@code aws sso login} happened in the temp home: the SDK's SSO provider must say so. */
  @Test
  void ssoProfileWithoutLoginAsksForSsoLogin() {
    AccountChoice choice = new AccountChoice.Profile("sso-dev");
    AwsCredentialsProvider provider = providers.providerFor(choice);

    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(provider::resolveCredentials);
    CloudFailure failure = new AwsErrors(choice, false).translate(thrown);

    assertThat(failure.kind()).isEqualTo(FailureKind.CREDENTIALS_EXPIRED);
    assertThat(failure.nextAction()).contains("aws sso login --profile sso-dev");
  }

  @Test
  void aProfileThatIsNotThereIsNamedWithoutTheSdksInternals() {
    AccountChoice choice = new AccountChoice.Profile("nowhere");
    AwsCredentialsProvider provider = providers.providerFor(choice);

    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(provider::resolveCredentials);
    CloudFailure failure = new AwsErrors(choice, false).translate(thrown);

    assertThat(failure.kind()).isEqualTo(FailureKind.CREDENTIALS_EXPIRED);
    assertThat(failure.message())
        .contains("Profile 'nowhere'")
        .contains("~/.aws/config")
        .doesNotContain("ProfileFile")
        .doesNotContain("sections");
    assertThat(failure.nextAction()).doesNotContain("Verify");
  }
}
