package dev.eksdesk.ui.wizard;

/** Where the wizard's credentials come from. */
public enum AccountMode {
  SANDBOX("Sandbox (simulated account, free, offline)"),
  PROFILE("AWS profile (~/.aws/config, SSO included)"),
  ENVIRONMENT("Environment variables (AWS_ACCESS_KEY_ID ...)"),
  KEYS("Access keys typed here (kept in memory)");

  private final String label;

  AccountMode(String label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return label;
  }
}
