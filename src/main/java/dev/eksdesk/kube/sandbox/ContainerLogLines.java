package dev.eksdesk.kube.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * What a sandbox container writes to its log: a start-up banner, then a line every few seconds in
 * the voice of the workload (CoreDNS queries, ipamd pool stats, kube-proxy syncs, nginx access
 * lines for anything else). Nothing is stored: line {@code k} is a function of the pod, the
 * container, its start and {@code k}, so every read of the same span gives the same lines.
 */
final class ContainerLogLines {
  /** A line and when it was written. */
  record Line(Instant at, String text) {}

  private static final DateTimeFormatter KLOG =
      DateTimeFormatter.ofPattern("MMdd HH:mm:ss.SSSSSS", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter NGINX =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter CALICO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneOffset.UTC);

  /**
   * @param klog whether the banner is written through klog (kube-proxy, metrics-server), which
   *     prefixes each line with its level and time
   */
  private record Voice(
      Duration period,
      List<String> banner,
      boolean klog,
      BiFunction<Instant, SplittableRandom, String> line) {
    Voice(
        Duration period, List<String> banner, BiFunction<Instant, SplittableRandom, String> line) {
      this(period, banner, false, line);
    }
  }

  private final Voice voice;
  private final long seed;
  private final Instant started;

  ContainerLogLines(String pod, String container, Instant started) {
    this.voice = voiceOf(container);
    this.seed = (pod + "/" + container).hashCode();
    this.started = started;
  }

  /**
   * The lines written after {@code after} (exclusive) up to {@code until}, at most {@code most}.
   */
  List<Line> between(Instant after, Instant until, int most) {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < voice.banner().size(); i++) {
      Instant at = started.plusMillis(5L * i);
      if (at.isAfter(after) && !at.isAfter(until)) {
        String text = voice.banner().get(i);
        lines.add(new Line(at, voice.klog() ? klog(at, text) : text));
      }
    }
    long periodNanos = voice.period().toNanos();
    long last = Duration.between(started, until).toNanos() / periodNanos;
    long first =
        Math.max(
            1, Math.max(Duration.between(started, after).toNanos() / periodNanos, last - most - 1));
    for (long k = first; k <= last; k++) {
      SplittableRandom random = new SplittableRandom(seed * 31 + k);
      Instant at = started.plusNanos(k * periodNanos + random.nextLong(periodNanos / 2));
      if (at.isAfter(after) && !at.isAfter(until)) {
        lines.add(new Line(at, voice.line().apply(at, random)));
      }
    }
    return lines.size() > most ? lines.subList(lines.size() - most, lines.size()) : lines;
  }

  private static Voice voiceOf(String container) {
    if (container.contains("coredns")) {
      return new Voice(
          Duration.ofSeconds(3),
          List.of(
              ".:53",
              "[INFO] plugin/reload: Running configuration SHA512 = 8a7d59126e7f114ab49c6d2613be93d8",
              "CoreDNS-1.11.4",
              "linux/amd64, go1.23.4, 6e11ebd"),
          (at, r) ->
              String.format(
                  Locale.ROOT,
                  "[INFO] 10.0.%d.%d:%d - %d \"%s IN %s. udp %d false 512\" NOERROR qr,aa,rd %d"
                      + " 0.000%03ds",
                  32 + r.nextInt(16),
                  2 + r.nextInt(250),
                  30000 + r.nextInt(30000),
                  r.nextInt(65536),
                  r.nextBoolean() ? "A" : "AAAA",
                  pick(
                      r,
                      "kubernetes.default.svc.cluster.local",
                      "metrics-server.kube-system.svc.cluster.local",
                      "sts.eu-central-1.amazonaws.com",
                      "web.default.svc.cluster.local"),
                  50 + r.nextInt(40),
                  100 + r.nextInt(80),
                  50 + r.nextInt(900)));
    }
    if (container.contains("aws-node")) {
      return new Voice(
          Duration.ofSeconds(5),
          List.of(
              "Installed /host/opt/cni/bin/aws-cni",
              "Installed /host/opt/cni/bin/egress-cni",
              "Using default value for ENABLE_PREFIX_DELEGATION",
              "Checking for IPAM connectivity ... ",
              "Successfully copied CNI plugin binary and config file."),
          (at, r) ->
              "{\"level\":\"info\",\"ts\":\""
                  + at
                  + "\",\"caller\":\"ipamd/ipamd.go:"
                  + (r.nextBoolean()
                      ? "1493\",\"msg\":\"IP pool stats: Total IPs/Prefixes = 2/0, AssignedIPs/CookieIPs"
                          + " = "
                          + r.nextInt(3)
                          + "/0, c.maxIPsPerENI = 2\"}"
                      : "653\",\"msg\":\"Reconciling ENI/IP pool info because time since last 1m0s"
                          + " > 1m0s\"}"));
    }
    if (container.contains("kube-proxy")) {
      return new Voice(
          Duration.ofSeconds(7),
          List.of(
              "server_linux.go:66] \"Using iptables proxy\"",
              "server.go:677] \"Successfully retrieved node IP(s)\""),
          true,
          (at, r) ->
              klog(
                  at,
                  r.nextBoolean()
                      ? "proxier.go:805] \"Syncing iptables rules\""
                      : "proxier.go:1494] \"Reloading service iptables data\" numServices="
                          + (4 + r.nextInt(3))
                          + " numEndpoints="
                          + (5 + r.nextInt(4))));
    }
    if (container.contains("metrics-server")) {
      return new Voice(
          Duration.ofSeconds(15),
          List.of(
              "serving.go:374] Generated self-signed cert (/tmp/apiserver.crt, /tmp/apiserver.key)",
              "secure_serving.go:213] Serving securely on [::]:10250"),
          true,
          (at, r) ->
              klog(
                  at,
                  "scraper.go:149] \"Scraping metrics from nodes\" nodeCount="
                      + (1 + r.nextInt(3))));
    }
    if (container.contains("calico")) {
      return new Voice(
          Duration.ofSeconds(6),
          List.of("Calico node started successfully"),
          (at, r) ->
              CALICO.format(at)
                  + " [INFO][72] felix/summary.go 100: Summarising "
                  + (8 + r.nextInt(8))
                  + " dataplane reconciliation loops over 1m0s: avg="
                  + (2 + r.nextInt(5))
                  + "ms longest="
                  + (6 + r.nextInt(10))
                  + "ms ()");
    }
    return new Voice(
        Duration.ofSeconds(2),
        List.of(
            "/docker-entrypoint.sh: Configuration complete; ready for start up",
            "nginx/1.27.3: start worker processes"),
        (at, r) ->
            String.format(
                Locale.ROOT,
                "10.0.%d.%d - - [%s] \"GET %s HTTP/1.1\" %d %d \"-\" \"%s\"",
                32 + r.nextInt(16),
                2 + r.nextInt(250),
                NGINX.format(at),
                pick(r, "/", "/healthz", "/api/orders", "/static/app.js"),
                r.nextInt(20) == 0 ? 404 : 200,
                200 + r.nextInt(4000),
                pick(r, "kube-probe/1.31", "curl/8.5.0", "Mozilla/5.0")));
  }

  private static String klog(Instant at, String message) {
    return "I" + KLOG.format(at) + "       1 " + message;
  }

  private static String pick(SplittableRandom random, String... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
