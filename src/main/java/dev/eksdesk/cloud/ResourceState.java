package dev.eksdesk.cloud;

/** The lifecycle every resource kind is mapped onto (NAT "available", EKS "ACTIVE" = READY). */
public enum ResourceState {
  PENDING,
  READY,
  FAILED,
  DELETING,
  DELETED;

  public boolean gone() {
    return this == DELETED;
  }
}
