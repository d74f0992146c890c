package dev.eksdesk.cloud.aws.resources;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.GetRoleRequest;
import software.amazon.awssdk.services.iam.model.GetRoleResponse;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

/** IAM answering GetRole from a map of role name to ARN, as the SDK would; other calls fail. */
final class IamWithRoles implements IamClient {
  private final Map<String, String> arnByName;
  final List<String> asked = new ArrayList<>();

  IamWithRoles(Map<String, String> arnByName) {
    this.arnByName = arnByName;
  }

  @Override
  public GetRoleResponse getRole(GetRoleRequest request) {
    asked.add(request.roleName());
    String arn = arnByName.get(request.roleName());
    if (arn == null) {
      throw NoSuchEntityException.builder()
          .statusCode(404)
          .awsErrorDetails(
              AwsErrorDetails.builder()
                  .errorCode("NoSuchEntity")
                  .errorMessage("The role with name " + request.roleName() + " cannot be found.")
                  .build())
          .build();
    }
    return GetRoleResponse.builder()
        .role(r -> r.roleName(request.roleName()).arn(arn).path("/"))
        .build();
  }

  @Override
  public String serviceName() {
    return "iam";
  }

  @Override
  public void close() {}
}
