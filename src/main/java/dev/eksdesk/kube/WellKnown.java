package dev.eksdesk.kube;

/** Names Kubernetes and EKS give to labels, namespaces and system workloads. */
public final class WellKnown {
  public static final String KUBE_SYSTEM = "kube-system";
  public static final String LABEL_INSTANCE_TYPE = "node.kubernetes.io/instance-type";
  public static final String LABEL_ZONE = "topology.kubernetes.io/zone";
  public static final String LABEL_HOSTNAME = "kubernetes.io/hostname";
  public static final String LABEL_NODEGROUP = "eks.amazonaws.com/nodegroup";
  public static final String LABEL_POD_TEMPLATE_HASH = "pod-template-hash";

  public static final String AWS_NODE = "aws-node";
  public static final String CALICO_NODE = "calico-node";
  public static final String KUBE_PROXY = "kube-proxy";
  public static final String COREDNS = "coredns";
  public static final String METRICS_SERVER = "metrics-server";

  /** The EKS add-on that runs aws-node, configured through its configurationValues. */
  public static final String VPC_CNI_ADDON = "vpc-cni";

  /** The VPC CNI's switch for prefix delegation, an environment variable of aws-node. */
  public static final String ENV_PREFIX_DELEGATION = "ENABLE_PREFIX_DELEGATION";

  /** The pool Calico's manifest uses when CALICO_IPV4POOL_CIDR is not set. */
  public static final String CALICO_DEFAULT_POOL = "192.168.0.0/16";

  private WellKnown() {}
}
