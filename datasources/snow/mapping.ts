import {
  normalizeEmail,
  type AccountStatus,
  type ApplicationModel,
  type DiscoverySourceModel,
  type SaasSubscriptionModel,
  type SnowAccountModel,
  type UserKpiPointModel,
  type UserKpisModel,
} from '../model/index.js';
import type {
  SnowDiscoverySource,
  SnowSubscriptionUser,
  SnowSubscriptionUserConsumption,
  SnowUser,
  SnowUserApplication,
  SnowUserSubscription,
  SnowUsersKpiResponse,
} from './types.js';

/** Pure Snow JSON → internal model mappers. */

/** Snow reports costs in the tenant currency; AdminGraph's tenants (and the simulator) use USD. */
export const SNOW_CURRENCY = 'USD';

/**
 * Snow's `status` (Active / Inactive / No activity) is about usage, not access: access is
 * `isEnabled`, the state of the user in the discovery source. Disabled is SUSPENDED, unless the
 * HR data that subscription-user answers carry (`employmentStatus`) says the person left: then the
 * account was deprovisioned. The users list has no employment status, so its disabled users are
 * SUSPENDED (Snow cannot tell a suspension from an offboarding there).
 */
export function snowAccountStatus(
  user: Pick<SnowUser, 'isEnabled'> & { employmentStatus?: SnowSubscriptionUser['employmentStatus'] },
): AccountStatus {
  if (user.isEnabled) return 'ACTIVE';
  return user.employmentStatus === 'Terminated' ? 'DEPROVISIONED' : 'SUSPENDED';
}

/** A Snow user (from the users list or a subscription's users) as an account. `email` stays as Snow stores it. */
export function toSnowAccount(user: SnowUser | SnowSubscriptionUser): SnowAccountModel {
  return {
    vendor: 'SNOW',
    externalId: user.id,
    email: user.email,
    normalizedEmail: normalizeEmail(user.email),
    status: snowAccountStatus(user),
    vendorStatus: user.status,
    lastActiveAt: user.lastActive ?? null,
    createdAt: user.createdDate ?? null,
    displayName: user.displayName || null,
    department: user.department || null,
    title: null,
    location: user.country || null,
    isEnabled: user.isEnabled,
    isInReview: user.isInReview,
    isOnline: user.isOnline,
    isQualified: user.isQualified,
    licenseCount: user.licenseCount,
    monthlyCost: user.userCostPerMonth ?? null,
    potentialSavings: user.potentialSavings,
    discoveryTypes: [...user.discoveryTypes],
  };
}

/** Who holds a seat: the Snow user ID, and the email when the call that found the seat named it. */
export interface SnowSeatHolder {
  id: string;
  email?: string;
}

/**
 * A seat from `users/{id}/subscriptions`. That answer does not name the holder's email: `userEmail`
 * is the normalized email when the caller knows it, else '' (resolvers then find the holder by
 * `snowUserId` in the identity index).
 */
export function toSaasSubscription(raw: SnowUserSubscription, holder: SnowSeatHolder): SaasSubscriptionModel {
  return {
    externalId: raw.id,
    name: raw.name,
    applicationId: raw.applicationId || null,
    applicationName: raw.applicationName || null,
    softwareVendor: raw.vendor || null,
    userEmail: holder.email === undefined ? '' : normalizeEmail(holder.email),
    snowUserId: holder.id,
    monthlyCost: raw.totalCostPerMonth ?? null,
    currency: SNOW_CURRENCY,
    lastActiveAt: raw.lastActivity ?? null,
    discoverySources: raw.discoverySource ? [raw.discoverySource] : [],
  };
}

/** What a seat read from a subscription's consumption list knows of its subscription (learned from a user's list). */
export type SnowSubscriptionInfo = Pick<
  SnowUserSubscription,
  'id' | 'name' | 'applicationId' | 'applicationName' | 'vendor'
>;

/**
 * A seat from `subscriptions/{id}/users/consumption`. That answer names the holder and the seat's
 * cost and last use, but only the discovery source's numeric type, not its name: `discoverySources`
 * is left empty and `SaasSubscription.discoverySources` reads the names from the holder's list when asked.
 */
export function toSaasSubscriptionFromConsumption(
  subscription: SnowSubscriptionInfo,
  row: SnowSubscriptionUserConsumption,
): SaasSubscriptionModel {
  return {
    externalId: subscription.id,
    name: subscription.name,
    applicationId: subscription.applicationId || null,
    applicationName: subscription.applicationName || null,
    softwareVendor: subscription.vendor || null,
    userEmail: normalizeEmail(row.email),
    snowUserId: row.id,
    monthlyCost: row.userCostPerMonth ?? null,
    currency: SNOW_CURRENCY,
    lastActiveAt: row.lastActive ?? null,
    discoverySources: [],
  };
}

export function toApplication(raw: SnowUserApplication): ApplicationModel {
  return { externalId: raw.id, name: raw.name, softwareVendor: raw.vendor || null, category: null };
}

/** The application a subscription is for (Snow has no category: null). */
export function applicationOfSubscription(subscription: SaasSubscriptionModel): ApplicationModel | null {
  if (!subscription.applicationId) return null;
  return {
    externalId: subscription.applicationId,
    name: subscription.applicationName ?? subscription.name,
    softwareVendor: subscription.softwareVendor,
    category: null,
  };
}

export function toDiscoverySource(raw: SnowDiscoverySource): DiscoverySourceModel {
  return { id: raw.id, name: raw.name, type: raw.type, createdAt: raw.created ?? null };
}

/**
 * Today's counts and the history: Snow sends one chart array per measure, each dated; they are
 * joined by date into one point each (a measure missing on a date counts 0), oldest first.
 */
export function toUserKpis(raw: SnowUsersKpiResponse): UserKpisModel {
  const points = new Map<string, UserKpiPointModel>();
  const at = (date: string) => {
    let point = points.get(date);
    if (!point) {
      point = { date, total: 0, active: 0, inactive: 0, noActivity: 0 };
      points.set(date, point);
    }
    return point;
  };
  for (const p of raw.totalChartData) at(p.date).total = p.total;
  for (const p of raw.activeChartData) at(p.date).active = p.active;
  for (const p of raw.inactiveChartData) at(p.date).inactive = p.inactive;
  for (const p of raw.noActivityChartData) at(p.date).noActivity = p.noActivity;
  return {
    totalUsers: raw.total,
    activeUsers: raw.active,
    inactiveUsers: raw.inactive,
    noActivityUsers: raw.noActivity,
    history: [...points.values()].sort((a, b) => Date.parse(a.date) - Date.parse(b.date)),
  };
}
