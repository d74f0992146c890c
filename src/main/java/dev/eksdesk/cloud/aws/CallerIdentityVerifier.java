package dev.eksdesk.cloud.aws;

import dev.eksdesk.cloud.CallerIdentity;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * The wizard's "Verify": asks STS who the credentials belong to. GetCallerIdentity needs no
 * permission, so it fails only when the credentials themselves are bad.
 */
public final class CallerIdentityVerifier {

  private final StsClient sts;

  public CallerIdentityVerifier(StsClient sts) {
    this.sts = sts;
  }

  /**
   * @throws software.amazon.awssdk.core.exception.SdkException translate it with {@link AwsErrors}
   */
  public CallerIdentity verify() {
    GetCallerIdentityResponse response = sts.getCallerIdentity();
    return new CallerIdentity(response.account(), response.arn());
  }
}
