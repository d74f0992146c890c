package dev.eksdesk.domain.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds the bundled instance-types.csv from AWS's VPC CNI data (every type, its ENIs, addresses,
 * hypervisor and bare-metal flag), Karpenter's instance-type reference (vCPUs, memory,
 * architecture), Karpenter's on-demand price table (us-east-1) and the prices already bundled
 * (eu-central-1), and copies AWS's eni-max-pods.txt into the test resources. It fails when
 * eni-max-pods.txt and the ENI data disagree. Uses only the JDK, so it runs without a build, from
 * the project root:
 *
 * <pre>
 * git clone https://github.com/aws/amazon-vpc-cni-k8s /tmp/vpc-cni
 * git clone https://github.com/aws/karpenter-provider-aws /tmp/karpenter
 * java src/test/java/dev/eksdesk/domain/catalog/CatalogGenerator.java /tmp/vpc-cni /tmp/karpenter
 * </pre>
 *
 * Sources and columns are described in instance-types.SOURCE.md.
 */
public final class CatalogGenerator {
  static final String ENI_MAX_PODS = "misc/eni-max-pods.txt";
  static final String VPC_LIMITS = "pkg/vpc/vpc_ip_resource_limit.go";

  /**
   * Karpenter's reference, one copy per documented release; the newest copy that lists a type wins,
   * older ones fill in types since retired from it (dl1, f1, p3).
   */
  static final Pattern KARPENTER_TYPES =
      Pattern.compile("website/content/en/(preview|v(\\d+)\\.(\\d+))/reference/instance-types.md");

  static final String KARPENTER_PRICES = "pkg/providers/pricing/zz_generated.pricing_aws.go";
  static final String HEADER =
      "instanceType,vcpus,memoryMiB,maxEnis,ipv4PerEni,nitro,bareMetal,architecture,"
          + "priceUsdPerHourEuCentral1,priceUsdPerHourUsEast1";

  private static final Path CSV =
      Path.of("src/main/resources/dev/eksdesk/domain/catalog/instance-types.csv");
  private static final Path TEST_COPY =
      Path.of("src/test/resources/dev/eksdesk/domain/catalog/eni-max-pods.txt");

  private static final Pattern LIMIT_BLOCK =
      Pattern.compile("^\\t\"([^\"]+)\": \\{(.*?)^\\t\\},", Pattern.MULTILINE | Pattern.DOTALL);
  private static final Pattern TYPE_SECTION = Pattern.compile("^### `([^`]+)`", Pattern.MULTILINE);
  private static final Pattern LABEL_ROW =
      Pattern.compile("^ \\|([^|]+)\\|([^|]*)\\|", Pattern.MULTILINE);
  private static final Pattern PRICE = Pattern.compile("\"([a-z0-9.-]+)\": ([0-9.]+)");

  private CatalogGenerator() {}

  /** What the VPC CNI records about one type's networking. */
  record Limits(int enis, int ipv4PerEni, String hypervisor, boolean bareMetal) {}

  /** vCPUs, memory and architecture, as a CSV would hold them (empty when unknown). */
  record Specs(String vcpus, String memoryMiB, String architecture) {
    static final Specs UNKNOWN = new Specs("", "", "");
  }

  /** The CSV's text, given each source's text and the bundled CSV it replaces. */
  static String generate(
      List<String> provenance,
      String eniMaxPods,
      String vpcLimits,
      List<String> karpenterTypesNewestFirst,
      String karpenterPrices,
      String bundledCsv) {
    Map<String, Integer> maxPods = parseEniMaxPods(eniMaxPods);
    Map<String, Limits> limits = parseLimits(vpcLimits);
    check(maxPods, limits);
    Map<String, Specs> specs = new HashMap<>();
    karpenterTypesNewestFirst.forEach(
        markdown -> parseKarpenterTypes(markdown).forEach(specs::putIfAbsent));
    Map<String, String> usEast1 = parseUsEast1Prices(karpenterPrices);
    Map<String, Map<String, String>> bundled = parseBundled(bundledCsv);

    StringBuilder csv = new StringBuilder();
    provenance.forEach(line -> csv.append("# ").append(line).append('\n'));
    csv.append(HEADER).append('\n');
    for (String name : maxPods.keySet()) {
      Limits limit = limits.get(name);
      Map<String, String> old = bundled.getOrDefault(name, Map.of());
      Specs spec =
          specs.getOrDefault(
              name,
              old.isEmpty()
                  ? Specs.UNKNOWN
                  : new Specs(old.get("vcpus"), old.get("memoryMiB"), old.get("architecture")));
      csv.append(
          String.join(
              ",",
              name,
              spec.vcpus(),
              spec.memoryMiB(),
              String.valueOf(limit.enis()),
              String.valueOf(limit.ipv4PerEni()),
              String.valueOf(limit.hypervisor().equals("nitro")),
              String.valueOf(limit.bareMetal()),
              spec.architecture(),
              old.getOrDefault("priceUsdPerHourEuCentral1", ""),
              usEast1.getOrDefault(name, old.getOrDefault("priceUsdPerHourUsEast1", ""))));
      csv.append('\n');
    }
    return csv.toString();
  }

  /** Type name to max pods, in the file's order. */
  public static Map<String, Integer> parseEniMaxPods(String text) {
    Map<String, Integer> maxPods = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      String trimmed = line.trim();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        String[] parts = trimmed.split("\\s+");
        maxPods.put(parts[0], Integer.parseInt(parts[1]));
      }
    }
    return maxPods;
  }

  static Map<String, Limits> parseLimits(String goSource) {
    Map<String, Limits> limits = new HashMap<>();
    Matcher block = LIMIT_BLOCK.matcher(goSource);
    while (block.find()) {
      String body = block.group(2);
      limits.put(
          block.group(1),
          new Limits(
              Integer.parseInt(field(body, "ENILimit")),
              Integer.parseInt(field(body, "IPv4Limit")),
              field(body, "HypervisorType").replace("\"", ""),
              Boolean.parseBoolean(field(body, "IsBareMetal"))));
    }
    return limits;
  }

  private static String field(String body, String name) {
    Matcher m = Pattern.compile("\\b" + name + ":\\s*([^,\\n]+),").matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("no " + name + " in " + body);
    }
    return m.group(1).trim();
  }

  /** Every type of eni-max-pods.txt has ENI data, and the two give the same max pods. */
  private static void check(Map<String, Integer> maxPods, Map<String, Limits> limits) {
    List<String> problems = new ArrayList<>();
    maxPods.forEach(
        (name, pods) -> {
          Limits limit = limits.get(name);
          if (limit == null) {
            problems.add(name + ": in eni-max-pods.txt but not in " + VPC_LIMITS);
          } else if (limit.enis() * (limit.ipv4PerEni() - 1) + 2 != pods) {
            problems.add(name + ": " + limit + " does not give eni-max-pods.txt's " + pods);
          }
        });
    if (!problems.isEmpty()) {
      throw new IllegalStateException(String.join("\n", problems));
    }
  }

  static Map<String, Specs> parseKarpenterTypes(String markdown) {
    Map<String, Specs> specs = new HashMap<>();
    Matcher section = TYPE_SECTION.matcher(markdown);
    List<String> names = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    while (section.find()) {
      names.add(section.group(1));
      starts.add(section.end());
    }
    for (int i = 0; i < names.size(); i++) {
      int end = i + 1 < names.size() ? starts.get(i + 1) : markdown.length();
      Map<String, String> labels = new HashMap<>();
      Matcher row = LABEL_ROW.matcher(markdown.substring(starts.get(i), end));
      while (row.find()) {
        labels.put(row.group(1).trim(), row.group(2).trim());
      }
      String arch = labels.get("kubernetes.io/arch");
      specs.put(
          names.get(i),
          new Specs(
              labels.getOrDefault("karpenter.k8s.aws/instance-cpu", ""),
              labels.getOrDefault("karpenter.k8s.aws/instance-memory", ""),
              arch == null ? "" : arch.equals("amd64") ? "x86_64" : arch));
    }
    return specs;
  }

  static Map<String, String> parseUsEast1Prices(String goSource) {
    int start = goSource.indexOf("\"us-east-1\": {");
    if (start < 0) {
      throw new IllegalStateException("no us-east-1 prices in " + KARPENTER_PRICES);
    }
    int end = goSource.indexOf("\n\t},", start);
    Map<String, String> prices = new HashMap<>();
    Matcher price = PRICE.matcher(goSource.substring(start, end < 0 ? goSource.length() : end));
    while (price.find()) {
      prices.put(
          price.group(1), new BigDecimal(price.group(2)).stripTrailingZeros().toPlainString());
    }
    return prices;
  }

  static Map<String, Map<String, String>> parseBundled(String csv) {
    Map<String, Map<String, String>> rows = new HashMap<>();
    String[] header = null;
    for (String line : csv.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split(",", -1);
      if (header == null) {
        header = cells;
        continue;
      }
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], i < cells.length ? cells[i] : "");
      }
      rows.put(cells[0], row);
    }
    return rows;
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 2) {
      System.err.println(
          "usage: java src/test/java/dev/eksdesk/domain/catalog/CatalogGenerator.java"
              + " AMAZON_VPC_CNI_K8S_CLONE KARPENTER_PROVIDER_AWS_CLONE");
      System.exit(2);
    }
    String vpcCni = args[0];
    String karpenter = args[1];
    String eniMaxPods = git(vpcCni, "show", "HEAD:" + ENI_MAX_PODS);
    List<String> typeReferences = karpenterTypeReferences(karpenter);
    List<String> typeTexts = new ArrayList<>();
    for (String path : typeReferences) {
      typeTexts.add(git(karpenter, "show", "HEAD:" + path));
    }
    String csv =
        generate(
            List.of(
                "Generated by src/test/java/dev/eksdesk/domain/catalog/CatalogGenerator.java;"
                    + " sources and columns: instance-types.SOURCE.md",
                version("aws/amazon-vpc-cni-k8s", vpcCni) + ": " + ENI_MAX_PODS + ", " + VPC_LIMITS,
                version("aws/karpenter-provider-aws", karpenter)
                    + ": "
                    + KARPENTER_PRICES
                    + ", "
                    + String.join(", ", typeReferences),
                "An empty vcpus, memoryMiB or architecture is unknown offline;"
                    + " an empty price is not bundled."),
            eniMaxPods,
            git(vpcCni, "show", "HEAD:" + VPC_LIMITS),
            typeTexts,
            git(karpenter, "show", "HEAD:" + KARPENTER_PRICES),
            Files.readString(CSV));
    Files.writeString(CSV, csv);
    Files.writeString(TEST_COPY, eniMaxPods);
    System.err.printf("wrote %s (%d types) and %s%n", CSV, parseBundled(csv).size(), TEST_COPY);
    System.err.println("vCPUs and memory unknown offline: " + unknownSpecs(csv));
  }

  /** The reference's copies: preview first, then releases from the newest. */
  private static List<String> karpenterTypeReferences(String clone)
      throws IOException, InterruptedException {
    List<String> paths = new ArrayList<>();
    for (String path :
        git(clone, "ls-tree", "-r", "--name-only", "HEAD", "website/content/en/").split("\n")) {
      if (KARPENTER_TYPES.matcher(path).matches()) {
        paths.add(path);
      }
    }
    paths.sort(Comparator.comparingLong(CatalogGenerator::recency).reversed());
    return paths;
  }

  private static long recency(String path) {
    Matcher m = KARPENTER_TYPES.matcher(path);
    m.matches();
    return m.group(2) == null
        ? Long.MAX_VALUE
        : Long.parseLong(m.group(2)) * 1_000_000 + Long.parseLong(m.group(3));
  }

  private static TreeSet<String> unknownSpecs(String csv) {
    TreeSet<String> names = new TreeSet<>();
    parseBundled(csv)
        .forEach(
            (name, row) -> {
              if (row.get("vcpus").isEmpty()) {
                names.add(name);
              }
            });
    return names;
  }

  private static String version(String repository, String clone)
      throws IOException, InterruptedException {
    return repository
        + " "
        + git(clone, "rev-parse", "HEAD").trim()
        + " ("
        + git(clone, "describe", "--tags", "--always").trim()
        + ", committed "
        + git(clone, "log", "-1", "--format=%cs").trim()
        + ")";
  }

  private static String git(String clone, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-C", clone));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out;
    try (InputStream in = process.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (process.waitFor() != 0) {
      throw new IOException(String.join(" ", command) + " failed");
    }
    return out;
  }
}
