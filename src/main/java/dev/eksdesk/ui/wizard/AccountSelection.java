package dev.eksdesk.ui.wizard;

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

  @Override
  public String toString() {
    return "AccountSelection[" + mode + ", profile=" + profile + ", region=" + region + "]";
  }
}
