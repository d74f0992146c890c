package dev.eksdesk.cloud.aws;

import dev.eksdesk.account.AccountChoice;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** Turns an {@link AccountChoice} into the SDK's credentials provider for it. */
public final class CredentialsProviders {

  private final AwsProfiles profiles;

  public CredentialsProviders(AwsProfiles profiles) {
    this.profiles = profiles;
  }

  /**
   * SSO, role and process profiles resolve through the same provider; the SDK's sso module (on the
   * class path) reads the token {@code aws sso login} cached. The profile files are read now, so a
   * provider made after the user edits them sees the edit.
   *
   * @throws IllegalArgumentException for the sandbox, which runs in-process without AWS
   */
  public AwsCredentialsProvider providerFor(AccountChoice choice) {
    if (choice instanceof AccountChoice.Profile profile) {
      return ProfileCredentialsProvider.builder()
          .profileFile(profiles.profileFile())
          .profileName(profile.name())
          .build();
    }
    if (choice instanceof AccountChoice.Environment) {
      return EnvironmentVariableCredentialsProvider.create();
    }
    if (choice instanceof AccountChoice.StaticKeys keys) {
      return StaticCredentialsProvider.create(credentials(keys));
    }
    throw new IllegalArgumentException(
        "The sandbox account is simulated in-process and has no AWS credentials");
  }

  private static AwsCredentials credentials(AccountChoice.StaticKeys keys) {
    return keys.sessionToken()
        .<AwsCredentials>map(
            token ->
                AwsSessionCredentials.create(keys.accessKeyId(), keys.secretAccessKey(), token))
        .orElseGet(() -> AwsBasicCredentials.create(keys.accessKeyId(), keys.secretAccessKey()));
  }
}
