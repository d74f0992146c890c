package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.domain.spec.NodeTaint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.eks.model.Nodegroup;
import software.amazon.awssdk.services.eks.model.Taint;
import software.amazon.awssdk.services.eks.model.TaintEffect;
import software.amazon.awssdk.services.eks.model.UpdateLabelsPayload;
import software.amazon.awssdk.services.eks.model.UpdateTaintsPayload;

/**
 * A node group's labels ({@code key=value}) and taints (kubectl's {@code key=value:Effect}) as the
 * request and the diff write them, to and from EKS's maps and {@link Taint}s (effect {@code
 * NO_SCHEDULE}...).
 */
final class NodeGroupLabels {
  private NodeGroupLabels() {}

  static Map<String, String> labels(List<String> labels) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String label : labels) {
      int eq = label.indexOf('=');
      map.put(label.substring(0, eq), label.substring(eq + 1));
    }
    return map;
  }

  static List<Taint> taints(List<String> taints) {
    return taints.stream()
        .map(t -> NodeTaint.parse(t).orElseThrow(() -> new IllegalArgumentException(t)))
        .map(
            t ->
                Taint.builder()
                    .key(t.key())
                    .value(t.value().isEmpty() ? null : t.value())
                    .effect(effect(t.effect()))
                    .build())
        .toList();
  }

  /** What the account reports, in the request's form: sorted, comma-joined. */
  static String labelsText(Nodegroup group) {
    return String.join(
        ",",
        (group.hasLabels() ? group.labels() : Map.<String, String>of())
            .entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList());
  }

  static String taintsText(Nodegroup group) {
    return String.join(
        ",",
        (group.hasTaints() ? group.taints() : List.<Taint>of())
            .stream()
                .map(
                    t ->
                        new NodeTaint(
                                t.key(), t.value() == null ? "" : t.value(), kubectl(t.effect()))
                            .text())
                .sorted()
                .toList());
  }

  /** UpdateNodegroupConfig's labels: the wanted ones set, the others of the group removed. */
  static UpdateLabelsPayload labelsUpdate(Nodegroup current, List<String> wanted) {
    Map<String, String> desired = labels(wanted);
    List<String> removed = new ArrayList<>();
    if (current.hasLabels()) {
      current.labels().keySet().stream().filter(k -> !desired.containsKey(k)).forEach(removed::add);
    }
    UpdateLabelsPayload.Builder payload = UpdateLabelsPayload.builder();
    if (!desired.isEmpty()) {
      payload.addOrUpdateLabels(desired);
    }
    if (!removed.isEmpty()) {
      payload.removeLabels(removed);
    }
    return payload.build();
  }

  /**
   * UpdateNodegroupConfig's taints: the wanted ones set, the others (by key and effect) removed.
   */
  static UpdateTaintsPayload taintsUpdate(Nodegroup current, List<String> wanted) {
    List<Taint> desired = taints(wanted);
    List<Taint> removed =
        (current.hasTaints() ? current.taints() : List.<Taint>of())
            .stream()
                .filter(
                    t ->
                        desired.stream()
                            .noneMatch(d -> d.key().equals(t.key()) && d.effect() == t.effect()))
                .toList();
    UpdateTaintsPayload.Builder payload = UpdateTaintsPayload.builder();
    if (!desired.isEmpty()) {
      payload.addOrUpdateTaints(desired);
    }
    if (!removed.isEmpty()) {
      payload.removeTaints(removed);
    }
    return payload.build();
  }

  private static TaintEffect effect(String kubectl) {
    return switch (kubectl) {
      case "NoSchedule" -> TaintEffect.NO_SCHEDULE;
      case "PreferNoSchedule" -> TaintEffect.PREFER_NO_SCHEDULE;
      case "NoExecute" -> TaintEffect.NO_EXECUTE;
      default -> throw new IllegalArgumentException("not a taint effect: " + kubectl);
    };
  }

  private static String kubectl(TaintEffect effect) {
    return switch (effect) {
      case NO_SCHEDULE -> "NoSchedule";
      case PREFER_NO_SCHEDULE -> "PreferNoSchedule";
      case NO_EXECUTE -> "NoExecute";
      default -> String.valueOf(effect);
    };
  }
}
