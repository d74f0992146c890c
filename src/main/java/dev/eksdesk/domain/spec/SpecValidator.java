package dev.eksdesk.domain.spec;

import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.catalog.InstanceType;
import dev.eksdesk.domain.catalog.PodCapacity;
import dev.eksdesk.domain.catalog.PodLimit;
import dev.eksdesk.domain.catalog.UnknownInstanceTypeException;
import dev.eksdesk.domain.net.Ipv4Cidr;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks a spec the way AWS would refuse it, and warns where it would cost or expose. */
public final class SpecValidator {
  /** AWS accepts VPC and subnet blocks from /16 to /28. */
  static final int LARGEST_BLOCK = 16;

  static final int SMALLEST_BLOCK = 28;
  static final int MAX_NODES_PER_GROUP = 450;
  static final int MAX_TAINTS = 50;

  private final InstanceCatalog catalog;
  private final Path home;

  /** Checks generated keys' paths against the current user's home. */
  public SpecValidator(InstanceCatalog catalog) {
    this(catalog, PrivateKeyLocation.currentUserHome());
  }

  /**
   * @param home the user's home folder, where generated private keys belong
   */
  public SpecValidator(InstanceCatalog catalog, Path home) {
    this.catalog = catalog;
    this.home = home;
  }

  public List<SpecProblem> validate(ClusterSpec spec) {
    List<SpecProblem> problems = new ArrayList<>();
    checkIdentity(spec, problems);
    NameChecks.check(spec, problems);
    Optional<Ipv4Cidr> vpc = checkVpc(spec.network(), problems);
    checkZones(spec, problems);
    vpc.ifPresent(block -> checkSubnets(spec.network(), block, problems));
    checkEdges(spec, problems);
    Optional<InstanceType> nodeType = checkNodeGroup(spec, problems);
    nodeType.ifPresent(type -> checkPodAddresses(spec, type, problems));
    checkSshKey(spec.sshKey(), problems);
    if (!spec.state().isEmpty()) {
      StateLocation.problem(spec.state())
          .ifPresent(problem -> problems.add(SpecProblem.error("state", problem)));
    }
    return List.copyOf(problems);
  }

  public static boolean hasErrors(List<SpecProblem> problems) {
    return problems.stream().anyMatch(SpecProblem::isError);
  }

  private void checkIdentity(ClusterSpec spec, List<SpecProblem> problems) {
    if (!ClusterSpec.NAME.matcher(spec.name()).matches()) {
      problems.add(
          SpecProblem.error(
              "name",
              "'"
                  + spec.name()
                  + "' is not a valid EKS cluster name: start with a letter, then letters,"
                  + " digits, '-' or '_' (100 at most)"));
    }
    if (!Regions.isKnown(spec.region())) {
      problems.add(
          SpecProblem.error(
              "region",
              "'" + spec.region() + "' is not a region where EKS runs, e.g. eu-central-1"));
    }
    if (!KubernetesVersions.SUPPORTED.contains(spec.controlPlane().kubernetesVersion())) {
      problems.add(
          SpecProblem.error(
              "controlPlane.kubernetesVersion",
              "EKS offers Kubernetes " + String.join(", ", KubernetesVersions.SUPPORTED)));
    }
  }

  private Optional<Ipv4Cidr> checkVpc(NetworkSpec network, List<SpecProblem> problems) {
    Optional<Ipv4Cidr> block = parse(network.vpcCidr(), "network.vpcCidr", problems);
    block.ifPresent(
        b -> {
          if (b.prefixLength() < LARGEST_BLOCK || b.prefixLength() > SMALLEST_BLOCK) {
            problems.add(
                SpecProblem.error(
                    "network.vpcCidr", "a VPC block must be from /16 to /28; " + b + " is not"));
          }
        });
    return block;
  }

  private void checkZones(ClusterSpec spec, List<SpecProblem> problems) {
    List<String> zones = spec.network().zones();
    if (new HashSet<>(zones).size() < 2) {
      problems.add(
          SpecProblem.error(
              "network.zones", "EKS needs subnets in at least two availability zones"));
    }
    for (int i = 0; i < zones.size(); i++) {
      if (!zones.get(i).startsWith(spec.region())) {
        problems.add(
            SpecProblem.error(
                "network.zones[" + i + "]",
                "'" + zones.get(i) + "' is not a zone of " + spec.region()));
      }
    }
  }

  private void checkSubnets(NetworkSpec network, Ipv4Cidr vpc, List<SpecProblem> problems) {
    List<SubnetSpec> subnets = network.subnets();
    List<Ipv4Cidr> blocks = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < subnets.size(); i++) {
      SubnetSpec subnet = subnets.get(i);
      String path = "network.subnets[" + i + "]";
      if (!names.add(subnet.name())) {
        problems.add(SpecProblem.error(path + ".name", "two subnets are named " + subnet.name()));
      }
      if (!network.zones().contains(subnet.zone())) {
        problems.add(
            SpecProblem.error(
                path + ".zone",
                subnet.zone() + " is not one of the chosen zones " + network.zones()));
      }
      Optional<Ipv4Cidr> parsed = parse(subnet.cidr(), path + ".cidr", problems);
      if (parsed.isEmpty()) {
        blocks.add(null);
        continue;
      }
      Ipv4Cidr block = parsed.get();
      blocks.add(block);
      if (!vpc.contains(block)) {
        problems.add(
            SpecProblem.error(
                path + ".cidr",
                block + " lies outside the VPC " + vpc + "; pick a block inside it"));
      }
      if (block.prefixLength() > SMALLEST_BLOCK) {
        problems.add(
            SpecProblem.error(
                path + ".cidr",
                block + " is too small: AWS subnets are /28 or larger (16 addresses, 11 usable)"));
      }
      for (int j = 0; j < i; j++) {
        Ipv4Cidr other = blocks.get(j);
        if (other != null && other.overlaps(block)) {
          problems.add(
              SpecProblem.error(
                  path + ".cidr",
                  block + " overlaps " + subnets.get(j).name() + " (" + other + ")"));
        }
      }
    }
    for (String zone : network.zones()) {
      boolean hasPrivate =
          subnets.stream().anyMatch(s -> s.zone().equals(zone) && s.kind() == SubnetKind.PRIVATE);
      if (!hasPrivate) {
        problems.add(
            SpecProblem.error(
                "network.subnets", zone + " has no private subnet for the cluster's nodes"));
      }
    }
  }

  private void checkEdges(ClusterSpec spec, List<SpecProblem> problems) {
    NetworkSpec network = spec.network();
    boolean hasPublic = !network.subnets(SubnetKind.PUBLIC).isEmpty();
    if (network.natMode() != NatMode.NONE && !hasPublic) {
      problems.add(
          SpecProblem.error("network.natMode", "a NAT gateway needs a public subnet to live in"));
    }
    if (network.natMode() == NatMode.NONE) {
      problems.add(
          SpecProblem.warning(
              "network.natMode",
              "without NAT, nodes in private subnets cannot pull images from public registries"));
    }
    BastionSpec bastion = network.bastion();
    if (bastion.enabled()) {
      if (!hasPublic) {
        problems.add(SpecProblem.error("network.bastion", "a bastion host needs a public subnet"));
      }
      checkInstanceType(bastion.instanceType(), "network.bastion.instanceType", problems);
      checkIngress(bastion.sshIngressCidr(), "network.bastion.sshIngressCidr", "SSH", problems);
    }
    if (network.worker().enabled()) {
      checkInstanceType(network.worker().instanceType(), "network.worker.instanceType", problems);
    }
    List<String> apiCidrs = spec.controlPlane().publicAccessCidrs();
    for (int i = 0; i < apiCidrs.size(); i++) {
      checkIngress(
          apiCidrs.get(i),
          "controlPlane.publicAccessCidrs[" + i + "]",
          "the Kubernetes API",
          problems);
    }
    String bucket = network.storage().bucketName();
    if (network.storage().enabled()
        && !bucket.isEmpty()
        && !bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
      problems.add(
          SpecProblem.error(
              "network.storage.bucketName",
              "S3 bucket names are 3 to 63 lowercase letters, digits, dots or hyphens"));
    }
  }

  private void checkIngress(String cidr, String path, String what, List<SpecProblem> problems) {
    if (OperatorAddress.isPlaceholder(cidr)) {
      return;
    }
    parse(cidr, path, problems)
        .filter(block -> block.prefixLength() == 0)
        .ifPresent(
            block ->
                problems.add(
                    SpecProblem.warning(
                        path,
                        "0.0.0.0/0 opens "
                            + what
                            + " to the whole internet; use "
                            + OperatorAddress.PLACEHOLDER
                            + " (your own address) instead")));
  }

  /** EKS takes at most 50 taints a group; keys and values follow Kubernetes' label syntax. */
  private static void checkLabelsAndTaints(NodeGroupSpec group, List<SpecProblem> problems) {
    group
        .labels()
        .forEach(
            (key, value) -> {
              if (!LabelSyntax.isKey(key)) {
                problems.add(
                    SpecProblem.error(
                        "nodeGroup.labels",
                        "'" + key + "' is not a label key: " + LabelSyntax.KEY_RULE));
              } else if (!LabelSyntax.isValue(value == null ? "" : value)) {
                problems.add(
                    SpecProblem.error(
                        "nodeGroup.labels." + key,
                        "'" + value + "' is not a label value: " + LabelSyntax.VALUE_RULE));
              }
            });
    if (group.taints().size() > MAX_TAINTS) {
      problems.add(
          SpecProblem.error(
              "nodeGroup.taints", "EKS takes at most " + MAX_TAINTS + " taints per node group"));
    }
    for (int i = 0; i < group.taints().size(); i++) {
      String text = group.taints().get(i);
      String path = "nodeGroup.taints[" + i + "]";
      Optional<NodeTaint> taint = NodeTaint.parse(text);
      if (taint.isEmpty()) {
        problems.add(
            SpecProblem.error(
                path,
                "'"
                    + text
                    + "' is not a taint; write key=value:Effect (or key:Effect) with Effect one of "
                    + String.join(", ", NodeTaint.EFFECTS)));
      } else if (!LabelSyntax.isKey(taint.get().key())) {
        problems.add(SpecProblem.error(path, LabelSyntax.KEY_RULE));
      } else if (!LabelSyntax.isValue(taint.get().value())) {
        problems.add(SpecProblem.error(path, LabelSyntax.VALUE_RULE));
      }
    }
  }

  private Optional<InstanceType> checkNodeGroup(ClusterSpec spec, List<SpecProblem> problems) {
    NodeGroupSpec group = spec.nodeGroup();
    if (group.minSize() < 0) {
      problems.add(SpecProblem.error("nodeGroup.minSize", "must be 0 or more"));
    }
    if (group.desiredSize() < 0) {
      problems.add(SpecProblem.error("nodeGroup.desiredSize", "must be 0 or more"));
    }
    if (group.maxSize() < 1 || group.maxSize() > MAX_NODES_PER_GROUP) {
      problems.add(
          SpecProblem.error(
              "nodeGroup.maxSize",
              "a node group holds 1 to " + MAX_NODES_PER_GROUP + " nodes at most"));
    }
    if (group.minSize() > group.desiredSize() || group.desiredSize() > group.maxSize()) {
      problems.add(
          SpecProblem.error(
              "nodeGroup.desiredSize",
              "sizes must satisfy min ≤ desired ≤ max; they are "
                  + group.minSize()
                  + " ≤ "
                  + group.desiredSize()
                  + " ≤ "
                  + group.maxSize()));
    }
    if (group.diskGiB() < 20 || group.diskGiB() > 16384) {
      problems.add(
          SpecProblem.error(
              "nodeGroup.diskGiB", "node disks must be 20 to 16384 GiB for EKS-optimised AMIs"));
    }
    checkLabelsAndTaints(group, problems);
    if (!AmiTypes.isKnown(group.amiType())) {
      problems.add(
          SpecProblem.error(
              "nodeGroup.amiType",
              "'" + group.amiType() + "' is not one of " + String.join(", ", AmiTypes.all())));
    }
    Optional<InstanceType> type =
        checkInstanceType(group.instanceType(), "nodeGroup.instanceType", problems);
    type.ifPresent(
        t -> {
          t.architecture()
              .filter(
                  arch ->
                      AmiTypes.isKnown(group.amiType())
                          && AmiTypes.architecture(group.amiType()) != arch)
              .ifPresent(
                  arch ->
                      problems.add(
                          SpecProblem.error(
                              "nodeGroup.amiType",
                              group.amiType()
                                  + " does not run on "
                                  + t.name()
                                  + " ("
                                  + arch.name().toLowerCase(java.util.Locale.ROOT)
                                  + "); use "
                                  + AmiTypes.defaultFor(arch))));
          if (spec.cni() == CniMode.VPC_CNI_PREFIX_DELEGATION && !t.supportsPrefixDelegation()) {
            problems.add(
                SpecProblem.error(
                    "cni",
                    "prefix delegation needs a Nitro instance type; "
                        + t.name()
                        + " is not one. Pick e.g. t3 or m5 instead."));
          }
        });
    return type;
  }

  private void checkPodAddresses(ClusterSpec spec, InstanceType type, List<SpecProblem> problems) {
    for (SubnetPodCapacity.Row row : SubnetPodCapacity.assess(spec, type)) {
      if (!row.fits()) {
        problems.add(
            SpecProblem.error(
                "network.subnets",
                row.subnet().name()
                    + " has "
                    + row.usableAddresses()
                    + " usable addresses but "
                    + row.nodesAtMax()
                    + " "
                    + type.name()
                    + " nodes at max size take up to "
                    + row.addressesNeeded()
                    + " under "
                    + spec.cni().displayName()
                    + "; use a larger private subnet or an overlay CNI"));
      }
    }
    if (spec.cni() == CniMode.VPC_CNI_PREFIX_DELEGATION) {
      problems.add(
          SpecProblem.warning(
              "cni",
              "prefix delegation needs free contiguous /28 blocks in the private subnets;"
                  + " a fragmented subnet leaves pods without addresses"));
    }
    int slots = PodCapacity.maxPods(type, spec.cni());
    if (spec.cni() == CniMode.VPC_CNI && slots <= 4) {
      problems.add(
          SpecProblem.warning(
              "nodeGroup.instanceType",
              type.name()
                  + " holds only "
                  + slots
                  + " pods under the VPC CNI, two of them EKS's own; consider prefix delegation,"
                  + " a larger type or Calico"));
    }
    PodLimit limit = PodCapacity.limit(type, spec.cni());
    if (limit.bound() == PodLimit.Bound.MEMORY) {
      problems.add(
          SpecProblem.warning(
              "nodeGroup.instanceType",
              type.name()
                  + " has memory for at most "
                  + limit.pods()
                  + " pods under "
                  + spec.cni().displayName()
                  + ", not its max pods "
                  + slots
                  + " ("
                  + PodCapacity.memoryRule()
                  + "); pick a type with more memory to run more pods per node"));
    }
  }

  private void checkSshKey(SshKeySpec key, List<SpecProblem> problems) {
    if (key.mode() == SshKeyMode.EXISTING && key.keyPairName().isBlank()) {
      problems.add(SpecProblem.error("sshKey.keyPairName", "name the existing key pair to use"));
    }
    if (key.mode() != SshKeyMode.GENERATE) {
      return;
    }
    if (key.privateKeyPath().isBlank()) {
      problems.add(
          SpecProblem.error(
              "sshKey.privateKeyPath", "say where to save the generated private key"));
    } else {
      PrivateKeyLocation.problem(key, home)
          .ifPresent(why -> problems.add(SpecProblem.error("sshKey.privateKeyPath", why)));
    }
  }

  private Optional<InstanceType> checkInstanceType(
      String name, String path, List<SpecProblem> problems) {
    try {
      return Optional.of(catalog.require(name));
    } catch (UnknownInstanceTypeException e) {
      problems.add(SpecProblem.error(path, e.getMessage()));
      return Optional.empty();
    }
  }

  private static Optional<Ipv4Cidr> parse(String text, String path, List<SpecProblem> problems) {
    try {
      return Optional.of(Ipv4Cidr.parse(text));
    } catch (IllegalArgumentException e) {
      problems.add(SpecProblem.error(path, e.getMessage()));
      return Optional.empty();
    }
  }
}
