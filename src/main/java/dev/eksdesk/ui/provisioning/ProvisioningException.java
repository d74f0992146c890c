package dev.eksdesk.ui.provisioning;

/** A run that cannot start, with what to do about it (a locked or unreadable journal...). */
public final class ProvisioningException extends Exception {
  private final String nextAction;

  public ProvisioningException(String message, String nextAction) {
    super(message);
    this.nextAction = nextAction;
  }

  public String nextAction() {
    return nextAction;
  }
}
