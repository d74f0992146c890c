package dev.eksdesk.account;

import java.util.List;

/**
 * Answers "who am I on this account?" (STS GetCallerIdentity on AWS). Called off the FX thread; the
 * composition root picks the implementation.
 */
public interface AccountVerifier {
  /** The outcome of a verification. */
  record Verification(boolean ok, String account, String arn, String message) {
    public static Verification failed(String message) {
      return new Verification(false, "", "", message);
    }

    public boolean isRoot() {
      return ok && RootArn.isRootOf(account, arn);
    }
  }

  /**
   * @param endpointUrl an endpoint override (LocalStack, moto); empty for AWS itself
   */
  Verification verify(AccountChoice choice, String region, String endpointUrl);

  /** Named profiles the user could pick. */
  List<String> profiles();
}
