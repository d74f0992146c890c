package dev.eksdesk.account;

/** The one rule for "these are the account's root credentials". */
public final class RootArn {
  private RootArn() {}

  /**
   * Whether {@code arn} is the root user of {@code account}: {@code
   * arn:<partition>:iam::<account>:root} (a user or role merely named "root", or another account's
   * root, is not).
   */
  public static boolean isRootOf(String account, String arn) {
    String[] parts = arn.split(":", 6);
    return parts.length == 6
        && parts[0].equals("arn")
        && parts[2].equals("iam")
        && parts[4].equals(account)
        && parts[5].equals("root");
  }
}
