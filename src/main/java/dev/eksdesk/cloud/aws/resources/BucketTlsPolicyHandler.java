package dev.eksdesk.cloud.aws.resources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Adds to a bucket's policy the statement that denies any request not made over TLS; id {@code
 * bucket|tls-policy}. The other statements are kept (CloudTrail's and the flow logs' delivery
 * rights live in the same policy). Found only while the statement is there. Delete takes the
 * statement out again, leaving the rest.
 */
final class BucketTlsPolicyHandler implements CreatingHandler<ResourceRequest.BucketTlsPolicy> {
  static final String SID = "DenyInsecureTransport";
  private static final String SEPARATOR = "|";
  private static final String SUFFIX = "tls-policy";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final S3Client s3;

  BucketTlsPolicyHandler(S3Client s3) {
    this.s3 = s3;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.BUCKET_TLS_POLICY;
  }

  @Override
  public Class<ResourceRequest.BucketTlsPolicy> requestType() {
    return ResourceRequest.BucketTlsPolicy.class;
  }

  @Override
  public CreateResult create(
      ResourceRequest.BucketTlsPolicy request, ClientToken token, Map<String, String> tags) {
    ObjectNode policy = policy(request.bucket()).orElseGet(BucketTlsPolicyHandler::emptyPolicy);
    ArrayNode statements = statements(policy);
    removeTlsStatement(statements);
    statements.add(tlsStatement(request.bucket()));
    put(request.bucket(), policy);
    return CreateResult.of(toResource(request.bucket()));
  }

  @Override
  public Optional<CloudResource> find(
      ResourceRequest.BucketTlsPolicy request, Map<String, String> tags) {
    return describe(CompositeId.of(request.bucket(), SEPARATOR, SUFFIX));
  }

  @Override
  public Optional<CloudResource> describe(String id) {
    String bucket = CompositeId.parse(id, SEPARATOR).parent();
    boolean present =
        policy(bucket).map(p -> p.toString().contains("\"" + SID + "\"")).orElse(false);
    return present ? Optional.of(toResource(bucket)) : Optional.empty();
  }

  @Override
  public void delete(String id) {
    String bucket = CompositeId.parse(id, SEPARATOR).parent();
    Optional<ObjectNode> policy = policy(bucket);
    if (policy.isEmpty()) {
      return;
    }
    ArrayNode statements = statements(policy.get());
    removeTlsStatement(statements);
    if (statements.isEmpty()) {
      s3.deleteBucketPolicy(r -> r.bucket(bucket));
    } else {
      put(bucket, policy.get());
    }
  }

  /** The bucket's policy, empty when it has none (S3 answers NoSuchBucketPolicy). */
  private Optional<ObjectNode> policy(String bucket) {
    String text;
    try {
      text = s3.getBucketPolicy(r -> r.bucket(bucket)).policy();
    } catch (S3Exception e) {
      if ("NoSuchBucketPolicy".equals(e.awsErrorDetails().errorCode())) {
        return Optional.empty();
      }
      throw e;
    }
    try {
      return Optional.of((ObjectNode) JSON.readTree(text));
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalStateException("the policy of bucket " + bucket + " is not a JSON object");
    }
  }

  private void put(String bucket, ObjectNode policy) {
    s3.putBucketPolicy(r -> r.bucket(bucket).policy(policy.toString()));
  }

  private static ObjectNode emptyPolicy() {
    ObjectNode policy = JSON.createObjectNode();
    policy.put("Version", "2012-10-17");
    policy.putArray("Statement");
    return policy;
  }

  /** The policy's statements as an array (IAM also accepts a single statement object). */
  private static ArrayNode statements(ObjectNode policy) {
    var current = policy.get("Statement");
    if (current instanceof ArrayNode array) {
      return array;
    }
    ArrayNode array = policy.putArray("Statement");
    if (current != null) {
      array.add(current);
    }
    return array;
  }

  private static void removeTlsStatement(ArrayNode statements) {
    for (int i = statements.size() - 1; i >= 0; i--) {
      if (SID.equals(statements.get(i).path("Sid").asText())) {
        statements.remove(i);
      }
    }
  }

  private static ObjectNode tlsStatement(String bucket) {
    ObjectNode statement = JSON.createObjectNode();
    statement.put("Sid", SID);
    statement.put("Effect", "Deny");
    statement.put("Principal", "*");
    statement.put("Action", "s3:*");
    statement
        .putArray("Resource")
        .add("arn:aws:s3:::" + bucket)
        .add("arn:aws:s3:::" + bucket + "/*");
    statement.putObject("Condition").putObject("Bool").put("aws:SecureTransport", "false");
    return statement;
  }

  private static CloudResource toResource(String bucket) {
    return Resources.ready(
        ResourceKind.BUCKET_TLS_POLICY,
        CompositeId.of(bucket, SEPARATOR, SUFFIX),
        Map.of(),
        Resources.attributes().put("statement", SID).build());
  }
}
