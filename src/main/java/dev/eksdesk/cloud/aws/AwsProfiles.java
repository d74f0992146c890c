package dev.eksdesk.cloud.aws;

import dev.eksdesk.account.ProfileInfo;
import dev.eksdesk.account.ProfileKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;

/** Reads the named profiles of the shared config and credentials files with the SDK's parser. */
public final class AwsProfiles {

  /** The SDK keeps this key in an internal class; it names an {@code [sso-session x]} section. */
  private static final String SSO_SESSION = "sso_session";

  private final AwsConfigLocations locations;

  public AwsProfiles(AwsConfigLocations locations) {
    this.locations = locations;
  }

  /** Profiles from both files, merged by name, sorted by name; empty when neither file exists. */
  public List<ProfileInfo> list() {
    return profileFile().profiles().values().stream()
        .map(AwsProfiles::describe)
        .sorted(Comparator.comparing(ProfileInfo::name))
        .toList();
  }

  /**
   * Both files as one, in the SDK's own precedence: the credentials file is added first, so its
   * values win over the config file's for the same profile.
   */
  public ProfileFile profileFile() {
    ProfileFile.Aggregator aggregator = ProfileFile.aggregator();
    addIfPresent(aggregator, locations.credentialsFile(), ProfileFile.Type.CREDENTIALS);
    addIfPresent(aggregator, locations.configFile(), ProfileFile.Type.CONFIGURATION);
    return aggregator.build();
  }

  private static void addIfPresent(
      ProfileFile.Aggregator aggregator, Path file, ProfileFile.Type type) {
    if (Files.isRegularFile(file)) {
      aggregator.addFile(ProfileFile.builder().content(file).type(type).build());
    }
  }

  private static ProfileInfo describe(Profile profile) {
    return new ProfileInfo(
        profile.name(), profile.property(ProfileProperty.REGION), kindOf(profile));
  }

  /** SSO is checked first: an SSO profile may also name a role, which the SSO login supplies. */
  private static ProfileKind kindOf(Profile profile) {
    if (has(profile, SSO_SESSION) || has(profile, ProfileProperty.SSO_START_URL)) {
      return ProfileKind.SSO;
    }
    if (has(profile, ProfileProperty.ROLE_ARN)) {
      return ProfileKind.ROLE;
    }
    if (has(profile, ProfileProperty.CREDENTIAL_PROCESS)) {
      return ProfileKind.PROCESS;
    }
    if (has(profile, ProfileProperty.AWS_ACCESS_KEY_ID)) {
      return ProfileKind.STATIC;
    }
    return ProfileKind.OTHER;
  }

  private static boolean has(Profile profile, String property) {
    return profile.property(property).isPresent();
  }
}
