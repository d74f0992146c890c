package dev.eksdesk.cloud.aws;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.account.ProfileInfo;
import dev.eksdesk.cloud.AwsAccounts;
import dev.eksdesk.cloud.AwsSession;
import dev.eksdesk.cloud.CloudFailure;
import dev.eksdesk.cloud.KubeconfigEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The SDK's AWS, with the AWS CLI's config files of the user running Eksdesk. */
public final class AwsCliAccounts implements AwsAccounts {
  private final AwsConfigLocations files;
  private final AwsProfiles profiles;

  public AwsCliAccounts(AwsConfigLocations files) {
    this.files = files;
    this.profiles = new AwsProfiles(files);
  }

  public static AwsCliAccounts forCurrentUser() {
    return new AwsCliAccounts(AwsConfigLocations.forCurrentUser());
  }

  @Override
  public List<ProfileInfo> profiles() {
    return profiles.list();
  }

  @Override
  public List<Path> configFiles() {
    return List.of(files.configFile(), files.credentialsFile());
  }

  @Override
  public AwsSession open(AccountChoice choice, String region, String endpointUrl) {
    try {
      return AwsAccountSession.open(choice, region, endpointUrl, profiles);
    } catch (IllegalStateException e) {
      throw e;
    } catch (RuntimeException e) {
      CloudFailure failure = new AwsErrors(choice, !endpointUrl.isEmpty()).translate(e);
      throw new IllegalStateException(failure.message() + " " + failure.nextAction(), e);
    }
  }

  @Override
  public Path defaultKubeconfig() {
    return KubeconfigWriter.forCurrentUser();
  }

  @Override
  public void writeKubeconfig(Path kubeconfig, KubeconfigEntry entry) throws IOException {
    new KubeconfigWriter(kubeconfig).write(entry);
  }
}
