package dev.eksdesk.cloud.aws;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.account.AccountVerifier;
import dev.eksdesk.account.PermissionCheck;
import dev.eksdesk.account.ProfileInfo;
import dev.eksdesk.cloud.CallerIdentity;
import dev.eksdesk.cloud.CloudFailure;
import java.util.List;

/** The wizard's Verify on AWS: STS GetCallerIdentity with the chosen credentials. */
public final class AwsAccountVerifier implements AccountVerifier {
  private final AwsProfiles profiles;

  public AwsAccountVerifier(AwsProfiles profiles) {
    this.profiles = profiles;
  }

  @Override
  public Verification verify(AccountChoice choice, String region, String endpointUrl) {
    boolean emulator = !endpointUrl.isBlank();
    AwsErrors errors = new AwsErrors(choice, emulator);
    try (AwsClients clients = AwsClients.open(choice, region, endpointUrl, profiles)) {
      CallerIdentity identity;
      try {
        identity = new CallerIdentityVerifier(clients.sts()).verify();
      } catch (RuntimeException e) {
        return failed(errors.translateIdentityCheck(e));
      }
      PermissionCheck permissions =
          new PermissionPreflight(clients.iam(), errors)
              .check(identity, ProvisioningActions.REQUIRED);
      return new Verification(true, identity.account(), identity.arn(), describe(permissions));
    } catch (RuntimeException e) {
      return failed(errors.translate(e));
    }
  }

  private static Verification failed(CloudFailure failure) {
    return Verification.failed(failure.message() + " " + failure.nextAction());
  }

  private static String describe(PermissionCheck permissions) {
    if (permissions instanceof PermissionCheck.Checked checked) {
      return checked.allAllowed()
          ? "All " + ProvisioningActions.REQUIRED.size() + " actions the plan needs are allowed."
          : "Missing permissions the plan needs: "
              + String.join(", ", checked.denied())
              + ". Ask your administrator for them before you create anything.";
    }
    PermissionCheck.Unchecked unchecked = (PermissionCheck.Unchecked) permissions;
    return "Permissions were not checked: "
        + unchecked.reason().message()
        + " "
        + unchecked.reason().nextAction();
  }

  @Override
  public List<String> profiles() {
    return profiles.list().stream().map(ProfileInfo::name).toList();
  }
}
