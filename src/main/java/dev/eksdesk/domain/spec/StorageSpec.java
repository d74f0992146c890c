package dev.eksdesk.domain.spec;

/**
 * An S3 bucket (private, encrypted) and the gateway endpoint that keeps its traffic off the NAT.
 *
 * @param bucketName empty to let Eksdesk derive one from the cluster name and account
 */
public record StorageSpec(boolean enabled, String bucketName, boolean gatewayEndpoint) {
  public StorageSpec {
    bucketName = bucketName == null ? "" : bucketName;
  }
}
