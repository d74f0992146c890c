package dev.eksdesk.kube.sandbox;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.MockResponse;

/** What the subresources the Sandbox adds to the mock server read and answer with. */
final class StoreReplies {
  private StoreReplies() {}

  /** A list the mock's store holds, read without going over HTTP. */
  static <T> T list(KubernetesCrudDispatcher store, String path, Class<T> type) {
    return Serialization.unmarshal(store.handleGet(path).getBody().readUtf8(), type);
  }

  /** A Status reply, as the API server gives for refusals and errors. */
  static MockResponse status(int code, String reason, String message) {
    Status status =
        new StatusBuilder()
            .withStatus(code < 300 ? "Success" : "Failure")
            .withCode(code)
            .withReason(reason)
            .withMessage(message)
            .build();
    return new MockResponse().setResponseCode(code).setBody(Serialization.asJson(status));
  }
}
