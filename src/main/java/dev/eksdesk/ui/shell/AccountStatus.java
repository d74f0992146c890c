package dev.eksdesk.ui.shell;

/**
 * What the status bar says about the account in use.
 *
 * @param label "Sandbox (simulated account)" or "profile dev · 123456789012"
 */
public record AccountStatus(String label, String region) {
  public static AccountStatus sandbox(String region) {
    return new AccountStatus("Sandbox — simulated account, nothing is billed", region);
  }

  /**
   * @param source how the credentials were chosen: "profile dev", "environment keys"...
   */
  public static AccountStatus aws(String source, String accountId, String region) {
    return new AccountStatus("AWS " + source + " · account " + accountId, region);
  }
}
