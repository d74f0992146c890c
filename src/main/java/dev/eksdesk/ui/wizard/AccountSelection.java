package dev.eksdesk.ui.wizard;

import dev.eksdesk.account.AccountChoice;
import java.util.Optional;

/**
 * The credentials the user chose. The secret never appears in {@link #toString()}.
 *
 * @param profile for {@link AccountMode#PROFILE}
 * @param endpointUrl an endpoint override (LocalStack, moto), empty for AWS itself
 */
public record AccountSelection(
    AccountMode mode,
    String profile,
    String accessKeyId,
    String secretAccessKey,
    String region,
    String endpointUrl) {

  public static AccountSelection sandbox(String region) {
    return new AccountSelection(AccountMode.SANDBOX, "", "", "", region, "");
  }

  /**
   * The credentials as the cloud layer takes them.
   *
   * @throws IllegalArgumentException naming the field to fill in
   */
  public AccountChoice toChoice() {
    return switch (mode) {
      case SANDBOX -> new AccountChoice.Sandbox();
      case PROFILE -> new AccountChoice.Profile(profile == null ? "" : profile.trim());
      case ENVIRONMENT -> new AccountChoice.Environment();
      case KEYS ->
          new AccountChoice.StaticKeys(
              accessKeyId == null ? "" : accessKeyId.trim(),
              secretAccessKey == null ? "" : secretAccessKey.trim(),
              Optional.empty());
    };
  }

  @Override
  public String toString() {
    return "AccountSelection[" + mode + ", profile=" + profile + ", region=" + region + "]";
  }
}
