package dev.eksdesk.domain.spec;

import java.util.List;

/**
 * Kubernetes versions EKS offers for new clusters and upgrades, newest first: those in standard
 * support and, as EKS still creates them, those in extended support ({@link KubernetesSupport} has
 * the dates and fees). 1.35 came to EKS in January 2026; 1.31's extended support ended in November
 * 2026. The default is the newest: the only one whose standard support (at $0.10/h, not $0.60/h)
 * runs into 2027.
 */
public final class KubernetesVersions {
  public static final List<String> SUPPORTED = List.of("1.35", "1.34", "1.33", "1.32");
  public static final String DEFAULT = "1.35";

  private KubernetesVersions() {}
}
