package dev.eksdesk.domain.spec;

import java.util.List;

/**
 * Kubernetes versions EKS offers for new clusters and upgrades, newest first: those in standard
 * support and, as EKS still creates them, those in extended support ({@link KubernetesSupport} has
 * the dates and fees). 1.35 came to EKS in January 2026.
 */
public final class KubernetesVersions {
  public static final List<String> SUPPORTED = List.of("1.35", "1.34", "1.33", "1.32", "1.31");
  public static final String DEFAULT = "1.33";

  private KubernetesVersions() {}
}
