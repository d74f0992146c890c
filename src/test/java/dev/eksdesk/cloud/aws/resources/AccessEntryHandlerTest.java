package dev.eksdesk.cloud.aws.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.ResourceState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.eks.model.AccessScopeType;
import software.amazon.awssdk.services.eks.model.AssociateAccessPolicyRequest;
import software.amazon.awssdk.services.eks.model.AssociateAccessPolicyResponse;
import software.amazon.awssdk.services.eks.model.AssociatedAccessPolicy;
import software.amazon.awssdk.services.eks.model.CreateAccessEntryRequest;
import software.amazon.awssdk.services.eks.model.CreateAccessEntryResponse;
import software.amazon.awssdk.services.eks.model.DeleteAccessEntryRequest;
import software.amazon.awssdk.services.eks.model.DeleteAccessEntryResponse;
import software.amazon.awssdk.services.eks.model.DescribeAccessEntryRequest;
import software.amazon.awssdk.services.eks.model.DescribeAccessEntryResponse;
import software.amazon.awssdk.services.eks.model.EksException;
import software.amazon.awssdk.services.eks.model.ListAssociatedAccessPoliciesRequest;
import software.amazon.awssdk.services.eks.model.ListAssociatedAccessPoliciesResponse;
import software.amazon.awssdk.services.eks.model.ResourceInUseException;

/** moto has no EKS access entries: checked on the requests the handler builds and SDK answers. */
class AccessEntryHandlerTest {
  private static final ClientToken TOKEN = new ClientToken("eksdesk-entry-token");
  private static final String ADMIN =
      "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy";
  private static final String USER = "arn:aws:iam::123456789012:user/ana";
  private static final ResourceRequest.AccessEntry ENTRY =
      new ResourceRequest.AccessEntry("demo", USER, ADMIN);

  private final List<Object> requests = new ArrayList<>();
  private RuntimeException createRefusal;
  private List<String> associated = List.of();

  private final EksClient eks =
      new EksClient() {
        @Override
        public CreateAccessEntryResponse createAccessEntry(CreateAccessEntryRequest request) {
          requests.add(request);
          if (createRefusal != null) {
            throw createRefusal;
          }
          return CreateAccessEntryResponse.builder().build();
        }

        @Override
        public AssociateAccessPolicyResponse associateAccessPolicy(
            AssociateAccessPolicyRequest request) {
          requests.add(request);
          return AssociateAccessPolicyResponse.builder().build();
        }

        @Override
        public ListAssociatedAccessPoliciesResponse listAssociatedAccessPolicies(
            ListAssociatedAccessPoliciesRequest request) {
          requests.add(request);
          return ListAssociatedAccessPoliciesResponse.builder()
              .associatedAccessPolicies(
                  associated.stream()
                      .map(arn -> AssociatedAccessPolicy.builder().policyArn(arn).build())
                      .toList())
              .build();
        }

        @Override
        public DescribeAccessEntryResponse describeAccessEntry(DescribeAccessEntryRequest request) {
          requests.add(request);
          return DescribeAccessEntryResponse.builder()
              .accessEntry(e -> e.clusterName("demo").principalArn(USER))
              .build();
        }

        @Override
        public DeleteAccessEntryResponse deleteAccessEntry(DeleteAccessEntryRequest request) {
          requests.add(request);
          return DeleteAccessEntryResponse.builder().build();
        }

        @Override
        public String serviceName() {
          return "eks";
        }

        @Override
        public void close() {}
      };

  private final AccessEntryHandler handler =
      new AccessEntryHandler(eks, new AccessEntryPrincipal(new IamWithRoles(Map.of())));

  @Test
  void createMakesTheEntryWithTheTokenThenAssociatesThePolicyAtClusterScope() {
    CloudResource created = handler.create(ENTRY, TOKEN, Map.of()).resource();

    CreateAccessEntryRequest entry = (CreateAccessEntryRequest) requests.get(0);
    assertThat(List.of(entry.clusterName(), entry.principalArn(), entry.clientRequestToken()))
        .containsExactly("demo", USER, TOKEN.value());
    AssociateAccessPolicyRequest policy = (AssociateAccessPolicyRequest) requests.get(1);
    assertThat(List.of(policy.clusterName(), policy.principalArn(), policy.policyArn()))
        .containsExactly("demo", USER, ADMIN);
    assertThat(policy.accessScope().type()).isEqualTo(AccessScopeType.CLUSTER);
    assertThat(created.id()).isEqualTo("demo|" + USER);
    assertThat(created.state()).isEqualTo(ResourceState.READY);
    assertThat(created.attribute("accessPolicyArn")).isEqualTo(ADMIN);
  }

  @Test
  void anEntryACrashLeftWithoutItsPolicyGetsThePolicyOnTheNextCreate() {
    createRefusal =
        ResourceInUseException.builder()
            .statusCode(409)
            .awsErrorDetails(
                AwsErrorDetails.builder()
                    .errorCode("ResourceInUseException")
                    .errorMessage("The specified access entry resource is already in use")
                    .build())
            .build();

    handler.create(ENTRY, TOKEN, Map.of());

    assertThat(requests.get(1)).isInstanceOf(AssociateAccessPolicyRequest.class);
  }

  @Test
  void anyOtherCreateRefusalIsPassedOnAndNoPolicyIsAssociated() {
    createRefusal =
        EksException.builder()
            .statusCode(400)
            .awsErrorDetails(
                AwsErrorDetails.builder()
                    .errorCode("InvalidParameterException")
                    .errorMessage("The principal is not valid")
                    .build())
            .build();

    assertThatThrownBy(() -> handler.create(ENTRY, TOKEN, Map.of())).isSameAs(createRefusal);
    assertThat(requests).hasSize(1);
  }

  @Test
  void findAnswersTheEntryOnlyOnceItsPolicyIsAssociated() {
    assertThat(handler.find(ENTRY, Map.of())).isEmpty();

    associated = List.of("arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy", ADMIN);
    assertThat(handler.find(ENTRY, Map.of())).map(CloudResource::id).hasValue("demo|" + USER);
    ListAssociatedAccessPoliciesRequest sent =
        (ListAssociatedAccessPoliciesRequest) requests.get(0);
    assertThat(List.of(sent.clusterName(), sent.principalArn())).containsExactly("demo", USER);
  }

  @Test
  void describeAndDeleteNameTheClusterAndThePrincipal() {
    assertThat(handler.describe("demo|" + USER)).map(CloudResource::id).hasValue("demo|" + USER);
    handler.delete("demo|" + USER);

    DescribeAccessEntryRequest described = (DescribeAccessEntryRequest) requests.get(0);
    assertThat(List.of(described.clusterName(), described.principalArn()))
        .containsExactly("demo", USER);
    DeleteAccessEntryRequest deleted = (DeleteAccessEntryRequest) requests.get(1);
    assertThat(List.of(deleted.clusterName(), deleted.principalArn()))
        .containsExactly("demo", USER);
  }
}
