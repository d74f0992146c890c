package dev.eksdesk.domain.spec;

/**
 * The placeholder for "the address the operator connects from, as a /32", resolved when the plan is
 * built, so that a saved spec stays correct when the operator moves.
 */
public final class OperatorAddress {
  public static final String PLACEHOLDER = "my-ip";

  private OperatorAddress() {}

  public static boolean isPlaceholder(String cidr) {
    return PLACEHOLDER.equalsIgnoreCase(cidr == null ? "" : cidr.trim());
  }
}
