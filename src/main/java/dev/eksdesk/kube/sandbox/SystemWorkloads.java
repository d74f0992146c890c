package dev.eksdesk.kube.sandbox;

import static dev.eksdesk.kube.WellKnown.KUBE_SYSTEM;

import dev.eksdesk.kube.MetricsServerReach;
import dev.eksdesk.kube.WellKnown;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;

/**
 * What a new EKS cluster runs before the user deploys anything: aws-node and kube-proxy on every
 * node (host network), CoreDNS (two replicas, with the add-on's disruption budget) and
 * metrics-server (one replica, on the pod network, serving on 10250 as its manifest does).
 */
final class SystemWorkloads {
  private SystemWorkloads() {}

  static void install(KubernetesClient client) {
    client
        .namespaces()
        .resource(
            new NamespaceBuilder().withNewMetadata().withName(KUBE_SYSTEM).endMetadata().build())
        .create();
    client
        .namespaces()
        .resource(
            new NamespaceBuilder().withNewMetadata().withName("default").endMetadata().build())
        .create();
    daemonSet(
        client,
        WellKnown.AWS_NODE,
        "k8s-app",
        "602401143452.dkr.ecr.eu-central-1.amazonaws.com/amazon-k8s-cni:v1.19.2-eksbuild.1");
    daemonSet(
        client,
        WellKnown.KUBE_PROXY,
        "k8s-app",
        "602401143452.dkr.ecr.eu-central-1.amazonaws.com/eks/kube-proxy:v1.31.3-minimal-eksbuild.2");
    deployment(
        client,
        WellKnown.COREDNS,
        "kube-dns",
        2,
        "602401143452.dkr.ecr.eu-central-1.amazonaws.com/eks/coredns:v1.11.4-eksbuild.2",
        List.of(),
        53);
    deployment(
        client,
        WellKnown.METRICS_SERVER,
        WellKnown.METRICS_SERVER,
        1,
        "registry.k8s.io/metrics-server/metrics-server:v0.7.2",
        List.of(
            "--cert-dir=/tmp",
            "--secure-port=10250",
            "--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname",
            "--kubelet-use-node-status-port",
            "--metric-resolution=15s"),
        10250);
    metricsApiService(client);
    client
        .policy()
        .v1()
        .podDisruptionBudget()
        .inNamespace(KUBE_SYSTEM)
        .resource(
            new PodDisruptionBudgetBuilder()
                .withNewMetadata()
                .withName(WellKnown.COREDNS)
                .withNamespace(KUBE_SYSTEM)
                .endMetadata()
                .withNewSpec()
                .withMaxUnavailable(new IntOrString(1))
                .withNewSelector()
                .addToMatchLabels("k8s-app", "kube-dns")
                .endSelector()
                .endSpec()
                .build())
        .create();
  }

  /**
   * The APIService through which the API server serves metrics.k8s.io from metrics-server's
   * Service, as the add-on's manifest registers it; without it the metrics API does not exist.
   */
  private static void metricsApiService(KubernetesClient client) {
    client
        .genericKubernetesResources(MetricsServerReach.API_SERVICE_VERSION, "APIService")
        .resource(
            new GenericKubernetesResourceBuilder()
                .withApiVersion(MetricsServerReach.API_SERVICE_VERSION)
                .withKind("APIService")
                .withNewMetadata()
                .withName(MetricsServerReach.API_SERVICE)
                .endMetadata()
                .addToAdditionalProperties(
                    "spec",
                    Map.of(
                        "group",
                        "metrics.k8s.io",
                        "version",
                        "v1beta1",
                        "service",
                        Map.of("namespace", KUBE_SYSTEM, "name", WellKnown.METRICS_SERVER),
                        "insecureSkipTLSVerify",
                        true,
                        "groupPriorityMinimum",
                        100,
                        "versionPriority",
                        100))
                .build())
        .create();
  }

  /** aws-node's environment as the vpc-cni add-on's configuration sets it. */
  static List<EnvVar> awsNodeEnv(boolean prefixDelegation) {
    return List.of(
        new EnvVarBuilder()
            .withName(WellKnown.ENV_PREFIX_DELEGATION)
            .withValue(Boolean.toString(prefixDelegation))
            .build(),
        prefixDelegation
            ? new EnvVarBuilder().withName("WARM_PREFIX_TARGET").withValue("1").build()
            : new EnvVarBuilder().withName("WARM_ENI_TARGET").withValue("1").build());
  }

  private static void daemonSet(
      KubernetesClient client, String name, String labelKey, String image) {
    Map<String, String> labels = Map.of(labelKey, name);
    PodTemplateSpec template = template(name, labels, image, List.of(), 0, true);
    if (WellKnown.AWS_NODE.equals(name)) {
      template.getSpec().getContainers().get(0).setEnv(awsNodeEnv(false));
    }
    client
        .apps()
        .daemonSets()
        .inNamespace(KUBE_SYSTEM)
        .resource(
            new DaemonSetBuilder()
                .withNewMetadata()
                .withName(name)
                .withNamespace(KUBE_SYSTEM)
                .withLabels(labels)
                .endMetadata()
                .withNewSpec()
                .withNewSelector()
                .withMatchLabels(labels)
                .endSelector()
                .withTemplate(template)
                .endSpec()
                .build())
        .create();
  }

  private static void deployment(
      KubernetesClient client,
      String name,
      String app,
      int replicas,
      String image,
      List<String> args,
      int port) {
    Map<String, String> labels = Map.of("k8s-app", app);
    client
        .apps()
        .deployments()
        .inNamespace(KUBE_SYSTEM)
        .resource(
            new DeploymentBuilder()
                .withNewMetadata()
                .withName(name)
                .withNamespace(KUBE_SYSTEM)
                .withLabels(labels)
                .endMetadata()
                .withNewSpec()
                .withReplicas(replicas)
                .withNewSelector()
                .withMatchLabels(labels)
                .endSelector()
                .withTemplate(template(name, labels, image, args, port, false))
                .endSpec()
                .build())
        .create();
    client
        .services()
        .inNamespace(KUBE_SYSTEM)
        .resource(
            new ServiceBuilder()
                .withNewMetadata()
                .withName(WellKnown.COREDNS.equals(name) ? "kube-dns" : name)
                .withNamespace(KUBE_SYSTEM)
                .endMetadata()
                .withNewSpec()
                .withSelector(labels)
                .addNewPort()
                .withPort(port == 10250 ? 443 : port)
                .withTargetPort(port == 10250 ? new IntOrString("https") : new IntOrString(port))
                .endPort()
                .endSpec()
                .build())
        .create();
  }

  private static PodTemplateSpec template(
      String name,
      Map<String, String> labels,
      String image,
      List<String> args,
      int port,
      boolean hostNetwork) {
    ContainerBuilder container =
        new ContainerBuilder().withName(name).withImage(image).withArgs(args);
    if (port > 0) {
      container
          .addNewPort()
          .withName(port == 10250 ? "https" : "dns")
          .withContainerPort(port)
          .endPort();
    }
    return new PodTemplateSpecBuilder()
        .withNewMetadata()
        .withLabels(labels)
        .endMetadata()
        .withNewSpec()
        .withHostNetwork(hostNetwork)
        .withPriorityClassName(hostNetwork ? "system-node-critical" : "system-cluster-critical")
        .withContainers(container.build())
        .endSpec()
        .build();
  }
}
