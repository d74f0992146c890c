package dev.eksdesk.app;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.account.CallerIdentity;
import dev.eksdesk.account.CloudFailure;
import dev.eksdesk.account.ProfileInfo;
import dev.eksdesk.cloud.aws.ApiCallCounter;
import dev.eksdesk.cloud.aws.AwsClientSettings;
import dev.eksdesk.cloud.aws.AwsClients;
import dev.eksdesk.cloud.aws.AwsConfigLocations;
import dev.eksdesk.cloud.aws.AwsErrors;
import dev.eksdesk.cloud.aws.AwsProfiles;
import dev.eksdesk.cloud.aws.CallerIdentityVerifier;
import dev.eksdesk.cloud.aws.CredentialsProviders;
import dev.eksdesk.ui.wizard.AccountSelection;
import dev.eksdesk.ui.wizard.AccountVerifier;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/** The wizard's Verify on AWS: STS GetCallerIdentity with the chosen credentials. */
final class AwsAccountVerifier implements AccountVerifier {
  private final AwsProfiles profiles = new AwsProfiles(AwsConfigLocations.forCurrentUser());

  @Override
  public Verification verify(AccountSelection selection) {
    AccountChoice choice = choiceOf(selection);
    boolean emulator = !selection.endpointUrl().isBlank();
    AwsClientSettings settings =
        AwsClientSettings.forAws(
            Region.of(selection.region()), new CredentialsProviders(profiles).providerFor(choice));
    if (emulator) {
      settings = settings.withEndpointOverride(URI.create(selection.endpointUrl().trim()));
    }
    try (AwsClients clients = new AwsClients(settings, new ApiCallCounter())) {
      CallerIdentity identity = new CallerIdentityVerifier(clients.sts()).verify();
      return new Verification(true, identity.account(), identity.arn(), "");
    } catch (RuntimeException e) {
      CloudFailure failure = new AwsErrors(choice, emulator).translate(e);
      return Verification.failed(failure.message() + " " + failure.nextAction());
    }
  }

  @Override
  public List<String> profiles() {
    return profiles.list().stream().map(ProfileInfo::name).toList();
  }

  private static AccountChoice choiceOf(AccountSelection selection) {
    return switch (selection.mode()) {
      case SANDBOX -> new AccountChoice.Sandbox();
      case PROFILE -> new AccountChoice.Profile(selection.profile());
      case ENVIRONMENT -> new AccountChoice.Environment();
      case KEYS ->
          new AccountChoice.StaticKeys(
              selection.accessKeyId(), selection.secretAccessKey(), Optional.empty());
    };
  }
}
