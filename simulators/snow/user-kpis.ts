import { badRequest } from '../core/http-types.js';
import { USER_ACTIVITY_WINDOW_DAYS } from './catalogue.js';
import type { SnowUserRecord } from './records.js';

/**
 * The users/kpi answer (UsersKPIResponse): today's totals, the same 30 days ago (`*Trend`), and
 * the history between `fromDate` and `toDate` as chart points: one a day for ranges up to 92
 * days, one a month beyond (Snow has no separate history endpoint: the chart arrays are it).
 *
 * Each user contributes intervals of time in which they count as present, active, inactive or
 * without activity; counting the intervals that cover a date is two binary searches, so a
 * year of points over 100,000 users costs microseconds, not a scan per point.
 */

const DAY = 86_400_000;
const WINDOW = USER_ACTIVITY_WINDOW_DAYS * DAY;
const DAILY_POINTS_UP_TO_DAYS = 92;
const MAX_POINTS = 1000;

class IntervalCounter {
  private starts: number[] = [];
  private ends: number[] = [];

  add(start: number, end: number): void {
    if (end <= start) return;
    this.starts.push(start);
    this.ends.push(end);
  }

  seal(): this {
    this.starts.sort((a, b) => a - b);
    this.ends.sort((a, b) => a - b);
    return this;
  }

  /** Intervals [start, end) covering `t`. */
  at(t: number): number {
    return countAtMost(this.starts, t) - countAtMost(this.ends, t);
  }

  /** Intervals that started in (from, to]. */
  startedBetween(from: number, to: number): number {
    return countAtMost(this.starts, to) - countAtMost(this.starts, from);
  }

  /** Intervals that ended in (from, to]. */
  endedBetween(from: number, to: number): number {
    return countAtMost(this.ends, to) - countAtMost(this.ends, from);
  }
}

function countAtMost(sorted: number[], t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface UserKpiIndex {
  present: IntervalCounter;
  active: IntervalCounter;
  inactive: IntervalCounter;
  noActivity: IntervalCounter;
}

/** Indexes the users once; flag edits and seat removals do not change these numbers. */
export function indexUserKpis(users: readonly SnowUserRecord[]): UserKpiIndex {
  const index = {
    present: new IntervalCounter(),
    active: new IntervalCounter(),
    inactive: new IntervalCounter(),
    noActivity: new IntervalCounter(),
  };
  for (const user of users) {
    const created = Date.parse(user.createdDate);
    // `total` is "the total number of discovered users" (UsersKPIResponse): every user the users list
    // holds, each with its activity status. A user disabled at the source (deprovisioned) is still
    // listed, seats and all, so it stays in the estate and in these counts: total = the list's length.
    const removed = Infinity;
    index.present.add(created, removed);
    if (user.lastActive === null) {
      index.noActivity.add(created, removed);
    } else {
      // Active until the activity window after the last use has passed (+1 ms: "within 30 days" includes the 30th).
      const activeUntil = Date.parse(user.lastActive) + WINDOW + 1;
      index.active.add(created, Math.min(activeUntil, removed));
      index.inactive.add(Math.max(created, activeUntil), removed);
    }
  }
  index.present.seal();
  index.active.seal();
  index.inactive.seal();
  index.noActivity.seal();
  return index;
}

function readDate(value: string | null, name: string): number {
  if (value === null || value.trim() === '') throw badRequest(`Query parameter "${name}" is required.`);
  const t = Date.parse(value);
  if (Number.isNaN(t))
    throw badRequest(`Query parameter "${name}" must be an ISO 8601 date-time, got "${value}".`);
  return t;
}

function chartDates(from: number, to: number): number[] {
  const daily = to - from <= DAILY_POINTS_UP_TO_DAYS * DAY;
  const dates: number[] = [];
  for (let step = 0, t = from; t <= to; step++) {
    dates.push(t);
    if (dates.length > MAX_POINTS)
      throw badRequest(`The range from fromDate to toDate is too long: at most ${MAX_POINTS} chart points.`);
    if (daily) t = from + (step + 1) * DAY;
    else {
      const d = new Date(from);
      d.setUTCMonth(d.getUTCMonth() + step + 1);
      t = d.getTime();
    }
  }
  return dates;
}

export function userKpis(index: UserKpiIndex, now: number, fromDate: string | null, toDate: string | null) {
  const from = readDate(fromDate, 'fromDate');
  const to = readDate(toDate, 'toDate');
  if (from > to) throw badRequest('Query parameter "fromDate" must not be after "toDate".');
  // No data exists after "now": the chart stops there.
  const dates = from > now ? [] : chartDates(from, Math.min(to, now));

  const iso = (t: number) => new Date(t).toISOString();
  const totalPoint = (t: number, previous: number) => ({
    date: iso(t),
    total: index.present.at(t),
    added: index.present.startedBetween(previous, t),
    removed: index.present.endedBetween(previous, t),
  });
  const activePoint = (t: number) => ({
    date: iso(t),
    active: index.active.at(t),
    total: index.present.at(t),
  });
  const inactivePoint = (t: number) => ({
    date: iso(t),
    inactive: index.inactive.at(t),
    total: index.present.at(t),
  });
  const noActivityPoint = (t: number) => ({
    date: iso(t),
    noActivity: index.noActivity.at(t),
    total: index.present.at(t),
  });
  const stepBefore = dates.length > 1 ? dates[1] - dates[0] : DAY;
  const monthAgo = now - 30 * DAY;

  return {
    total: index.present.at(now),
    active: index.active.at(now),
    inactive: index.inactive.at(now),
    noActivity: index.noActivity.at(now),
    totalTrend: index.present.at(monthAgo),
    activeTrend: index.active.at(monthAgo),
    inactiveTrend: index.inactive.at(monthAgo),
    noActivityTrend: index.noActivity.at(monthAgo),
    totalChartData: dates.map((t, i) => totalPoint(t, i === 0 ? t - stepBefore : dates[i - 1])),
    activeChartData: dates.map(activePoint),
    inactiveChartData: dates.map(inactivePoint),
    noActivityChartData: dates.map(noActivityPoint),
    currentTotalChartData: [totalPoint(now, now - DAY)],
    currentActiveChartData: [activePoint(now)],
    currentInactiveChartData: [inactivePoint(now)],
    currentNoActivityChartData: [noActivityPoint(now)],
  };
}
