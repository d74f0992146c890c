package dev.eksdesk.topology;

import java.util.Locale;

/** What an element of the diagram stands for; decides where the layout puts it. */
public enum ElementKind {
  REGION("Region"),
  VPC("VPC"),
  ZONE("Availability zone"),
  PUBLIC_SUBNET("Public subnet"),
  PRIVATE_SUBNET("Private subnet"),
  INTERNET_GATEWAY("Internet gateway"),
  NAT_GATEWAY("NAT gateway"),
  ELASTIC_IP("Elastic IP"),
  ROUTE_TABLE("Route table"),
  GATEWAY_ENDPOINT("S3 gateway endpoint"),
  BUCKET("S3 bucket"),
  BASTION("Bastion host"),
  WORKER("Worker host"),
  CONTROL_PLANE("EKS control plane"),
  NODE_GROUP("Managed node group"),
  NODE("Node");

  private final String displayName;

  ElementKind(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }

  /** Regions and zones are places, not resources: they have no lifecycle worth colouring. */
  public boolean structural() {
    return this == REGION || this == ZONE;
  }

  public boolean subnet() {
    return this == PUBLIC_SUBNET || this == PRIVATE_SUBNET;
  }

  /** The style class the diagram and the SVG export give it, e.g. {@code kind-public-subnet}. */
  public String styleClass() {
    return "kind-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
