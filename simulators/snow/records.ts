import type { BillingPeriod, CatalogueDiscoverySource } from './catalogue.js';

/** In-memory records the Snow simulator serves views of. API shapes are built from these in `views.ts`. */

export interface SnowVendorRecord {
  id: string;
  name: string;
}

export interface SnowApplicationRecord {
  id: string;
  name: string;
  vendor: SnowVendorRecord;
}

/** One subscription (a paid plan of one application); users hold seats of it. */
export interface SnowSubscriptionRecord {
  id: string;
  name: string;
  application: SnowApplicationRecord;
  monthlyCostPerUser: number;
  billingPeriod: BillingPeriod;
  activityThresholdDays: number;
  /** Seats, in the users' default order. */
  seats: SnowSeatRecord[];
}

export interface SnowDiscoverySourceRecord extends CatalogueDiscoverySource {
  id: string;
  created: string;
  createdAt: number;
}

/** One user's seat in one subscription. */
export interface SnowSeatRecord {
  user: SnowUserRecord;
  subscription: SnowSubscriptionRecord;
  source: SnowDiscoverySourceRecord;
  /** Epoch milliseconds (kept numeric: 400,000 seats at 100,000 people). */
  firstDiscoveredAt: number;
  /** Epoch milliseconds of the last use; null when the seat was never used. */
  lastActivityAt: number | null;
  /** Days with use in the last 30 (Snow's `envelopeusage`). */
  usageDays: number;
  roles: readonly string[];
}

/** An application seen in use without a subscription (browser extension only). */
export interface SnowUnsanctionedUse {
  application: SnowApplicationRecord;
  source: SnowDiscoverySourceRecord;
  lastActiveAt: number;
}

export interface SnowUserRecord {
  id: string;
  /** As Snow stores it: sometimes odd case or padded with spaces. */
  email: string;
  username: string;
  displayName: string;
  department: string;
  country: string;
  createdDate: string;
  lastActive: string | null;
  isEnabled: boolean;
  employmentStatus: string;
  isInReview: boolean;
  isOnline: boolean;
  isQualified: boolean;
  seats: SnowSeatRecord[];
  unsanctioned: readonly SnowUnsanctionedUse[];
}
