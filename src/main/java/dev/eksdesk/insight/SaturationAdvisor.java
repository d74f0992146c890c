package dev.eksdesk.insight;

import dev.eksdesk.domain.catalog.CheapestTypeFinder;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.catalog.InstanceType;
import dev.eksdesk.domain.catalog.PodCapacity;
import dev.eksdesk.domain.catalog.SystemPods;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What to do when nodes or subnets run out of pod addresses: prefix delegation where the type is
 * Nitro, the cheapest type that fits the pods, or an overlay CNI with its API-server caveat; and
 * warnings for subnets nearly full and warm pools that hold addresses nobody uses.
 */
public final class SaturationAdvisor {
  /** From here on a node counts as near its limit. */
  public static final double NEAR_LIMIT = 0.85;

  /** Room to grow a suggested type is sized for. */
  static final double HEADROOM = 1.25;

  private final InstanceCatalog catalog;
  private final CheapestTypeFinder finder;
  private final String region;

  public SaturationAdvisor(InstanceCatalog catalog, String region) {
    this.catalog = catalog;
    this.finder = new CheapestTypeFinder(catalog);
    this.region = region;
  }

  public List<Advice> advise(List<NodeAddressUse> nodes, List<SubnetAddressUse> subnets) {
    List<Advice> advice = new ArrayList<>();
    List<NodeAddressUse> full = nodes.stream().filter(n -> n.saturation() >= NEAR_LIMIT).toList();
    int stuck = nodes.stream().mapToInt(NodeAddressUse::podsWaitingForAddress).sum();
    if (!full.isEmpty() || stuck > 0) {
      NodeAddressUse sample = full.isEmpty() ? nodes.get(0) : full.get(0);
      advice.add(
          new Advice(
              stuck > 0 ? Advice.Severity.CRITICAL : Advice.Severity.WARNING,
              full.size() + " of " + nodes.size() + " nodes near their pod limit",
              stuck > 0
                  ? stuck
                      + " pods wait for an IP address (failed to assign an IP address to container)."
                  : "New pods will soon have nowhere to go."));
      catalog
          .find(sample.instanceType())
          .ifPresent(type -> addRemedies(advice, type, sample.mode(), nodes));
    }
    for (SubnetAddressUse subnet : subnets) {
      if (subnet.saturation() >= NEAR_LIMIT) {
        advice.add(
            new Advice(
                Advice.Severity.WARNING,
                "Subnet " + subnet.name() + " has " + subnet.free() + " addresses left",
                format(
                    "%s: %d of %d usable addresses are held by nodes. Prefix delegation also needs"
                        + " free contiguous /28 blocks there; an overlay CNI takes pods out of the"
                        + " subnet.",
                    subnet.cidr(), subnet.held(), subnet.usable())));
      }
    }
    int warm = nodes.stream().mapToInt(NodeAddressUse::warmAddresses).sum();
    int used = nodes.stream().mapToInt(NodeAddressUse::addressesInUse).sum();
    if (warm > used && warm > 0) {
      advice.add(
          new Advice(
              Advice.Severity.INFO,
              warm + " warm addresses held for pods that do not exist",
              format(
                  "The VPC CNI keeps a spare ENI's worth per node (WARM_ENI_TARGET=1): %d addresses"
                      + " taken from the subnets, %d used by pods. WARM_IP_TARGET and"
                      + " MINIMUM_IP_TARGET on aws-node hold fewer.",
                  warm, used)));
    }
    return advice;
  }

  private void addRemedies(
      List<Advice> advice, InstanceType type, CniMode mode, List<NodeAddressUse> nodes) {
    int now = PodCapacity.maxPods(type, mode);
    if (mode == CniMode.VPC_CNI && PodCapacity.prefixDelegation(type).isPresent()) {
      advice.add(
          new Advice(
              Advice.Severity.INFO,
              "Prefix delegation: "
                  + now
                  + " → "
                  + PodCapacity.prefixDelegation(type).getAsInt()
                  + " pods per "
                  + type.name(),
              "Each ENI slot holds a /28 (16 addresses). Needs free contiguous /28 blocks in the"
                  + " node subnets, and the nodes recycled to take the new max pods.",
              Advice.Remedy.PREFIX_DELEGATION));
    }
    userPodsWanted(nodes)
        .flatMap(pods -> finder.cheapest(pods, mode, region, 1).stream().findFirst())
        .ifPresent(
            option ->
                advice.add(
                    new Advice(
                        Advice.Severity.INFO,
                        "Smallest fit: " + option.nodes() + " × " + option.type().name(),
                        format(
                            "%d pods per node under %s, $%.2f a month for the group; sized for"
                                + " today's pods plus a quarter.",
                            PodCapacity.maxPods(option.type(), mode),
                            mode.displayName(),
                            option.monthlyUsd()),
                        Advice.Remedy.LARGER_TYPE,
                        option.type().name())));
    if (mode != CniMode.CALICO_OVERLAY) {
      advice.add(
          new Advice(
              Advice.Severity.INFO,
              "Calico overlay: "
                  + now
                  + " → "
                  + PodCapacity.overlay(type)
                  + " pods per "
                  + type.name(),
              "Pods take no subnet addresses. The EKS control plane cannot reach overlay pod"
                  + " addresses, so admission webhooks and metrics-server must run with"
                  + " hostNetwork (the CNI swap does it), and every node must be recycled.",
              Advice.Remedy.CALICO_SWAP));
    }
  }

  /** The user's pods (EKS's own taken out), running or waiting, with headroom. */
  private static Optional<Integer> userPodsWanted(List<NodeAddressUse> nodes) {
    int all = nodes.stream().mapToInt(n -> n.podsRunning() + n.podsWaitingForAddress()).sum();
    int user = all - nodes.size() * SystemPods.DAEMONSET_PER_NODE - SystemPods.CLUSTER;
    return user < 1 ? Optional.empty() : Optional.of((int) Math.ceil(user * HEADROOM));
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
