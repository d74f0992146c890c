package dev.eksdesk.kube;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A pod's events, read when the user selects the pod. Filtered on the client: a field selector on
 * involvedObject.name is what kubectl uses, but the sandbox's mock server only understands field
 * selectors on name and namespace, and one namespace's events are few enough to filter here.
 */
final class PodEvents {
  private PodEvents() {}

  static List<PodEventRow> of(KubernetesClient client, String namespace, String pod) {
    return of(client, ObjectRef.pod(namespace, pod));
  }

  /** The events of any object; a node's are looked for in every namespace. */
  static List<PodEventRow> of(KubernetesClient client, ObjectRef object) {
    var events =
        object.namespace() == null
            ? client.v1().events().inAnyNamespace()
            : client.v1().events().inNamespace(object.namespace());
    return events.list().getItems().stream()
        .filter(e -> e.getInvolvedObject() != null)
        .filter(e -> object.kind().apiName().equals(e.getInvolvedObject().getKind()))
        .filter(e -> object.name().equals(e.getInvolvedObject().getName()))
        .map(PodEvents::row)
        .sorted(
            Comparator.comparing(
                PodEventRow::lastSeen, Comparator.nullsFirst(Comparator.naturalOrder())))
        .toList();
  }

  private static PodEventRow row(Event event) {
    Instant lastSeen =
        PodRows.timestamp(
            Objects.requireNonNullElse(event.getLastTimestamp(), event.getFirstTimestamp()));
    return new PodEventRow(
        event.getType(),
        event.getReason(),
        event.getMessage(),
        event.getCount() == null ? 1 : event.getCount(),
        lastSeen,
        event.getSource() == null ? null : event.getSource().getComponent());
  }
}
