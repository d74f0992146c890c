package dev.eksdesk.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Pod;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Logs of the sandbox's pods through the gateway: read, followed, refused, stopped. */
class PodLogsTest {
  private SandboxWithWeb sandbox;
  private KubeGateway gateway;
  private Pod web;

  @BeforeEach
  void start() {
    sandbox = new SandboxWithWeb(1);
    gateway = Fabric8Gateway.connect(sandbox.kube.endpoint());
    web = sandbox.pods("app", "web").get(0);
  }

  @AfterEach
  void stop() {
    gateway.close();
    sandbox.close();
  }

  @Test
  void theTailOfALogIsItsLastLines() {
    Pod coredns = sandbox.pods("k8s-app", "kube-dns").get(0);

    String log =
        gateway.logs().read(LogRequest.tail("kube-system", coredns.getMetadata().getName(), 3));

    assertThat(log.lines().toList()).hasSize(3).last().asString().isNotBlank();
    assertThat(
            gateway
                .logs()
                .read(LogRequest.tail("kube-system", coredns.getMetadata().getName(), 50)))
        .contains("CoreDNS-1.11.4");
  }

  @Test
  void aFollowGivesLinesAsTheyAreWrittenAndNoneOnceClosed() throws Exception {
    List<String> lines = new CopyOnWriteArrayList<>();
    AtomicReference<String> ended = new AtomicReference<>();
    LogFollow follow =
        gateway.logs().follow(LogRequest.tail("default", name(web), 1), lines::addAll, ended::set);

    // nginx writes a line every 2 s or so: a third line comes from a stream opened after the first
    Eventually.within(Duration.ofSeconds(20), () -> assertThat(lines).hasSizeGreaterThan(3));
    follow.close();
    follow.stopped().toCompletableFuture().get(10, TimeUnit.SECONDS);
    int atClose = lines.size();
    LockSupport.parkNanos(Duration.ofSeconds(3).toNanos());

    assertThat(lines).hasSize(atClose).doesNotHaveDuplicates();
    assertThat(lines).noneMatch(l -> l.matches("^\\d{4}-\\d\\d-\\d\\dT.*")); // timestamps stripped
    assertThat(ended.get()).isNull();
  }

  @Test
  void aFollowEndsSayingSoWhenThePodGoes() {
    AtomicReference<String> ended = new AtomicReference<>();
    LogFollow follow =
        gateway.logs().follow(LogRequest.tail("default", name(web), 5), l -> {}, ended::set);

    gateway.actions().deletePod("default", name(web));

    Eventually.within(
        Duration.ofSeconds(10), () -> assertThat(ended.get()).contains("not running"));
    assertThat(follow.stopped().toCompletableFuture()).isDone();
  }

  @Test
  void thePreviousContainerOfAPodThatNeverRestartedIsRefusedInTheServersWords() {
    LogRequest previous = new LogRequest("default", name(web), "web", true, null, null);

    assertThatThrownBy(() -> gateway.logs().read(previous))
        .hasMessageContaining("previous terminated container \"web\"")
        .hasMessageContaining("not found");
    AtomicReference<String> ended = new AtomicReference<>();
    gateway.logs().follow(previous, l -> {}, ended::set);
    Eventually.within(
        Duration.ofSeconds(10),
        () -> assertThat(ended.get()).contains("previous terminated container"));
  }

  @Test
  void anUnknownContainerIsRefused() {
    assertThatThrownBy(
            () ->
                gateway
                    .logs()
                    .read(new LogRequest("default", name(web), "sidecar", false, null, 10)))
        .hasMessageContaining("container sidecar is not valid for pod " + name(web));
    assertThat(gateway.logs().containers("default", name(web))).containsExactly("web");
  }

  @Test
  void sinceKeepsOnlyTheRecentPast() {
    LockSupport.parkNanos(Duration.ofSeconds(3).toNanos());
    String all = gateway.logs().read(new LogRequest("default", name(web), null, false, null, null));
    String recent =
        gateway
            .logs()
            .read(new LogRequest("default", name(web), null, false, Duration.ofSeconds(1), null));

    assertThat(all).contains("start worker processes");
    assertThat(recent).doesNotContain("start worker processes");
  }

  private static String name(Pod pod) {
    return pod.getMetadata().getName();
  }
}
