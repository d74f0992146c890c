package dev.eksdesk.kube.sandbox;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Writes core/v1 Events about pods, once per pod, reason and message: every controller pass retries
 * stuck pods, and writing the same event each time would wake the next pass forever.
 */
final class EventRecorder {
  private final KubernetesClient client;
  private final Clock clock;
  private final Set<String> recorded = new HashSet<>();

  EventRecorder(KubernetesClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  void warnOnce(Pod pod, String reason, String message, String component) {
    String uid = pod.getMetadata().getUid();
    if (!recorded.add(uid + "|" + reason + "|" + message)) {
      return;
    }
    String now = DateTimeFormatter.ISO_INSTANT.format(clock.instant());
    client
        .v1()
        .events()
        .inNamespace(pod.getMetadata().getNamespace())
        .resource(
            new EventBuilder()
                .withNewMetadata()
                .withName(
                    pod.getMetadata().getName()
                        + "."
                        + UUID.randomUUID().toString().substring(0, 8))
                .withNamespace(pod.getMetadata().getNamespace())
                .endMetadata()
                .withNewInvolvedObject()
                .withKind("Pod")
                .withApiVersion("v1")
                .withNamespace(pod.getMetadata().getNamespace())
                .withName(pod.getMetadata().getName())
                .withUid(uid)
                .endInvolvedObject()
                .withType("Warning")
                .withReason(reason)
                .withMessage(message)
                .withCount(1)
                .withFirstTimestamp(now)
                .withLastTimestamp(now)
                .withNewSource()
                .withComponent(component)
                .endSource()
                .build())
        .create();
  }
}
