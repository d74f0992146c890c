package dev.eksdesk.ui.topology;

import dev.eksdesk.topology.Element;
import dev.eksdesk.topology.PodInfo;
import dev.eksdesk.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the details panel says about a selection: a heading, the state, then every detail. */
record SelectionDetails(String heading, String state, List<DetailRow> rows) {
  static final SelectionDetails NOTHING =
      new SelectionDetails(
          "Nothing selected", "", List.of(new DetailRow("", "Click an element or a pod.")));

  static SelectionDetails of(Topology topology, Selection selection) {
    if (selection instanceof Selection.OfElement element) {
      return topology.element(element.elementId()).map(SelectionDetails::element).orElse(NOTHING);
    }
    if (selection instanceof Selection.OfPod pod) {
      return pod(topology, pod).orElse(NOTHING);
    }
    return NOTHING;
  }

  private static SelectionDetails element(Element element) {
    List<DetailRow> rows = new ArrayList<>();
    rows.add(new DetailRow("Kind", element.kind().displayName()));
    if (!element.stateReason().isEmpty()) {
      rows.add(new DetailRow("Status", element.stateReason()));
    }
    element.details().forEach((name, value) -> rows.add(new DetailRow(name, value)));
    String state = element.kind().structural() ? "" : element.state().displayName();
    return new SelectionDetails(element.label(), state, rows);
  }

  private static Optional<SelectionDetails> pod(Topology topology, Selection.OfPod selected) {
    return topology.podsOn(selected.nodeElementId()).stream()
        .filter(p -> p.key().equals(selected.podKey()))
        .findFirst()
        .map(
            (PodInfo pod) ->
                new SelectionDetails(
                    pod.name(),
                    pod.status().name().charAt(0)
                        + pod.status().name().substring(1).toLowerCase(Locale.ROOT),
                    List.of(
                        new DetailRow("Kind", "Pod"),
                        new DetailRow("Namespace", pod.namespace()),
                        new DetailRow("Node", pod.node()),
                        new DetailRow("Pod IP", pod.ip().isEmpty() ? "none yet" : pod.ip()),
                        new DetailRow("Host network", pod.hostNetwork() ? "yes" : "no"))));
  }
}
