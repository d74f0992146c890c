package dev.eksdesk.ui.wizard;

/**
 * Answers "who am I on this account?" (STS GetCallerIdentity on AWS). Called off the FX thread;
 * implementations live outside the UI and are chosen by the composition root.
 */
public interface AccountVerifier {
  /** The outcome of a verification. */
  record Verification(boolean ok, String account, String arn, String message) {
    public static Verification failed(String message) {
      return new Verification(false, "", "", message);
    }

    public boolean isRoot() {
      return ok && arn.endsWith(":root");
    }
  }

  Verification verify(AccountSelection selection);

  /** Named profiles the user could pick, for the profile drop-down. */
  java.util.List<String> profiles();
}
