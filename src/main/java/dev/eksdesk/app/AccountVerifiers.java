package dev.eksdesk.app;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.account.AccountVerifier;
import dev.eksdesk.cloud.sandbox.SandboxAccount;
import java.util.List;

/** Picks who answers "Verify": the sandbox itself, or AWS through the adapter. */
final class AccountVerifiers implements AccountVerifier {
  private final AccountVerifier aws;

  AccountVerifiers(AccountVerifier aws) {
    this.aws = aws;
  }

  @Override
  public Verification verify(AccountChoice choice, String region, String endpointUrl) {
    if (choice instanceof AccountChoice.Sandbox) {
      return new Verification(
          true, SandboxAccount.ACCOUNT, SandboxAccount.CALLER_ARN, "The simulated account.");
    }
    return aws.verify(choice, region, endpointUrl);
  }

  @Override
  public List<String> profiles() {
    return aws.profiles();
  }
}
