package dev.eksdesk.account;

import java.util.Objects;
import java.util.Optional;

/** Who the credentials belong to, as STS GetCallerIdentity reports it. */
public record CallerIdentity(String account, String arn, String userId, boolean root) {
  public CallerIdentity {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(userId, "userId");
  }

  /**
   * Derives {@code root} from the ARN; the root user's ARN is {@code
   * arn:<partition>:iam::<account>:root}.
   */
  public static CallerIdentity of(String account, String arn, String userId) {
    return new CallerIdentity(account, arn, userId, isRootArn(account, arn));
  }

  private static boolean isRootArn(String account, String arn) {
    String[] parts = arn.split(":", 6);
    return parts.length == 6
        && parts[0].equals("arn")
        && parts[2].equals("iam")
        && parts[4].equals(account)
        && parts[5].equals("root");
  }

  /** The warning the wizard shows under "Verify" when these are the account's root credentials. */
  public Optional<AccountProblem> rootWarning() {
    if (!root) {
      return Optional.empty();
    }
    return Optional.of(
        new AccountProblem(
            "These are the root user's credentials for account "
                + account
                + ". Root can do anything, cannot be limited by policies, and its keys are"
                + " the most valuable thing an attacker could steal.",
            "Create an IAM Identity Center user or an IAM user with administrator access, use"
                + " its profile here, and delete the root access keys."));
  }
}
