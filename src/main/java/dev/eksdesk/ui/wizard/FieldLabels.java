package dev.eksdesk.ui.wizard;

import dev.eksdesk.domain.spec.CapacityType;
import dev.eksdesk.domain.spec.SshKeyMode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names users know for a spec's fields and values: a problem about {@code
 * nodeGroup.instanceType} is shown as about "Instance type", {@code ON_DEMAND} as "On-demand".
 */
public final class FieldLabels {
  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("name", "Cluster name"),
          Map.entry("region", "Region"),
          Map.entry("cni", "Pod networking (CNI)"),
          Map.entry("tags", "Tags"),
          Map.entry("controlPlane.kubernetesVersion", "Kubernetes version"),
          Map.entry("controlPlane.publicAccessCidrs", "API access from"),
          Map.entry("network.vpcCidr", "VPC block"),
          Map.entry("network.zones", "Availability zones"),
          Map.entry("network.subnets", "Subnets"),
          Map.entry("network.natMode", "NAT gateways"),
          Map.entry("network.bastion", "Bastion"),
          Map.entry("network.storage", "Storage"),
          Map.entry("network.worker", "Worker"),
          Map.entry("nodeGroup.instanceType", "Instance type"),
          Map.entry("nodeGroup.desiredSize", "Desired size"),
          Map.entry("nodeGroup.minSize", "Min size"),
          Map.entry("nodeGroup.maxSize", "Max size"),
          Map.entry("nodeGroup.capacityType", "Capacity"),
          Map.entry("nodeGroup.diskGiB", "Disk"),
          Map.entry("nodeGroup.amiType", "AMI type"),
          Map.entry("sshKey.mode", "SSH key"),
          Map.entry("sshKey.keyPairName", "SSH key name"),
          Map.entry("sshKey.privateKeyPath", "Private key file"));

  /** "network.subnets[2].cidr", "controlPlane.publicAccessCidrs[0]": an item of a list. */
  private static final Pattern ITEM = Pattern.compile("^([A-Za-z.]+)\\[(\\d+)](?:\\.(\\w+))?$");

  private FieldLabels() {}

  /** The label of the field a spec path points at; a path it does not know is put in words. */
  public static String of(String path) {
    String known = LABELS.get(path);
    if (known != null) {
      return known;
    }
    Matcher item = ITEM.matcher(path);
    if (item.matches() && LABELS.containsKey(item.group(1))) {
      String list = LABELS.get(item.group(1));
      String label = list + ", row " + (Integer.parseInt(item.group(2)) + 1);
      return item.group(3) == null ? label : label + ", " + words(item.group(3));
    }
    List<String> parts = List.of(path.split("\\."));
    return capitalised(words(parts.get(parts.size() - 1)));
  }

  public static String of(CapacityType type) {
    return switch (type) {
      case ON_DEMAND -> "On-demand";
      case SPOT -> "Spot";
    };
  }

  public static String of(SshKeyMode mode) {
    return switch (mode) {
      case GENERATE -> "Create a new key pair";
      case EXISTING -> "Use an existing key pair";
      case NONE -> "No SSH access";
    };
  }

  /** "privateKeyPath" → "private key path". */
  private static String words(String camel) {
    return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
