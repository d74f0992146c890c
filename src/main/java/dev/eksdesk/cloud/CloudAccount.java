package dev.eksdesk.cloud;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one door from the engine to an account: the sandbox implements it in-process, the AWS adapter
 * with the SDK. Each {@link ResourceRequest} type maps onto one AWS action family (Create,
 * Describe, Delete of the same noun), so an adapter is a table of small handlers, one per {@link
 * ResourceKind}.
 *
 * <p>Every method throws {@link CloudException} for a classified failure. None blocks for long: the
 * engine, not the adapter, waits for asynchronous resources by polling {@link #describe}.
 */
public interface CloudAccount {

  /** STS GetCallerIdentity. */
  CallerIdentity callerIdentity();

  /**
   * Creates the resource with the tags (TagSpecifications) and, for kinds that take one, the client
   * token: the same token again returns the same resource instead of a second one. Returns at once
   * for asynchronous kinds, whose state is then PENDING.
   */
  CreateResult create(ResourceRequest request, ClientToken token, Map<String, String> tags);

  /**
   * Describe by id; empty when the account does not know the id (or no longer: a deleted resource
   * may also come back with state DELETED). Right after a create, empty can mean "not visible yet".
   */
  Optional<CloudResource> describe(ResourceKind kind, String id);

  /**
   * Describes several resources of one kind, by id; the ids the account does not know are left out.
   * An adapter whose API takes many ids in one call (EC2's Describe calls) makes one call instead
   * of one per id.
   */
  default Map<String, CloudResource> describeAll(ResourceKind kind, List<String> ids) {
    Map<String, CloudResource> found = new LinkedHashMap<>();
    for (String id : ids) {
      describe(kind, id).ifPresent(resource -> found.put(id, resource));
    }
    return found;
  }

  /**
   * The resource this request would create, if it already exists: taggable kinds are found by the
   * {@code eksdesk:cluster} and {@code eksdesk:step} values in {@code tags} (a Describe call with
   * tag filters), sub-resources through their parent (for example ListAttachedRolePolicies).
   */
  Optional<CloudResource> find(ResourceRequest request, Map<String, String> tags);

  /**
   * Deletes (or, for sub-resources, detaches/disassociates) the resource. Asynchronous kinds begin
   * deleting and report DELETING until gone. Throws NOT_FOUND when it is already gone and
   * DEPENDENCY_VIOLATION when something still uses it.
   */
  void delete(ResourceKind kind, String id);

  /**
   * Changes the attributes {@code operation} covers of the resource {@code id} to what {@code
   * desired} asks ({@code tags} for {@link UpdateOperation#TAGS}). The token makes a repeated call
   * after a crash return the first one's update instead of starting a second. Asynchronous
   * operations return an update id to poll; the resource stays usable meanwhile (UPDATING).
   */
  UpdateResult update(
      ResourceKind kind,
      String id,
      UpdateOperation operation,
      ResourceRequest desired,
      Map<String, String> tags,
      ClientToken token);

  /** EKS DescribeUpdate of an update {@link #update} started on the resource {@code id}. */
  UpdateStatus updateStatus(ResourceKind kind, String id, String updateId);

  /**
   * EKS DescribeAddonVersions: the add-on's default version for that Kubernetes version; empty when
   * the account offers none compatible (an upgrade would leave the add-on behind).
   */
  Optional<String> addonVersion(String addon, String kubernetesVersion);

  /**
   * EKS upgrade insights of the cluster for an upgrade to {@code kubernetesVersion}; an account
   * that has none says so ({@link UpgradeInsights#notAvailable}) rather than failing.
   */
  default UpgradeInsights upgradeInsights(String clusterName, String kubernetesVersion) {
    return UpgradeInsights.notAvailable("this account offers no upgrade insights");
  }

  /**
   * What keeps the VPC, subnet or security group {@code id} from being deleted: the network
   * interfaces in the VPC or subnet (holding the group), and for a VPC also its subnets and
   * security groups other than the default one. Empty for other kinds.
   */
  List<Blocker> blockers(ResourceKind kind, String id);

  /** Everything alive whose tags match the query, sub-resources excluded. */
  List<CloudResource> inventory(TagQuery query);
}
