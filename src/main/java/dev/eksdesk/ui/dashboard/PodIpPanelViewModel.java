package dev.eksdesk.ui.dashboard;

import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.insight.Advice;
import dev.eksdesk.insight.NodeAddressUse;
import dev.eksdesk.insight.SaturationAdvisor;
import dev.eksdesk.insight.SubnetAddressUse;
import dev.eksdesk.kube.NodeIpView;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The pod-IP panel's state: every node's pods and addresses against its limits, ENI by ENI, the
 * pods stuck without an address and why, free addresses per subnet, and what to do about it. FX
 * thread only.
 */
public final class PodIpPanelViewModel {
  private final ObservableList<NodeSaturationRow> nodes = FXCollections.observableArrayList();
  private final ObservableList<SubnetAddressUse> subnets = FXCollections.observableArrayList();
  private final ObservableList<Advice> advice = FXCollections.observableArrayList();
  private final ReadOnlyIntegerWrapper podsRunning = new ReadOnlyIntegerWrapper(0);

  /**
   * @param available what the cloud says is free in each subnet, by CIDR (empty in the sandbox)
   * @param stuckPodEvents the latest event of each stuck pod ("namespace/name" → message)
   */
  public void show(
      ClusterSpec spec,
      List<NodeIpView> views,
      Map<String, Long> available,
      Map<String, String> stuckPodEvents,
      SaturationAdvisor advisor) {
    List<NodeSaturationRow> rows =
        views.stream()
            .map(
                v ->
                    new NodeSaturationRow(
                        NodeAddressReader.use(v, spec.cni()),
                        NodeAddressReader.eniLines(v),
                        v.podsWaitingForAddress().stream()
                            .map(
                                pod ->
                                    pod
                                        + ": "
                                        + stuckPodEvents.getOrDefault(
                                            pod, "waiting for an address"))
                            .toList()))
            .sorted(
                Comparator.comparingDouble((NodeSaturationRow r) -> r.use().saturation())
                    .reversed()
                    .thenComparing(r -> r.use().node()))
            .toList();
    nodes.setAll(rows);
    List<SubnetAddressUse> subnetUse = NodeAddressReader.subnets(spec, views, available);
    subnets.setAll(subnetUse);
    List<NodeAddressUse> uses = rows.stream().map(NodeSaturationRow::use).toList();
    advice.setAll(uses.isEmpty() ? List.of() : advisor.advise(uses, subnetUse));
    podsRunning.set(uses.stream().mapToInt(NodeAddressUse::podsRunning).sum());
  }

  public ObservableList<NodeSaturationRow> nodes() {
    return nodes;
  }

  public ObservableList<SubnetAddressUse> subnets() {
    return subnets;
  }

  public ObservableList<Advice> advice() {
    return advice;
  }

  public ReadOnlyIntegerProperty podsRunningProperty() {
    return podsRunning.getReadOnlyProperty();
  }
}
