package dev.eksdesk.cloud;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Keeps the last Cost Explorer report for at least an hour, since each read is billed and the data
 * changes a few times a day. Dashboard refreshes call {@link #get()}; only the user's explicit
 * {@link #readNow()} goes to Cost Explorer within the hour. Thread-safe.
 */
public final class CostReportCache {
  public static final Duration TIME_TO_LIVE = Duration.ofHours(1);

  /** A second click (or a second panel) within this time gets the report just read. */
  static final Duration DOUBLE_CLICK_GUARD = Duration.ofMinutes(1);

  /** A month so far and the month before's tail: the daily chart's 30 days. */
  public static final int DAYS = 30;

  private final CostReportSource source;
  private final InstantSource clock;
  private CostReport cached;
  private Instant readAt;

  public CostReportCache(CostReportSource source, InstantSource clock) {
    this.source = source;
    this.clock = clock;
  }

  /** The cached report while it is younger than an hour, else a fresh read. */
  public synchronized CostReport get() {
    return fresh(TIME_TO_LIVE).orElseGet(this::read);
  }

  /** A fresh read (the manual refresh), unless one was made in the last minute. */
  public synchronized CostReport readNow() {
    return fresh(DOUBLE_CLICK_GUARD).orElseGet(this::read);
  }

  /** Drops the report: it was read for another account than the one in use now. */
  public synchronized void forget() {
    cached = null;
    readAt = null;
  }

  public synchronized Optional<CostReport> cached() {
    return Optional.ofNullable(cached);
  }

  private Optional<CostReport> fresh(Duration maxAge) {
    Instant now = clock.instant();
    return cached != null && readAt.plus(maxAge).isAfter(now)
        ? Optional.of(cached)
        : Optional.empty();
  }

  /** Cost Explorer's days are UTC days. */
  private CostReport read() {
    readAt = clock.instant();
    cached = source.read(LocalDate.ofInstant(readAt, ZoneOffset.UTC), DAYS);
    return cached;
  }
}
