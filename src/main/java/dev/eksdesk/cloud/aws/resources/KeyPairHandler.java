package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ImportKeyPairResponse;
import software.amazon.awssdk.services.ec2.model.KeyPairInfo;
import software.amazon.awssdk.services.ec2.model.ResourceType;

/**
 * ImportKeyPair of the public key made on this machine (cloud.PrivateKeyFile wrote its private key
 * first), so AWS never holds a private key it could hand out once and lose. Id is the key pair id;
 * name and fingerprint attributes.
 */
final class KeyPairHandler implements CreatingHandler<ResourceRequest.KeyPair>, Ec2Described {
  private final Ec2Client ec2;

  KeyPairHandler(Ec2Client ec2) {
    this.ec2 = ec2;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.KEY_PAIR;
  }

  @Override
  public Class<ResourceRequest.KeyPair> requestType() {
    return ResourceRequest.KeyPair.class;
  }

  @Override
  public String idPrefix() {
    return "key-";
  }

  @Override
  public CreateResult create(
      ResourceRequest.KeyPair request, ClientToken token, Map<String, String> tags) {
    ImportKeyPairResponse key =
        ec2.importKeyPair(
            r ->
                r.keyName(request.name())
                    .publicKeyMaterial(
                        SdkBytes.fromString(request.publicKeyLine(), StandardCharsets.US_ASCII))
                    .tagSpecifications(Ec2Tags.spec(ResourceType.KEY_PAIR, tags)));
    return CreateResult.of(
        Resources.ready(
            ResourceKind.KEY_PAIR,
            key.keyPairId(),
            Ec2Tags.map(key.tags()),
            Resources.attributes()
                .put("name", key.keyName())
                .put("fingerprint", key.keyFingerprint())
                .build()));
  }

  @Override
  public Optional<CloudResource> find(ResourceRequest.KeyPair request, Map<String, String> tags) {
    // DescribeKeyPairs has no pagination.
    return ec2.describeKeyPairs(r -> r.filters(Ec2Tags.stepFilters(tags))).keyPairs().stream()
        .findFirst()
        .map(KeyPairHandler::toResource);
  }

  @Override
  public List<CloudResource> describeAll(List<String> ids) {
    // moto answers every key pair whatever ids are asked, and delete goes by name: keep only these.
    return ec2.describeKeyPairs(r -> r.keyPairIds(ids)).keyPairs().stream()
        .filter(key -> ids.contains(key.keyPairId()))
        .map(KeyPairHandler::toResource)
        .toList();
  }

  /** By name: AWS takes either, moto only the name. */
  @Override
  public void delete(String id) {
    for (CloudResource key : describeAll(List.of(id))) {
      ec2.deleteKeyPair(r -> r.keyName(key.attribute("name")));
    }
  }

  private static CloudResource toResource(KeyPairInfo key) {
    return Resources.ready(
        ResourceKind.KEY_PAIR,
        key.keyPairId(),
        Ec2Tags.map(key.tags()),
        Resources.attributes()
            .put("name", key.keyName())
            .put("fingerprint", key.keyFingerprint())
            .build());
  }
}
