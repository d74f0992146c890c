package dev.eksdesk.domain.spec;

import java.util.List;

/** Kubernetes versions EKS offers in standard support, newest first. */
public final class KubernetesVersions {
  public static final List<String> SUPPORTED = List.of("1.34", "1.33", "1.32", "1.31");
  public static final String DEFAULT = "1.33";

  private KubernetesVersions() {}
}
