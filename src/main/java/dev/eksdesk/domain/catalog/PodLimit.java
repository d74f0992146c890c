package dev.eksdesk.domain.catalog;

/**
 * How many pods one node really runs under a CNI mode, and which limit stops it there.
 *
 * @param pods pods on the node, EKS's own daemon-set pods included
 */
public record PodLimit(int pods, Bound bound) {

  /** What binds first. */
  public enum Bound {
    /** The ENI addresses (or prefixes) the CNI can give pods. */
    ADDRESSES("addresses"),
    /** The kubelet's max-pods ceiling (110, or 250 above 30 vCPUs). */
    KUBELET("kubelet max-pods"),
    /** Memory after the kubelet's reserve, its eviction threshold and a minimum per pod. */
    MEMORY("memory");

    private final String label;

    Bound(String label) {
      this.label = label;
    }

    /** Short, for tables and JSON. */
    public String label() {
      return label;
    }
  }
}
