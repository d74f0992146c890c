package dev.eksdesk.domain.cost;

/** The rows of the seed's cost table. */
public enum CostCategory {
  NAT("NAT"),
  CONTROL_PLANE("EKS control plane"),
  EC2("EC2 instances"),
  OTHER("The rest");

  private final String label;

  CostCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
