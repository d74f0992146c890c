package dev.eksdesk.ui.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.ui.fx.UiExecutors;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClustersViewModelTest {
  private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
  private static final ClusterSource DEV = new ClusterSource("dev", "eu-west-1", "");
  private static final ClusterSource GONE = new ClusterSource("gone", "us-east-1", "");

  private final FakeDirectory directory = new FakeDirectory();
  private final RecordingActions actions = new RecordingActions();
  private final List<Runnable> background = new ArrayList<>();
  private final ClustersViewModel model =
      new ClustersViewModel(
          directory,
          actions,
          new UiExecutors(background::add, Runnable::run),
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void anAccountThatCannotBeReadShowsWhyOnItsRowAndTheOthersStillLoad() {
    directory.remembered = new ClusterDirectory.Remembered(List.of(GONE, DEV), null);
    model.start();
    runBackground();

    assertThat(model.rows())
        .extracting(ClusterRow::name, ClusterRow::problem)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("demo", ""),
            org.assertj.core.groups.Tuple.tuple("shop", ""),
            org.assertj.core.groups.Tuple.tuple("", "The security token included is invalid."));
    assertThat(model.loadedProperty().get()).isTrue();
  }

  @Test
  void theFilterMatchesNameAccountRegionAndStatus() {
    model.start();
    model.addSource("dev", "eu-west-1", "");
    runBackground();

    model.filterProperty().set("111122223333");
    assertThat(model.visibleRows()).extracting(ClusterRow::name).containsExactly("shop");
    model.filterProperty().set("SANDBOX");
    assertThat(model.visibleRows()).extracting(ClusterRow::name).containsExactly("demo");
    model.filterProperty().set("");
    assertThat(model.visibleRows()).hasSize(2);
  }

  @Test
  void anAccountNeedsAProfileAndARegion() {
    assertThat(model.addSource("dev", " ", ""))
        .contains("Give an AWS profile and a region, such as default and eu-west-1.");
    assertThat(model.sources()).isEmpty();
  }

  @Test
  void theChoiceIsShownAndRememberedAndComesBackOnTheNextStart() {
    model.start();
    model.addSource("dev", "eu-west-1", "");
    runBackground();
    ClusterRow shop = named("shop");

    model.choose(shop);
    runBackground();

    assertThat(actions.shown).containsExactly(shop.chosen());
    assertThat(directory.remembered.chosen()).isEqualTo(shop.chosen());
    assertThat(directory.remembered.sources()).containsExactly(DEV);

    RecordingActions next = new RecordingActions();
    ClustersViewModel restarted =
        new ClustersViewModel(
            directory, next, new UiExecutors(Runnable::run, Runnable::run), Clock.systemUTC());
    restarted.start();
    assertThat(restarted.chosenProperty().get()).isEqualTo(shop.chosen());
    assertThat(next.shown).containsExactly(shop.chosen());
  }

  @Test
  void editAndDestroyAreRefusedForAClusterEksdeskDidNotBuild() {
    model.start();
    model.addSource("dev", "eu-west-1", "");
    runBackground();

    assertThat(model.destroy(named("shop"), "shop")).isFalse();
    model.edit(named("shop"));
    assertThat(actions.edited).isEmpty();
    assertThat(actions.destroyed).isEmpty();

    assertThat(model.destroy(named("demo"), "dem")).isFalse();
    assertThat(model.destroy(named("demo"), " demo ")).isTrue();
    model.edit(named("demo"));
    assertThat(actions.destroyed).extracting(ClusterRow::name).containsExactly("demo");
    assertThat(actions.edited).extracting(ClusterRow::name).containsExactly("demo");
  }

  @Test
  void theLastRunSaysItsOutcomeAndAgeOnTheWallClock() {
    model.start();
    runBackground();

    assertThat(model.lastRun(named("demo"))).isEqualTo("done · 4 min 0 s ago");
    assertThat(ClustersViewModel.monthlyCost(named("demo"))).isEqualTo("$1,234.50");
  }

  @Test
  void aRefreshAskedWhileAnAccountIsBeingReadReadsItAgainAfter() {
    model.start();
    background.remove(0).run(); // the remembered accounts: the Sandbox's read is now queued
    model.refresh(); // e.g. after Unlock, while that read may already hold the old state
    runBackground();

    assertThat(directory.listed).containsExactly(ClusterSource.sandbox(), ClusterSource.sandbox());
  }

  @Test
  void unlockNeedsAHeldLockAndTheExactNameThenSaysWhatItCleared() {
    ClusterRow locked =
        new ClusterRow(
            DEV,
            "team",
            "111122223333",
            "eu-west-1",
            "1.30",
            "active",
            true,
            2,
            null,
            "done",
            NOW,
            "state: s3://b/p, locked by arn:aws:iam::1:user/a on h since 2026-12-04T11:00:00Z"
                + " (apply), stale",
            StateLock.STALE,
            "",
            "");
    assertThat(locked.lockStale()).isTrue();
    model.start();
    runBackground();

    assertThat(model.unlock(named("demo"), "demo")).as("no lock held").isFalse();
    assertThat(model.unlock(locked, "tea")).isFalse();
    assertThat(directory.unlocked).isEmpty();
    assertThat(model.unlock(locked, " team ")).isTrue();
    runBackground();

    assertThat(directory.unlocked).containsExactly("team");
    assertThat(model.unlockedProperty().get()).isEqualTo("unlocked team (it was locked by …)");
  }

  private ClusterRow named(String name) {
    return model.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }

  private void runBackground() {
    while (!background.isEmpty()) {
      background.remove(0).run();
    }
  }

  private static final class FakeDirectory implements ClusterDirectory {
    ClusterDirectory.Remembered remembered = new ClusterDirectory.Remembered(List.of(), null);
    final List<ClusterSource> listed = new ArrayList<>();
    final List<String> unlocked = new ArrayList<>();
    private final Map<ClusterSource, ClusterRow> clusters =
        Map.of(
            ClusterSource.sandbox(),
            new ClusterRow(
                ClusterSource.sandbox(),
                "demo",
                "sandbox",
                "eu-west-1",
                "1.31",
                "active",
                true,
                2,
                1234.5,
                "done",
                NOW.minusSeconds(240),
                "state: local",
                StateLock.NONE,
                "",
                ""),
            DEV,
            new ClusterRow(
                DEV,
                "shop",
                "111122223333",
                "eu-west-1",
                "1.30",
                "active",
                false,
                3,
                null,
                "",
                null,
                "",
                StateLock.NONE,
                "Eksdesk did not build this cluster.",
                ""));

    @Override
    public List<ClusterRow> list(ClusterSource source) throws ClusterListException {
      listed.add(source);
      if (source.equals(GONE)) {
        throw new ClusterListException("The security token included is invalid.");
      }
      return List.of(clusters.get(source));
    }

    @Override
    public String unlock(ClusterRow cluster) {
      unlocked.add(cluster.name());
      return "unlocked " + cluster.name() + " (it was locked by …)";
    }

    @Override
    public Remembered load() {
      return remembered;
    }

    @Override
    public void save(Remembered remembered) {
      this.remembered = remembered;
    }
  }

  private static final class RecordingActions implements ClusterActions {
    final List<ChosenCluster> shown = new ArrayList<>();
    final List<ClusterRow> edited = new ArrayList<>();
    final List<ClusterRow> destroyed = new ArrayList<>();

    @Override
    public void show(ChosenCluster cluster) {
      shown.add(cluster);
    }

    @Override
    public void edit(ClusterRow cluster) {
      edited.add(cluster);
    }

    @Override
    public void destroy(ClusterRow cluster) {
      destroyed.add(cluster);
    }
  }
}
