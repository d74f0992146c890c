package dev.eksdesk.app;

import dev.eksdesk.ui.wizard.AccountMode;
import dev.eksdesk.ui.wizard.AccountSelection;
import dev.eksdesk.ui.wizard.AccountVerifier;
import java.util.List;

/** Picks who answers "Verify": the sandbox itself, or AWS through the adapter. */
final class AccountVerifiers implements AccountVerifier {
  static final String SANDBOX_ACCOUNT = "000000000000";

  private final AccountVerifier aws;

  AccountVerifiers(AccountVerifier aws) {
    this.aws = aws;
  }

  @Override
  public Verification verify(AccountSelection selection) {
    if (selection.mode() == AccountMode.SANDBOX) {
      return new Verification(
          true,
          SANDBOX_ACCOUNT,
          "arn:aws:iam::" + SANDBOX_ACCOUNT + ":user/sandbox",
          "Sandbox account");
    }
    return aws.verify(selection);
  }

  @Override
  public List<String> profiles() {
    return aws.profiles();
  }
}
