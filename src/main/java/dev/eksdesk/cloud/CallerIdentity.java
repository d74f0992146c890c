package dev.eksdesk.cloud;

import dev.eksdesk.account.RootArn;
import java.util.Objects;

/** STS GetCallerIdentity: who is signed in. */
public record CallerIdentity(String account, String arn) {
  public CallerIdentity {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(arn, "arn");
  }

  /**
   * The account's root user, whose ARN is {@code arn:<partition>:iam::<account>:root} (a user or
   * role merely named "root", or another account's root, is not).
   */
  public boolean isRoot() {
    return RootArn.isRootOf(account, arn);
  }
}
