import type {
  SnowApplicationRecord,
  SnowDiscoverySourceRecord,
  SnowSeatRecord,
  SnowUserRecord,
} from './records.js';
import type { FieldTable } from './query-language.js';
import {
  activityStatus,
  isSeatReclaimable,
  seatSavings,
  userCostPerMonth,
  userDiscoveryTypes,
  userActivityStatus,
  userPotentialSavings,
} from './user-metrics.js';

/**
 * Snow's JSON shapes (specs/snow.yaml components) built from the records, and the fields each
 * list can be filtered and sorted by (the same names the items carry).
 */

export interface SnowUser {
  id: string;
  email: string;
  username: string;
  displayName: string;
  department: string;
  country: string;
  createdDate: string;
  lastActive: string | null;
  status: string;
  isEnabled: boolean;
  isInReview: boolean;
  isOnline: boolean;
  isQualified: boolean;
  licenseCount: number;
  userCostPerMonth: number;
  potentialSavings: number;
  discoveryTypes: number[];
}

export interface SnowSubscriptionUser extends SnowUser {
  employmentStatus: string;
}

/** An application a user was seen using, with or without a subscription. */
export interface SnowUserApplicationRow {
  application: SnowApplicationRecord;
  discoveryTypes: number[];
  lastActiveAt: number | null;
}

const isoOrNull = <T extends number | null>(ms: T): T extends number ? string : string | null =>
  (ms === null ? null : new Date(ms).toISOString()) as T extends number ? string : string | null;

const DAY = 86_400_000;

export function createSnowViews(now: number) {
  const toUser = (user: SnowUserRecord): SnowUser => ({
    id: user.id,
    email: user.email,
    username: user.username,
    displayName: user.displayName,
    department: user.department,
    country: user.country,
    createdDate: user.createdDate,
    lastActive: user.lastActive,
    status: userActivityStatus(user, now),
    isEnabled: user.isEnabled,
    isInReview: user.isInReview,
    isOnline: user.isOnline,
    isQualified: user.isQualified,
    licenseCount: user.seats.length,
    userCostPerMonth: userCostPerMonth(user),
    potentialSavings: userPotentialSavings(user, now),
    discoveryTypes: userDiscoveryTypes(user),
  });

  const toSubscriptionUser = (user: SnowUserRecord): SnowSubscriptionUser => ({
    ...toUser(user),
    employmentStatus: user.employmentStatus,
  });

  const toUserSubscription = (seat: SnowSeatRecord) => ({
    id: seat.subscription.id,
    name: seat.subscription.name,
    applicationId: seat.subscription.application.id,
    applicationName: seat.subscription.application.name,
    vendorId: seat.subscription.application.vendor.id,
    vendor: seat.subscription.application.vendor.name,
    discoverySource: seat.source.displayName,
    discoveryType: seat.source.type,
    firstDiscovered: isoOrNull(seat.firstDiscoveredAt),
    lastActivity: isoOrNull(seat.lastActivityAt),
    totalCostPerMonth: seat.subscription.monthlyCostPerUser,
    potentialSavings: seatSavings(seat, now),
  });

  const toUserApplication = (row: SnowUserApplicationRow) => ({
    id: row.application.id,
    name: row.application.name,
    vendorId: row.application.vendor.id,
    vendor: row.application.vendor.name,
    discoveryTypes: row.discoveryTypes,
    lastActive: isoOrNull(row.lastActiveAt),
  });

  const toDiscoverySource = (source: SnowDiscoverySourceRecord) => ({
    id: source.id,
    name: source.name,
    type: source.type,
    created: source.created,
  });

  const daysSince = (ms: number | null) => (ms === null ? 0 : Math.max(0, Math.floor((now - ms) / DAY)));

  const toConsumption = (seat: SnowSeatRecord) => ({
    id: seat.user.id,
    email: seat.user.email,
    username: seat.user.username,
    displayName: seat.user.displayName,
    department: seat.user.department,
    country: seat.user.country,
    createdDate: seat.user.createdDate.slice(0, 10),
    discoveryTypes: [seat.source.type],
    isEnabled: seat.user.isEnabled,
    isInReview: seat.user.isInReview,
    isMonitored: true,
    isOnline: seat.user.isOnline,
    isQualified: seat.user.isQualified,
    lastActive: isoOrNull(seat.lastActivityAt),
    lastActiveValueInInt: daysSince(seat.lastActivityAt),
    lastActiveValueType: seat.lastActivityAt === null ? LAST_ACTIVE_NEVER : LAST_ACTIVE_IN_DAYS,
    activityThreshold: seat.subscription.activityThresholdDays,
    licenseCount: seat.user.seats.length,
    manuallyAssigned: seat.source.type === 1,
    roles: [...seat.roles],
    status: seatStatus(seat),
    userCostPerMonth: seat.subscription.monthlyCostPerUser,
    potentialSavings: seatSavings(seat, now),
    envelopeusage: seat.usageDays,
  });

  const toInsightDetail = (seat: SnowSeatRecord) => ({
    subscriptionId: seat.subscription.id,
    subscriptionName: seat.subscription.name,
    applicationId: seat.subscription.application.id,
    applicationName: seat.subscription.application.name,
    lastActive: isoOrNull(seat.lastActivityAt),
  });

  const seatStatus = (seat: SnowSeatRecord) =>
    activityStatus(seat.lastActivityAt, now, seat.subscription.activityThresholdDays);

  const userFields: FieldTable<SnowUserRecord> = {
    id: { type: 'string', get: (u) => u.id },
    email: { type: 'string', get: (u) => u.email, trim: true },
    username: { type: 'string', get: (u) => u.username, trim: true },
    displayName: { type: 'string', get: (u) => u.displayName },
    department: { type: 'string', get: (u) => u.department },
    country: { type: 'string', get: (u) => u.country },
    status: { type: 'string', get: (u) => userActivityStatus(u, now) },
    createdDate: { type: 'datetime', get: (u) => u.createdDate },
    lastActive: { type: 'datetime', get: (u) => u.lastActive },
    isEnabled: { type: 'boolean', get: (u) => u.isEnabled },
    isInReview: { type: 'boolean', get: (u) => u.isInReview },
    isOnline: { type: 'boolean', get: (u) => u.isOnline },
    isQualified: { type: 'boolean', get: (u) => u.isQualified },
    licenseCount: { type: 'number', get: (u) => u.seats.length },
    userCostPerMonth: { type: 'number', get: (u) => userCostPerMonth(u) },
    potentialSavings: { type: 'number', get: (u) => userPotentialSavings(u, now) },
    discoveryTypes: { type: 'number-list', get: (u) => userDiscoveryTypes(u) },
  };

  const subscriptionUserFields: FieldTable<SnowUserRecord> = {
    ...userFields,
    employmentStatus: { type: 'string', get: (u) => u.employmentStatus },
  };

  /** Insight rows are seats; their filterable fields are the holder's. */
  const insightUserFields: FieldTable<SnowSeatRecord> = Object.fromEntries(
    Object.entries(subscriptionUserFields).map(([name, field]) => [
      name,
      { ...field, get: (seat: SnowSeatRecord) => field.get(seat.user) },
    ]),
  );

  const userSubscriptionFields: FieldTable<SnowSeatRecord> = {
    id: { type: 'string', get: (s) => s.subscription.id },
    name: { type: 'string', get: (s) => s.subscription.name },
    applicationId: { type: 'string', get: (s) => s.subscription.application.id },
    applicationName: { type: 'string', get: (s) => s.subscription.application.name },
    vendorId: { type: 'string', get: (s) => s.subscription.application.vendor.id },
    vendor: { type: 'string', get: (s) => s.subscription.application.vendor.name },
    discoverySource: { type: 'string', get: (s) => s.source.displayName },
    discoveryType: { type: 'number', get: (s) => s.source.type },
    firstDiscovered: { type: 'datetime', get: (s) => s.firstDiscoveredAt },
    lastActivity: { type: 'datetime', get: (s) => s.lastActivityAt },
    totalCostPerMonth: { type: 'number', get: (s) => s.subscription.monthlyCostPerUser },
    potentialSavings: { type: 'number', get: (s) => seatSavings(s, now) },
  };

  const userApplicationFields: FieldTable<SnowUserApplicationRow> = {
    id: { type: 'string', get: (r) => r.application.id },
    name: { type: 'string', get: (r) => r.application.name },
    vendorId: { type: 'string', get: (r) => r.application.vendor.id },
    vendor: { type: 'string', get: (r) => r.application.vendor.name },
    discoveryTypes: { type: 'number-list', get: (r) => r.discoveryTypes },
    lastActive: { type: 'datetime', get: (r) => r.lastActiveAt },
  };

  const discoverySourceFields: FieldTable<SnowDiscoverySourceRecord> = {
    id: { type: 'string', get: (s) => s.id },
    name: { type: 'string', get: (s) => s.name },
    type: { type: 'number', get: (s) => s.type },
    created: { type: 'datetime', get: (s) => s.created },
  };

  const consumptionFields: FieldTable<SnowSeatRecord> = {
    id: { type: 'string', get: (s) => s.user.id },
    email: { type: 'string', get: (s) => s.user.email, trim: true },
    username: { type: 'string', get: (s) => s.user.username, trim: true },
    displayName: { type: 'string', get: (s) => s.user.displayName },
    department: { type: 'string', get: (s) => s.user.department },
    country: { type: 'string', get: (s) => s.user.country },
    status: { type: 'string', get: (s) => seatStatus(s) },
    createdDate: { type: 'datetime', get: (s) => s.user.createdDate },
    lastActive: { type: 'datetime', get: (s) => s.lastActivityAt },
    lastActiveValueInInt: { type: 'number', get: (s) => daysSince(s.lastActivityAt) },
    activityThreshold: { type: 'number', get: (s) => s.subscription.activityThresholdDays },
    isEnabled: { type: 'boolean', get: (s) => s.user.isEnabled },
    isInReview: { type: 'boolean', get: (s) => s.user.isInReview },
    isOnline: { type: 'boolean', get: (s) => s.user.isOnline },
    isQualified: { type: 'boolean', get: (s) => s.user.isQualified },
    manuallyAssigned: { type: 'boolean', get: (s) => s.source.type === 1 },
    licenseCount: { type: 'number', get: (s) => s.user.seats.length },
    userCostPerMonth: { type: 'number', get: (s) => s.subscription.monthlyCostPerUser },
    potentialSavings: { type: 'number', get: (s) => seatSavings(s, now) },
    envelopeusage: { type: 'number', get: (s) => s.usageDays },
    roles: { type: 'string-list', get: (s) => s.roles },
    discoveryTypes: { type: 'number-list', get: (s) => [s.source.type] },
  };

  return {
    toUser,
    toSubscriptionUser,
    toUserSubscription,
    toUserApplication,
    toDiscoverySource,
    toConsumption,
    toInsightDetail,
    isSeatReclaimable: (seat: SnowSeatRecord) => isSeatReclaimable(seat, now),
    seatStatus,
    userFields,
    subscriptionUserFields,
    insightUserFields,
    userSubscriptionFields,
    userApplicationFields,
    discoverySourceFields,
    consumptionFields,
  };
}

export type SnowViews = ReturnType<typeof createSnowViews>;

/** `lastActiveValueType` codes we serve (the vendor doc gives only the example 5 and no code list). */
export const LAST_ACTIVE_NEVER = 0;
export const LAST_ACTIVE_IN_DAYS = 3;
