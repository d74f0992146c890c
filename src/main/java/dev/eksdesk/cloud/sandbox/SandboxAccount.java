package dev.eksdesk.cloud.sandbox;

import dev.eksdesk.cloud.Blocker;
import dev.eksdesk.cloud.CallerIdentity;
import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudAccount;
import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.ResourceState;
import dev.eksdesk.cloud.ResourceTags;
import dev.eksdesk.cloud.TagQuery;
import dev.eksdesk.cloud.UpdateOperation;
import dev.eksdesk.cloud.UpdateResult;
import dev.eksdesk.cloud.UpdateStatus;
import dev.eksdesk.cloud.UpgradeInsights;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.catalog.InstanceType;
import dev.eksdesk.domain.net.Ipv4Cidr;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * An AWS account simulated in-process: EC2, IAM, S3, CloudTrail and EKS resources with realistic
 * lifecycles on an injectable clock, AWS's dependency rules on delete, address accounting in
 * subnets, node group instances whose ENIs follow the instance catalog, and fault knobs. Its state
 * can be kept on disk so it outlives the app.
 */
public final class SandboxAccount implements CloudAccount {
  public static final String ACCOUNT = "123456789012";
  public static final String CALLER_ARN = "arn:aws:iam::" + ACCOUNT + ":user/sandbox";

  private final InstantSource clock;
  private final InstanceCatalog catalog;
  private final SandboxTimings timings;
  private final SandboxFaults faults;
  private final SandboxStore store;

  /** The latest state, read afresh under the store's lock by each operation ({@link #latest}). */
  private SandboxState state;

  private SandboxAccount(
      InstantSource clock,
      InstanceCatalog catalog,
      SandboxTimings timings,
      SandboxFaults faults,
      SandboxStore store) {
    this.clock = clock;
    this.catalog = catalog;
    this.timings = timings;
    this.faults = faults;
    this.store = store;
  }

  /** A fresh account that lives in memory only (tests). */
  public static SandboxAccount inMemory(
      InstantSource clock, InstanceCatalog catalog, SandboxTimings timings, SandboxFaults faults) {
    return new SandboxAccount(clock, catalog, timings, faults, SandboxStore.none());
  }

  /** The account kept in {@code <home>/sandbox/state.json}, reloaded as it was left. */
  public static SandboxAccount persistent(
      java.nio.file.Path home,
      InstantSource clock,
      InstanceCatalog catalog,
      SandboxTimings timings,
      SandboxFaults faults) {
    return new SandboxAccount(clock, catalog, timings, faults, SandboxStore.in(home));
  }

  /** The latest moment the account has seen, so a restarted clock can continue from there. */
  public synchronized Instant lastSeen() {
    return latest(
        () -> {
          return state.savedAt == null ? clock.instant() : state.savedAt;
        });
  }

  @Override
  public CallerIdentity callerIdentity() {
    return new CallerIdentity(ACCOUNT, CALLER_ARN);
  }

  @Override
  public synchronized CreateResult create(
      ResourceRequest request, ClientToken token, Map<String, String> tags) {
    return latest(
        () -> {
          Instant now = advance();
          throttle("Create" + request.kind().name());
          String step = tags.getOrDefault(ResourceTags.STEP, "");
          if (faults.crashNow(step, CrashPoint.BEFORE_CALL)) {
            throw new SimulatedCrash("killed before the create of " + step);
          }
          if (request.kind().clientToken()) {
            Optional<SimResource> earlier =
                state.resources.values().stream()
                    .filter(r -> r.kind == request.kind() && r.clientToken.equals(token.value()))
                    .findFirst();
            if (earlier.isPresent()) {
              if (!earlier.get().requestKey.equals(request.toString())) {
                throw new CloudException(
                    FailureKind.INVALID,
                    "IdempotentParameterMismatch",
                    "the client token was used with other parameters");
              }
              return CreateResult.of(earlier.get().toCloud(now));
            }
          }
          if (faults.fails(step)) {
            throw new CloudException(
                FailureKind.INVALID, "InvalidParameterValue", "simulated failure of step " + step);
          }
          if (request instanceof ResourceRequest.KeyPair k && k.publicKey().isEmpty()) {
            throw new CloudException(
                FailureKind.INVALID, "InvalidKeyPair.Format", "ImportKeyPair needs a public key");
          }
          checkReferences(request, now);
          SimResource resource = build(request, token, tags, now);
          state.resources.put(resource.id, resource);
          if (faults.crashNow(step, CrashPoint.AFTER_CALL)) {
            throw new SimulatedCrash("killed after the create of " + step);
          }
          return CreateResult.of(resource.toCloud(now));
        });
  }

  @Override
  public synchronized Optional<CloudResource> describe(ResourceKind kind, String id) {
    return latest(
        () -> {
          Instant now = advance();
          throttle("Describe" + kind.name());
          SimResource resource = state.resources.get(id);
          if (resource == null || resource.kind != kind || !resource.visible(now)) {
            return Optional.empty();
          }
          CloudResource described = resource.toCloud(now);
          if (inProgress(id).isPresent() && described.state() == ResourceState.READY) {
            return Optional.of(
                new CloudResource(
                    kind,
                    id,
                    described.state(),
                    "UPDATING",
                    described.tags(),
                    described.attributes()));
          }
          return Optional.of(described);
        });
  }

  @Override
  public synchronized Optional<CloudResource> find(
      ResourceRequest request, Map<String, String> tags) {
    return latest(
        () -> {
          Instant now = advance();
          throttle("Describe" + request.kind().name());
          String cluster = tags.getOrDefault(ResourceTags.CLUSTER, "");
          String step = tags.getOrDefault(ResourceTags.STEP, "");
          return state.resources.values().stream()
              .filter(r -> r.kind == request.kind() && r.alive(now) && r.visible(now))
              .filter(
                  r ->
                      request.kind().taggable()
                          ? cluster.equals(r.tags.get(ResourceTags.CLUSTER))
                              && step.equals(r.tags.get(ResourceTags.STEP))
                          : r.requestKey.equals(request.toString()))
              .findFirst()
              .map(r -> r.toCloud(now));
        });
  }

  @Override
  public synchronized void delete(ResourceKind kind, String id) {
    latest(
        () -> {
          Instant now = advance();
          throttle("Delete" + kind.name());
          SimResource resource = state.resources.get(id);
          if (resource == null || resource.kind != kind || !resource.alive(now)) {
            throw new CloudException(
                FailureKind.NOT_FOUND, notFoundCode(kind), id + " does not exist");
          }
          if (resource.deletingSince != null) {
            return null;
          }
          if (kind == ResourceKind.EKS_CLUSTER && resource.state(now) == ResourceState.PENDING) {
            throw new CloudException(
                FailureKind.DEPENDENCY_VIOLATION,
                "ResourceInUseException",
                "cluster " + id + " is CREATING; it can be deleted once it is ACTIVE");
          }
          if ("in-use".equals(resource.attributes.get("status"))) {
            throw new CloudException(
                FailureKind.DEPENDENCY_VIOLATION,
                "InvalidNetworkInterface.InUse",
                "interface " + id + " is still attached");
          }
          List<String> users = users(id, now);
          if (!users.isEmpty()) {
            throw new CloudException(
                FailureKind.DEPENDENCY_VIOLATION,
                kind == ResourceKind.IAM_ROLE ? "DeleteConflict" : "DependencyViolation",
                id + " is still used by " + String.join(", ", users));
          }
          resource.deletingSince = now;
          resource.goneAt = now.plus(timings.delete(kind, faults.random()));
          if (kind == ResourceKind.EKS_NODEGROUP) {
            retireNodes(resource, now);
          }
          if (kind == ResourceKind.INSTANCE) {
            interfacesOf(id).forEach(eni -> eni.goneAt = resource.goneAt);
          }
          sweepGone(now);
          return null;
        });
  }

  @Override
  public synchronized UpdateResult update(
      ResourceKind kind,
      String id,
      UpdateOperation operation,
      ResourceRequest desired,
      Map<String, String> tags,
      ClientToken token) {
    return latest(
        () -> {
          Instant now = advance();
          throttle("Update" + kind.name());
          SimResource resource = state.resources.get(id);
          if (resource == null
              || resource.kind != kind
              || !resource.alive(now)
              || resource.deletingSince != null) {
            throw new CloudException(
                FailureKind.NOT_FOUND, notFoundCode(kind), id + " does not exist");
          }
          String step = resource.tags.getOrDefault(ResourceTags.STEP, "");
          if (faults.crashNow(step, CrashPoint.BEFORE_CALL)) {
            throw new SimulatedCrash("killed before the update of " + step);
          }
          UpdateResult result =
              operation.asynchronous()
                  ? startUpdate(resource, operation, desired, token, now)
                  : updateNow(resource, operation, desired, tags);
          if (faults.crashNow(step, CrashPoint.AFTER_CALL)) {
            throw new SimulatedCrash("killed after the update of " + step);
          }
          return result;
        });
  }

  /** EKS's updates: the same token returns the same update; one at a time per resource. */
  private UpdateResult startUpdate(
      SimResource resource,
      UpdateOperation operation,
      ResourceRequest desired,
      ClientToken token,
      Instant now) {
    Optional<SimUpdate> earlier =
        state.updates.stream()
            .filter(u -> u.resourceId.equals(resource.id) && u.clientToken.equals(token.value()))
            .findFirst();
    if (earlier.isPresent()) {
      return new UpdateResult(resource.id, earlier.get().id);
    }
    if (inProgress(resource.id).isPresent()) {
      throw new CloudException(
          FailureKind.INVALID,
          "ResourceInUseException",
          resource.id + " has an update in progress");
    }
    if (operation == UpdateOperation.CLUSTER_VERSION) {
      SandboxUpdates.checkVersionStep(
          resource.attributes.get("version"),
          ((ResourceRequest.EksCluster) desired).kubernetesVersion());
    }
    SimUpdate update =
        new SimUpdate(
            SandboxIds.next("update"),
            resource.id,
            operation,
            now.plus(timings.update(operation, faults.random())));
    update.clientToken = token.value();
    update.attributes.putAll(SandboxUpdates.attributes(operation, desired));
    state.updates.add(update);
    applyDueUpdates(now);
    return new UpdateResult(resource.id, update.id);
  }

  private UpdateResult updateNow(
      SimResource resource,
      UpdateOperation operation,
      ResourceRequest desired,
      Map<String, String> tags) {
    if (operation == UpdateOperation.TAGS) {
      resource.tags.putAll(tags);
      return UpdateResult.done(resource.id);
    }
    resource.attributes.putAll(SandboxUpdates.attributes(operation, desired));
    resource.references.clear();
    resource.references.addAll(desired.references());
    resource.requestKey = desired.toString();
    return UpdateResult.done(resource.id);
  }

  /** How many updates of this kind the resource was given (as EKS's ListUpdates would list). */
  public synchronized long updatesOf(String resourceId, UpdateOperation operation) {
    return latest(
        () ->
            state.updates.stream()
                .filter(u -> u.resourceId.equals(resourceId) && u.operation == operation)
                .count());
  }

  @Override
  public synchronized UpdateStatus updateStatus(ResourceKind kind, String id, String updateId) {
    return latest(
        () -> {
          Instant now = advance();
          throttle("DescribeUpdate");
          return state.updates.stream()
              .filter(u -> u.id.equals(updateId) && u.resourceId.equals(id))
              .findFirst()
              .map(
                  u ->
                      UpdateStatus.of(
                          u.applied
                              ? UpdateStatus.State.SUCCESSFUL
                              : UpdateStatus.State.IN_PROGRESS))
              .orElseThrow(
                  () ->
                      new CloudException(
                          FailureKind.NOT_FOUND,
                          "ResourceNotFoundException",
                          "no update " + updateId + " on " + id));
        });
  }

  private Optional<SimUpdate> inProgress(String resourceId) {
    return state.updates.stream()
        .filter(u -> !u.applied && u.resourceId.equals(resourceId))
        .findFirst();
  }

  /** Updates whose time came change their resource; a node group's new size launches or retires. */
  private void applyDueUpdates(Instant now) {
    for (SimUpdate update : state.updates) {
      if (update.applied || now.isBefore(update.doneAt)) {
        continue;
      }
      update.applied = true;
      SimResource resource = state.resources.get(update.resourceId);
      if (resource == null || !resource.alive(now)) {
        continue;
      }
      resource.attributes.putAll(update.attributes);
      if (update.operation == UpdateOperation.NODEGROUP_SCALING && resource.materialized) {
        scaleNodes(resource, update.doneAt);
      }
    }
  }

  private void scaleNodes(SimResource group, Instant at) {
    List<SimResource> nodes =
        state.resources.values().stream()
            .filter(
                r ->
                    r.kind == ResourceKind.INSTANCE
                        && group.id.equals(r.attributes.get("nodegroup")))
            .filter(r -> r.deletingSince == null)
            .sorted(java.util.Comparator.comparing((SimResource r) -> r.createdAt))
            .toList();
    int desired = Integer.parseInt(group.attributes.get("desiredSize"));
    List<String> subnets = List.of(group.attributes.get("subnetIds").split(","));
    for (int i = nodes.size(); i < desired; i++) {
      launchNodeInstance(group, subnets.get(i % subnets.size()), at); // EKS: done once they joined
    }
    for (SimResource node : nodes.subList(Math.min(desired, nodes.size()), nodes.size())) {
      node.deletingSince = at;
      node.goneAt = at.plus(timings.delete(ResourceKind.INSTANCE, faults.random()));
      interfacesOf(node.id).forEach(eni -> eni.goneAt = node.goneAt);
    }
  }

  @Override
  public Optional<String> addonVersion(String addon, String kubernetesVersion) {
    return SandboxAddonVersions.defaultFor(addon, kubernetesVersion);
  }

  @Override
  public UpgradeInsights upgradeInsights(String clusterName, String kubernetesVersion) {
    return SandboxInsights.forUpgradeTo(kubernetesVersion);
  }

  @Override
  public synchronized List<CloudResource> inventory(TagQuery query) {
    return latest(
        () -> {
          Instant now = advance();
          throttle("GetResources");
          return state.resources.values().stream()
              .filter(r -> r.kind.taggable() && r.alive(now) && r.visible(now))
              .filter(r -> query.matches(r.tags))
              .map(r -> r.toCloud(now))
              .toList();
        });
  }

  @Override
  public synchronized List<Blocker> blockers(ResourceKind kind, String id) {
    return latest(
        () -> {
          Instant now = advance();
          throttle("DescribeNetworkInterfaces");
          return users(id, now).stream().map(state.resources::get).map(this::blocker).toList();
        });
  }

  private Blocker blocker(SimResource r) {
    return new Blocker(
        r.kind,
        r.id,
        r.attributes.getOrDefault(
            "description", r.kind == ResourceKind.SUBNET ? r.attributes.get("cidr") : ""),
        r.attributes.getOrDefault("requesterId", ""),
        r.attributes.containsKey("requesterId"),
        r.kind == ResourceKind.NETWORK_INTERFACE
            ? r.attributes.getOrDefault("interfaceType", "interface")
            : "",
        r.attributes.getOrDefault("attachedTo", ""),
        r.attributes.getOrDefault("subnetId", ""),
        r.attributes.containsKey("groupIds")
            ? List.of(r.attributes.get("groupIds").split(","))
            : List.of(),
        r.tags);
  }

  /** How many live tagged resources match: the duplicate and leftover checks of the tests. */
  public synchronized int resourceCount(TagQuery query) {
    return latest(
        () -> {
          Instant now = clock.instant();
          return (int)
              state.resources.values().stream()
                  .filter(r -> r.kind.taggable() && r.alive(now) && query.matches(r.tags))
                  .count();
        });
  }

  /**
   * The live instances of the cluster's node groups, as EC2 would list them by their
   * eks:cluster-name tag, oldest first.
   */
  public synchronized List<NodeGroupInstance> nodeGroupInstances(String clusterName) {
    return latest(
        () -> {
          Instant now = advance();
          return state.resources.values().stream()
              .filter(r -> r.kind == ResourceKind.INSTANCE && r.attributes.containsKey("nodegroup"))
              .filter(r -> clusterName.equals(r.tags.get("eks:cluster-name")))
              .filter(r -> r.state(now) == ResourceState.READY)
              .sorted(
                  java.util.Comparator.comparing((SimResource r) -> r.createdAt)
                      .thenComparing(r -> r.id))
              .map(this::nodeGroupInstance)
              .toList();
        });
  }

  /**
   * What TerminateInstanceInAutoScalingGroup with ShouldDecrementDesiredCapacity=false does to a
   * node group's instance: it is terminated and the group launches a like one, in the same subnet
   * (so the same zone), from the group's current launch template.
   *
   * @return the replacement
   */
  public synchronized NodeGroupInstance replaceNodeGroupInstance(String instanceId) {
    return latest(
        () -> {
          Instant now = advance();
          SimResource old = state.resources.get(instanceId);
          if (old == null
              || old.kind != ResourceKind.INSTANCE
              || old.deletingSince != null
              || !old.attributes.containsKey("nodegroup")) {
            throw new CloudException(
                FailureKind.NOT_FOUND,
                "ValidationError",
                "Instance Id not found - No managed instance found for instance ID: " + instanceId);
          }
          SimResource group = state.resources.get(old.attributes.get("nodegroup"));
          old.deletingSince = now;
          old.goneAt = now.plus(timings.delete(ResourceKind.INSTANCE, faults.random()));
          interfacesOf(old.id).forEach(eni -> eni.goneAt = old.goneAt);
          SimResource fresh = launchNodeInstance(group, old.attributes.get("subnetId"), now);
          fresh.readyAt = now.plus(timings.create(ResourceKind.INSTANCE, faults.random()));
          return nodeGroupInstance(fresh);
        });
  }

  private NodeGroupInstance nodeGroupInstance(SimResource instance) {
    SimResource group = state.resources.get(instance.attributes.get("nodegroup"));
    SimResource subnet = state.resources.get(instance.attributes.get("subnetId"));
    OptionalInt maxPods =
        group.references.stream()
            .map(state.resources::get)
            .filter(r -> r != null && r.kind == ResourceKind.LAUNCH_TEMPLATE)
            .mapToInt(r -> Integer.parseInt(r.attributes.get("maxPods")))
            .findFirst();
    return new NodeGroupInstance(
        instance.id,
        group.attributes.get("name"),
        instance.attributes.get("instanceType"),
        subnet.attributes.get("zone"),
        subnet.id,
        subnet.attributes.get("cidr"),
        maxPods);
  }

  /**
   * What the AWS Load Balancer Controller does for a LoadBalancer Service of the cluster: a network
   * load balancer in the cluster's public subnets (tagged {@code kubernetes.io/role/elb}) with a
   * security group of its own in the VPC, both tagged for the cluster and the Service. Made once
   * per Service.
   *
   * @return the load balancer's DNS name
   * @throws CloudException NOT_FOUND when the cluster has no public subnet to put it in
   */
  public synchronized String serviceLoadBalancer(String cluster, String namespace, String service) {
    return latest(
        () -> {
          Instant now = advance();
          String stack = ServiceLoadBalancer.stack(namespace, service);
          Optional<SimResource> made =
              state.resources.values().stream()
                  .filter(r -> r.kind == ResourceKind.LOAD_BALANCER && r.deletingSince == null)
                  .filter(r -> r.alive(now))
                  .filter(r -> cluster.equals(r.tags.get(ResourceTags.ELB_CONTROLLER_CLUSTER)))
                  .filter(r -> stack.equals(r.tags.get(ServiceLoadBalancer.STACK)))
                  .findFirst();
          if (made.isPresent()) {
            return made.get().attributes.get("dnsName");
          }
          List<SimResource> subnets =
              state.resources.values().stream()
                  .filter(r -> r.kind == ResourceKind.SUBNET && r.alive(now))
                  .filter(r -> "1".equals(r.tags.get("kubernetes.io/role/elb")))
                  .filter(r -> r.tags.containsKey("kubernetes.io/cluster/" + cluster))
                  .toList();
          if (subnets.isEmpty()) {
            throw new CloudException(
                FailureKind.NOT_FOUND,
                "InvalidSubnet",
                "cluster " + cluster + " has no public subnet tagged kubernetes.io/role/elb");
          }
          String vpc = subnets.get(0).attributes.get("vpcId");
          String zone = subnets.get(0).attributes.get("zone");
          SimResource group = ServiceLoadBalancer.securityGroup(cluster, stack, vpc, now);
          SimResource balancer =
              ServiceLoadBalancer.loadBalancer(
                  cluster,
                  stack,
                  vpc,
                  subnets.stream().map(r -> r.id).toList(),
                  zone.substring(0, zone.length() - 1),
                  group.id,
                  now);
          state.resources.put(group.id, group);
          state.resources.put(balancer.id, balancer);
          return balancer.attributes.get("dnsName");
        });
  }

  /** The account's clock: the sandbox runs faster than real time. */
  public Instant now() {
    return clock.instant();
  }

  /** When a live resource was created (launched, for a node group's instance). */
  public synchronized Optional<Instant> createdAt(String id) {
    return latest(
        () -> {
          SimResource resource = state.resources.get(id);
          return resource == null || !resource.alive(clock.instant())
              ? Optional.empty()
              : Optional.of(resource.createdAt);
        });
  }

  // --- internals -------------------------------------------------------------------------------

  private Instant advance() {
    Instant now = clock.instant();
    materialize(now);
    applyDueUpdates(now);
    sweepGone(now);
    return now;
  }

  private void throttle(String action) {
    if (faults.throttleNow()) {
      throw new CloudException(
          FailureKind.THROTTLED, "RequestLimitExceeded", action + ": request limit exceeded");
    }
  }

  private void checkReferences(ResourceRequest request, Instant now) {
    for (String ref : request.references()) {
      SimResource target = state.resources.get(ref);
      if (target == null || !target.alive(now)) {
        throw new CloudException(
            FailureKind.NOT_FOUND, "InvalidParameterValue", ref + " does not exist");
      }
      if (!target.visible(now)) {
        throw new CloudException(
            FailureKind.EVENTUAL_CONSISTENCY,
            notFoundCode(target.kind),
            ref + " is not visible yet");
      }
    }
    String roleArn = roleArn(request);
    if (!roleArn.isEmpty()) {
      SimResource role =
          state.resources.values().stream()
              .filter(
                  r -> r.kind == ResourceKind.IAM_ROLE && roleArn.equals(r.attributes.get("arn")))
              .findFirst()
              .orElseThrow(
                  () ->
                      new CloudException(
                          FailureKind.INVALID, "InvalidParameterException", "no role " + roleArn));
      if (role.usableAt != null && now.isBefore(role.usableAt)) {
        throw new CloudException(
            FailureKind.EVENTUAL_CONSISTENCY,
            "InvalidParameterException",
            "Error in role params: the role cannot be assumed yet");
      }
    }
  }

  private static String roleArn(ResourceRequest request) {
    if (request instanceof ResourceRequest.EksCluster) {
      return ((ResourceRequest.EksCluster) request).roleArn();
    }
    if (request instanceof ResourceRequest.NodeGroup) {
      return ((ResourceRequest.NodeGroup) request).nodeRoleArn();
    }
    return "";
  }

  private SimResource build(
      ResourceRequest request, ClientToken token, Map<String, String> tags, Instant now) {
    ResourceKind kind = request.kind();
    String id = SandboxIds.next(request);
    SimResource existing = state.resources.get(id);
    if (existing != null && existing.alive(now)) {
      throw new CloudException(FailureKind.INVALID, "AlreadyExists", id + " already exists");
    }
    SimResource r = new SimResource(kind, id, now);
    r.tags.putAll(tags);
    r.references.addAll(request.references());
    r.requestKey = request.toString();
    r.clientToken = kind.clientToken() ? token.value() : "";
    r.visibleAt = now.plus(faults.visibilityLag());
    r.readyAt = now.plus(timings.create(kind, faults.random()));
    SandboxAttributes.fill(r, request, ACCOUNT);
    if (kind == ResourceKind.IAM_ROLE) {
      r.usableAt = now.plus(timings.iamPropagation(faults.random())); // assumable by EKS from then
    }
    if (kind == ResourceKind.INSTANCE) {
      ResourceRequest.Instance instance = (ResourceRequest.Instance) request;
      addInterface(instance.subnetId(), 1, r.id, Map.of(), now);
    }
    return r;
  }

  /** When a node group becomes ACTIVE, its instances appear, each with ENIs full of addresses. */
  private void materialize(Instant now) {
    List<SimResource> due =
        state.resources.values().stream()
            .filter(r -> r.kind == ResourceKind.EKS_NODEGROUP && !r.materialized)
            .filter(r -> r.state(now) == ResourceState.READY)
            .toList();
    for (SimResource group : due) {
      group.materialized = true;
      int desired = Integer.parseInt(group.attributes.get("desiredSize"));
      List<String> subnets = List.of(group.attributes.get("subnetIds").split(","));
      for (int i = 0; i < desired; i++) {
        launchNodeInstance(group, subnets.get(i % subnets.size()), group.readyAt);
      }
    }
  }

  /** One instance of the node group boots in the subnet, its ENIs full of addresses. */
  private SimResource launchNodeInstance(SimResource group, String subnet, Instant at) {
    InstanceType type = catalog.find(group.attributes.get("instanceType")).orElse(null);
    int ipsPerEni = type == null ? 4 : type.ipv4PerEni();
    SimResource node = new SimResource(ResourceKind.INSTANCE, SandboxIds.next("i"), at);
    node.tags.put("eks:cluster-name", group.attributes.get("clusterName"));
    node.tags.put("eks:nodegroup-name", group.attributes.get("name"));
    node.attributes.put("instanceType", group.attributes.get("instanceType"));
    node.attributes.put("subnetId", subnet);
    node.attributes.put("nodegroup", group.id);
    node.references.add(subnet);
    state.resources.put(node.id, node);
    addInterface(subnet, ipsPerEni, node.id, Map.of(), at);
    // The VPC CNI keeps a warm ENI; it is tagged for the cluster, not for a step.
    addInterface(
        subnet,
        ipsPerEni,
        node.id,
        Map.of(ResourceTags.VPC_CNI_CLUSTER, group.attributes.get("clusterName")),
        at);
    return node;
  }

  private void addInterface(
      String subnetId, int addresses, String attachedTo, Map<String, String> tags, Instant now) {
    SimResource subnet = state.resources.get(subnetId);
    long free = Long.parseLong(subnet.attributes.get("availableIpAddressCount"));
    int taken = (int) Math.min(free, addresses);
    subnet.attributes.put("availableIpAddressCount", Long.toString(free - taken));
    SimResource eni = new SimResource(ResourceKind.NETWORK_INTERFACE, SandboxIds.next("eni"), now);
    eni.tags.putAll(tags);
    eni.references.add(subnetId);
    eni.attributes.put("subnetId", subnetId);
    eni.attributes.put("attachedTo", attachedTo);
    eni.attributes.put("privateIpCount", Integer.toString(taken));
    eni.attributes.put("status", "in-use");
    Ipv4Cidr block = Ipv4Cidr.parse(subnet.attributes.get("cidr"));
    eni.attributes.put(
        "privateIp",
        Ipv4Cidr.formatAddress(block.network() + 4 + ThreadLocalRandom.current().nextInt(200)));
    state.resources.put(eni.id, eni);
  }

  /** Node group deletion terminates its instances; the CNI may leave a stray ENI behind. */
  private void retireNodes(SimResource group, Instant now) {
    java.time.Duration detach = faults.strayEniDetach();
    boolean leaveOne = detach != null;
    for (SimResource r : new ArrayList<>(state.resources.values())) {
      boolean node = group.id.equals(r.attributes.get("nodegroup"));
      if (node) {
        r.deletingSince = now;
        r.goneAt = group.goneAt;
        for (SimResource eni : interfacesOf(r.id)) {
          if (eni.goneAt == null) {
            if (leaveOne && eni.tags.containsKey(ResourceTags.VPC_CNI_CLUSTER)) {
              leaveOne = false;
              eni.attributes.put("attachedTo", "");
              eni.attributes.put("detachAt", group.goneAt.plus(detach).toString());
            } else {
              eni.goneAt = group.goneAt;
            }
          }
        }
      }
    }
  }

  private List<SimResource> interfacesOf(String instanceId) {
    return state.resources.values().stream()
        .filter(r -> r.kind == ResourceKind.NETWORK_INTERFACE)
        .filter(r -> instanceId.equals(r.attributes.get("attachedTo")))
        .toList();
  }

  /** Removes what is gone, returns the addresses of gone ENIs, detaches strays whose time came. */
  private void sweepGone(Instant now) {
    for (SimResource r : state.resources.values()) {
      String detachAt = r.attributes.get("detachAt");
      if (detachAt != null && !now.isBefore(Instant.parse(detachAt))) {
        r.attributes.remove("detachAt");
        r.attributes.put("status", "available");
      }
    }
    List<SimResource> gone = state.resources.values().stream().filter(r -> !r.alive(now)).toList();
    for (SimResource r : gone) {
      state.resources.remove(r.id);
      if (r.kind == ResourceKind.NETWORK_INTERFACE) {
        SimResource subnet = state.resources.get(r.attributes.get("subnetId"));
        if (subnet != null) {
          long free = Long.parseLong(subnet.attributes.get("availableIpAddressCount"));
          subnet.attributes.put(
              "availableIpAddressCount",
              Long.toString(free + Long.parseLong(r.attributes.get("privateIpCount"))));
        }
      }
    }
  }

  /** Ids of live resources that refer to {@code id} (an ENI in a subnet, a NAT on an EIP...). */
  private List<String> users(String id, Instant now) {
    return state.resources.values().stream()
        .filter(r -> r.alive(now) && r.references.contains(id))
        .filter(r -> !(r.kind == ResourceKind.NETWORK_INTERFACE && isInstancePrimary(r)))
        .map(r -> r.id)
        .toList();
  }

  /** An instance's own ENI goes with the instance; the instance itself blocks the delete. */
  private boolean isInstancePrimary(SimResource eni) {
    SimResource owner = state.resources.get(eni.attributes.getOrDefault("attachedTo", ""));
    return owner != null
        && owner.kind == ResourceKind.INSTANCE
        && owner.goneAt == null
        && !eni.tags.containsKey(ResourceTags.VPC_CNI_CLUSTER);
  }

  private static String notFoundCode(ResourceKind kind) {
    return switch (kind) {
      case VPC -> "InvalidVpcID.NotFound";
      case SUBNET -> "InvalidSubnetID.NotFound";
      case SECURITY_GROUP -> "InvalidGroup.NotFound";
      case IAM_ROLE, ROLE_POLICY_ATTACHMENT -> "NoSuchEntity";
      case S3_BUCKET -> "NoSuchBucket";
      case EKS_CLUSTER, EKS_NODEGROUP, EKS_ADDON, EKS_ACCESS_ENTRY -> "ResourceNotFoundException";
      default -> "InvalidID.NotFound";
    };
  }

  /**
   * Runs one operation on the latest state under the store's lock across processes, so processes
   * sharing the account never lose each other's changes.
   */
  private <T> T latest(Supplier<T> work) {
    return store.transact(
        clock.instant(),
        current -> {
          state = current;
          return work.get();
        });
  }

  /** What was repaired when the state on disk was read (damaged file, backup put back). */
  public List<String> repairs() {
    return store.repairs();
  }

  /** Everything alive, for {@code eksdesk sandbox inventory}. */
  public synchronized List<CloudResource> everything() {
    return latest(
        () -> {
          Instant now = advance();
          List<CloudResource> all = new ArrayList<>();
          state.resources.values().stream()
              .filter(r -> r.alive(now))
              .forEach(r -> all.add(r.toCloud(now)));
          return all;
        });
  }
}
