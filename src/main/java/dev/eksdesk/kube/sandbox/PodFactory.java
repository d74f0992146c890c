package dev.eksdesk.kube.sandbox;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;

/** Pods stamped out of a workload's template, named and owned as Kubernetes names and owns them. */
final class PodFactory {
  private static final String SUFFIX_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private PodFactory() {}

  /**
   * @param namePrefix for example {@code web-5d8f7c9b4-} or {@code aws-node-}
   * @param nodeName the node for DaemonSet pods, which skip the scheduler; null otherwise
   */
  static Pod fromTemplate(
      HasMetadata owner,
      PodTemplateSpec template,
      String namePrefix,
      Map<String, String> extraLabels,
      String nodeName) {
    Map<String, String> labels = new HashMap<>();
    if (template.getMetadata() != null && template.getMetadata().getLabels() != null) {
      labels.putAll(template.getMetadata().getLabels());
    }
    labels.putAll(extraLabels);
    Map<String, String> annotations =
        template.getMetadata() == null || template.getMetadata().getAnnotations() == null
            ? Map.of()
            : template.getMetadata().getAnnotations();
    return new PodBuilder()
        .withNewMetadata()
        .withName(namePrefix + randomSuffix())
        .withNamespace(owner.getMetadata().getNamespace())
        .withLabels(labels)
        .withAnnotations(annotations)
        .withOwnerReferences(
            new OwnerReferenceBuilder()
                .withApiVersion(owner.getApiVersion())
                .withKind(owner.getKind())
                .withName(owner.getMetadata().getName())
                .withUid(owner.getMetadata().getUid())
                .withController(true)
                .withBlockOwnerDeletion(true)
                .build())
        .endMetadata()
        .withSpec(new PodSpecBuilder(template.getSpec()).withNodeName(nodeName).build())
        .withNewStatus()
        .withPhase("Pending")
        .endStatus()
        .build();
  }

  private static String randomSuffix() {
    StringBuilder suffix = new StringBuilder(5);
    for (int i = 0; i < 5; i++) {
      suffix.append(SUFFIX_ALPHABET.charAt(RANDOM.nextInt(SUFFIX_ALPHABET.length())));
    }
    return suffix.toString();
  }
}
