package dev.eksdesk.cloud;

/**
 * What an update call answered.
 *
 * @param resourceId the resource's id after the update (a security group rule's changes)
 * @param updateId the asynchronous update to poll with {@link CloudAccount#updateStatus}; empty
 *     when the change is already done
 */
public record UpdateResult(String resourceId, String updateId) {
  public UpdateResult {
    updateId = updateId == null ? "" : updateId;
  }

  public static UpdateResult done(String resourceId) {
    return new UpdateResult(resourceId, "");
  }
}
