package dev.eksdesk.kube.cni;

import dev.eksdesk.kube.KubeClients;
import dev.eksdesk.kube.KubeEndpoint;
import dev.eksdesk.kube.WellKnown;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/** CniSwap through fabric8. */
public final class Fabric8CniSwap implements CniSwap {

  private final KubernetesClient client;
  private final List<Step> steps;
  private final Duration stepTimeout;
  private final String calicoPool;

  Fabric8CniSwap(
      KubernetesClient client,
      ManifestSource calicoManifest,
      String calicoPool,
      Duration stepTimeout) {
    this.client = client;
    this.calicoPool = calicoPool;
    this.stepTimeout = stepTimeout;
    this.steps =
        List.of(
            new RemoveAwsNode(client),
            new InstallCalico(client, calicoManifest),
            new MoveToHostNetwork(client));
  }

  /** A swap to the pinned Calico release, downloaded and checked against its SHA-256. */
  public static CniSwap toPinnedCalico(KubeEndpoint endpoint) {
    return to(
        endpoint,
        new PinnedDownload(CalicoRelease.MANIFEST, HttpClient.newHttpClient()),
        DEFAULT_STEP_TIMEOUT);
  }

  /** A swap applying the given Calico manifest (the sandbox and tests use a local one). */
  public static CniSwap to(
      KubeEndpoint endpoint, ManifestSource calicoManifest, Duration stepTimeout) {
    return new Fabric8CniSwap(
        KubeClients.connect(endpoint), calicoManifest, WellKnown.CALICO_DEFAULT_POOL, stepTimeout);
  }

  @Override
  public SwapPlan preflight(String vpcCidr) {
    return new SwapPreflight(client).plan(vpcCidr, calicoPool);
  }

  @Override
  public boolean run(String vpcCidr, Consumer<SwapEvent> listener) throws InterruptedException {
    SwapPlan plan = preflight(vpcCidr);
    if (!plan.canProceed()) {
      listener.accept(new SwapEvent.Refused(plan.cidr().verdict()));
      listener.accept(new SwapEvent.Finished(false));
      return false;
    }
    for (Step step : steps) {
      if (step.isDone()) {
        listener.accept(new SwapEvent.StepAlreadyDone(step.id()));
        continue;
      }
      listener.accept(new SwapEvent.StepStarted(step.id()));
      try {
        List<String> details = step.perform();
        step.awaitEffect(stepTimeout);
        listener.accept(new SwapEvent.StepSucceeded(step.id(), details));
      } catch (InterruptedException e) {
        listener.accept(
            new SwapEvent.StepFailed(step.id(), "stopped", "Run the swap again to resume."));
        listener.accept(new SwapEvent.Finished(false));
        throw e;
      } catch (TimeoutException e) {
        return fail(listener, step, e.getMessage());
      } catch (Exception e) {
        return fail(listener, step, e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
    listener.accept(new SwapEvent.Finished(true));
    return true;
  }

  private static boolean fail(Consumer<SwapEvent> listener, Step step, String what) {
    listener.accept(new SwapEvent.StepFailed(step.id(), what, step.whatToDo()));
    listener.accept(new SwapEvent.Finished(false));
    return false;
  }

  @Override
  public void close() {
    client.close();
  }
}
