package dev.eksdesk.engine.diff;

import dev.eksdesk.cloud.CloudAccount;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.ResourceState;
import dev.eksdesk.domain.net.Ipv4Cidr;
import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.engine.journal.JournalState;
import dev.eksdesk.engine.journal.PendingOperation;
import dev.eksdesk.engine.journal.StepRecord;
import dev.eksdesk.engine.plan.Plan;
import dev.eksdesk.engine.plan.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plan = refresh + diff: compares the spec's plan (the goal), the journal (what was asked last
 * time) and the account described now (what is), and gives every step one action. Read-only: it
 * only describes and finds.
 */
public final class DiffPlanner {
  private final CloudAccount cloud;

  public DiffPlanner(CloudAccount cloud) {
    this.cloud = cloud;
  }

  /**
   * @param userTags the spec's tags, which every resource carries
   * @param allowReplace whether replacing a VPC, a subnet or the cluster is allowed
   * @throws PlanRefusedException for a change that must not be applied, each problem saying what to
   *     do
   */
  public PlanDiff diff(
      Plan plan, JournalState journal, Map<String, String> userTags, boolean allowReplace)
      throws PlanRefusedException {
    Pass pass = new Pass(plan, journal, userTags, allowReplace);
    List<Change> changes = new ArrayList<>();
    for (Step step : plan.steps()) {
      changes.add(pass.step(step));
    }
    changes.addAll(pass.deletes());
    if (!pass.refusals.isEmpty()) {
      throw new PlanRefusedException(pass.refusals);
    }
    return new PlanDiff(plan.cluster(), changes);
  }

  /** One diff's state: the parents known so far and the refusals. */
  private final class Pass {
    private final Plan plan;
    private final JournalState journal;
    private final Map<String, String> userTags;
    private final boolean allowReplace;
    private final PlanContext context;
    private final List<String> refusals = new ArrayList<>();
    private final Set<String> deletedFirst = new java.util.HashSet<>();

    /** The refresh: what the account says of each recorded resource, by kind, then by id. */
    private final Map<ResourceKind, Map<String, CloudResource>> described =
        new EnumMap<>(ResourceKind.class);

    Pass(Plan plan, JournalState journal, Map<String, String> userTags, boolean allowReplace) {
      this.plan = plan;
      this.journal = journal;
      this.userTags = userTags;
      this.allowReplace = allowReplace;
      this.context = new PlanContext(plan, cloud.callerIdentity());
      refresh();
    }

    /** One describe per kind where the account takes many ids at once. */
    private void refresh() {
      Map<ResourceKind, List<String>> ids = new EnumMap<>(ResourceKind.class);
      for (Step step : plan.steps()) {
        created(step.id())
            .ifPresent(
                record ->
                    ids.computeIfAbsent(step.kind(), kind -> new ArrayList<>())
                        .add(record.resourceId()));
      }
      ids.forEach((kind, wanted) -> described.put(kind, cloud.describeAll(kind, wanted)));
    }

    Change step(Step step) {
      Optional<String> skipped =
          Optional.ofNullable(journal.steps().get(step.id())).flatMap(StepRecord::skippedReason);
      if (skipped.isPresent()) {
        // Nothing exists to compare; the apply asks the endpoint again and records its answer.
        return new Change(
            step.id(),
            step.kind(),
            ChangeAction.SAME,
            step.description(),
            "",
            List.of(),
            "skipped: " + skipped.get(),
            false);
      }
      Optional<StepRecord> record = created(step.id());
      if (record.isEmpty()) {
        return absent(step);
      }
      Optional<CloudResource> observed =
          Optional.ofNullable(
                  described.getOrDefault(step.kind(), Map.of()).get(record.get().resourceId()))
              .filter(r -> !isGoing(r));
      if (observed.isEmpty()) {
        return new Change(
            step.id(),
            step.kind(),
            ChangeAction.CREATE,
            step.description(),
            "",
            List.of(),
            "deleted outside Eksdesk",
            true);
      }
      return present(step, record.get(), observed.get());
    }

    /** Not in the journal: adopted when its tags find it, else created. */
    private Change absent(Step step) {
      boolean parentsExist = step.dependsOn().stream().allMatch(context::isKnown);
      if (parentsExist) {
        int generation =
            Optional.ofNullable(journal.steps().get(step.id()))
                .map(StepRecord::generation)
                .orElse(0);
        ResourceRequest request = ReplacementNames.named(step.request().build(context), generation);
        Optional<CloudResource> found =
            cloud
                .find(request, step.allTags(plan.cluster(), userTags))
                .filter(r -> !isGoing(r) && !isReplaced(r.id()));
        if (found.isPresent()) {
          context.exists(step.id(), found.get());
          return new Change(
              step.id(),
              step.kind(),
              ChangeAction.ADOPT,
              step.description(),
              found.get().id(),
              List.of(),
              "found by its tags, not in the journal",
              false);
        }
      }
      return new Change(
          step.id(),
          step.kind(),
          ChangeAction.CREATE,
          step.description(),
          "",
          List.of(),
          "",
          false);
    }

    private Change present(Step step, StepRecord record, CloudResource observed) {
      ResourceRequest desired =
          ReplacementNames.named(step.request().build(context), record.generation());
      Map<String, String> wanted = RequestAttributes.of(desired);
      List<AttributeChange> attributes = new ArrayList<>();
      boolean drift = false;
      for (Map.Entry<String, String> entry : wanted.entrySet()) {
        String name = entry.getKey();
        String to = entry.getValue();
        AttributeRule rule = AttributeTable.rule(step.kind(), name);
        if (rule.effect() == AttributeRule.Effect.IGNORE || hiddenByAccess(name, wanted)) {
          continue;
        }
        String recorded = record.inputs().get(name);
        String seen =
            rule.observedAs().isEmpty() ? null : observed.attributes().get(rule.observedAs());
        String from = seen != null ? seen : recorded;
        if (from == null || equivalent(name, from, to)) {
          continue; // unchanged, or unknown (a format 1 journal and an attribute not reported)
        }
        drift |= recorded != null && seen != null && !equivalent(name, recorded, seen);
        attributes.add(
            new AttributeChange(name, from, to, rule.effect() == AttributeRule.Effect.REPLACE));
      }
      if (step.kind().taggable()) {
        step.allTags(plan.cluster(), userTags)
            .forEach(
                (key, value) -> {
                  String seen = observed.tags().getOrDefault(key, "");
                  if (!seen.equals(value)) {
                    attributes.add(
                        new AttributeChange(PlanDiff.TAG_PREFIX + key, seen, value, false));
                  }
                });
      }
      checkVersions(step, attributes);
      checkSubnetRoom(step, observed, attributes);
      boolean replace = attributes.stream().anyMatch(AttributeChange::forcesReplacement);
      Optional<PendingOperation> interrupted =
          journal.pending().stream()
              .filter(
                  p -> p.stepId().equals(step.id()) && p.action() == PendingOperation.Action.UPDATE)
              .findFirst();
      ChangeAction action =
          replace
              ? ChangeAction.REPLACE
              : !attributes.isEmpty() || interrupted.isPresent()
                  ? ChangeAction.UPDATE
                  : ChangeAction.SAME;
      boolean deleteFirst = false;
      if (replace) {
        checkReplacement(step, observed, attributes);
        deleteFirst =
            !AttributeTable.CREATE_BEFORE_DESTROY.contains(step.kind())
                || step.dependsOn().stream().anyMatch(deletedFirst::contains);
        if (deleteFirst) {
          deletedFirst.add(step.id());
        }
      } else {
        context.exists(step.id(), observed);
      }
      String reason =
          drift
              ? "changed outside Eksdesk"
              : interrupted.isPresent() && attributes.isEmpty()
                  ? "an interrupted update is finished"
                  : deleteFirst ? "deleted before its successor is created" : "";
      return new Change(
          step.id(),
          step.kind(),
          action,
          step.description(),
          observed.id(),
          attributes,
          reason,
          drift,
          deleteFirst);
    }

    /** Journal entries of steps the plan no longer has (and old resources of replacements). */
    List<Change> deletes() {
      Set<String> planned = plan.steps().stream().map(Step::id).collect(Collectors.toSet());
      List<StepRecord> leaving =
          journal.steps().values().stream()
              .filter(r -> r.status() == StepRecord.StepStatus.CREATED)
              .filter(r -> !planned.contains(r.stepId()))
              .sorted(java.util.Comparator.comparing(StepRecord::stepId))
              .toList();
      List<Change> deletes = new ArrayList<>();
      for (StepRecord next : DeleteOrder.of(leaving)) {
        boolean exists =
            cloud.describe(next.kind(), next.resourceId()).filter(r -> !isGoing(r)).isPresent();
        deletes.add(
            new Change(
                next.stepId(),
                next.kind(),
                ChangeAction.DELETE,
                next.kind().displayName() + " " + next.resourceId(),
                next.resourceId(),
                List.of(),
                next.stepId().endsWith(ClusterJournal.REPLACED_SUFFIX)
                    ? "replaced"
                    : exists ? "no longer in the spec" : "no longer in the spec (already gone)",
                false));
      }
      return deletes;
    }

    private void checkVersions(Step step, List<AttributeChange> attributes) {
      if (step.kind() != ResourceKind.EKS_CLUSTER) {
        return;
      }
      for (AttributeChange change : attributes) {
        if (!change.name().equals("kubernetesVersion")) {
          continue;
        }
        int from = minor(change.from());
        int to = minor(change.to());
        if (to < from) {
          refusals.add(
              "controlPlane.kubernetesVersion: "
                  + change.from()
                  + " -> "
                  + change.to()
                  + " is a downgrade, which EKS cannot do. Put "
                  + change.from()
                  + " back (another version means a new cluster: destroy, then apply).");
        } else if (to > from + 1) {
          refusals.add(
              "controlPlane.kubernetesVersion: "
                  + change.from()
                  + " -> "
                  + change.to()
                  + " skips a version; EKS upgrades one minor version at a time. Set "
                  + change.from().substring(0, change.from().indexOf('.') + 1)
                  + (from + 1)
                  + ", apply, then go on.");
        }
      }
    }

    /**
     * A subnet's new range must hold what its nodes and pods hold now (the account's free count
     * says how many are taken), or they have nowhere to go even with --allow-replace.
     */
    private void checkSubnetRoom(
        Step step, CloudResource observed, List<AttributeChange> attributes) {
      String free = observed.attributes().get("availableIpAddressCount");
      if (step.kind() != ResourceKind.SUBNET || free == null || free.isEmpty()) {
        return;
      }
      for (AttributeChange change : attributes) {
        if (!change.name().equals("cidr")
            || change.to().equals(AttributeChange.KNOWN_AFTER_APPLY)) {
          continue;
        }
        long inUse = Ipv4Cidr.parse(change.from()).usableInAwsSubnet() - Long.parseLong(free);
        long room = Ipv4Cidr.parse(change.to()).usableInAwsSubnet();
        if (room < inUse) {
          int prefix = 28;
          while (prefix > 16 && (1L << (32 - prefix)) - Ipv4Cidr.AWS_RESERVED_PER_SUBNET < inUse) {
            prefix--;
          }
          refusals.add(
              specKey(step, "cidr")
                  + ": "
                  + change.from()
                  + " -> "
                  + change.to()
                  + " leaves "
                  + room
                  + " addresses, but nodes and pods hold "
                  + inUse
                  + " in "
                  + observed.id()
                  + " now. Give it a /"
                  + prefix
                  + " or larger, or scale the node group down first.");
        }
      }
    }

    private void checkReplacement(
        Step step, CloudResource observed, List<AttributeChange> attributes) {
      List<AttributeChange> causes =
          attributes.stream()
              .filter(AttributeChange::forcesReplacement)
              .filter(a -> !a.to().equals(AttributeChange.KNOWN_AFTER_APPLY))
              .toList();
      if (allowReplace || causes.isEmpty()) {
        return; // a consequence of a parent's replacement, refused there
      }
      if (AttributeTable.REPLACE_NEEDS_CONSENT.contains(step.kind())) {
        refusals.add(
            words(step, causes)
                + " forces replacement of "
                + step.kind().displayName()
                + " "
                + observed.id()
                + " and of everything in it: what runs there is lost. Put the old value back,"
                + " or pass --allow-replace to replace it.");
      } else if (!AttributeTable.CREATE_BEFORE_DESTROY.contains(step.kind())) {
        refusals.add(
            words(step, causes)
                + " forces replacement of "
                + step.kind().displayName()
                + " "
                + observed.id()
                + ", which must be deleted before its successor exists. Put the old value back,"
                + " or pass --allow-replace to accept the gap.");
      }
    }

    private Optional<StepRecord> created(String stepId) {
      return Optional.ofNullable(journal.steps().get(stepId))
          .filter(r -> r.status() == StepRecord.StepStatus.CREATED);
    }

    private boolean isReplaced(String resourceId) {
      return journal.steps().values().stream()
          .anyMatch(
              r ->
                  r.stepId().endsWith(ClusterJournal.REPLACED_SUFFIX)
                      && r.status() == StepRecord.StepStatus.CREATED
                      && r.resourceId().equals(resourceId));
    }
  }

  /** EKS ignores the public CIDRs while the public endpoint is off. */
  private static boolean hiddenByAccess(String name, Map<String, String> wanted) {
    return name.equals("publicAccessCidrs") && "false".equals(wanted.get("endpointPublicAccess"));
  }

  static boolean equivalent(String name, String a, String b) {
    if (!AttributeTable.UNORDERED.contains(name)) {
      return a.equals(b);
    }
    return sorted(a).equals(sorted(b));
  }

  private static List<String> sorted(String list) {
    return Arrays.stream(list.split(",")).filter(s -> !s.isEmpty()).sorted().toList();
  }

  private static String words(Step step, List<AttributeChange> causes) {
    return causes.stream()
        .map(c -> specKey(step, c.name()) + ": " + c.from() + " -> " + c.to())
        .collect(Collectors.joining(", "));
  }

  /** The spec key behind a request attribute, where one spec key makes it. */
  private static String specKey(Step step, String attribute) {
    if (step.kind() == ResourceKind.VPC && attribute.equals("cidr")) {
      return "network.vpcCidr";
    }
    if (step.kind() == ResourceKind.SUBNET) {
      return "network.subnets["
          + step.id().substring(step.id().indexOf(':') + 1)
          + "]."
          + attribute;
    }
    return step.id() + " " + attribute;
  }

  private static int minor(String version) {
    return Integer.parseInt(version.substring(version.indexOf('.') + 1));
  }

  private static boolean isGoing(CloudResource resource) {
    return resource.state() == ResourceState.DELETING || resource.state() == ResourceState.DELETED;
  }
}
