import { pathSegment as seg } from '../http/path-segment.js';
import type { VendorClient } from '../http/vendor-client.js';
import { snowPageQuery, type SnowPageRequest } from './pagination.js';
import type {
  SnowDiscoverySourcePage,
  SnowSubscriptionUserConsumptionPage,
  SnowUserApplicationPage,
  SnowUser,
  SnowUserPage,
  SnowUserSubscriptionPage,
  SnowUsersKpiResponse,
} from './types.js';

/** Every consolidated-view path sits below this on `https://{region}.snowsoftware.io` (specs/snow.yaml). */
const BASE = '/api/saas/consolidated-view/v1';

/** Snow's `filter` and `sort` query values (filter.ts builds both). */
export interface SnowListParams {
  filter?: string;
  sort?: string;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Snow answers 400 for an ID that is not a UUID: callers holding such an ID (a forged global ID) skip the call. */
export function isSnowId(id: string): boolean {
  return uuid.test(id);
}

/**
 * One typed method per Snow endpoint the graph reads, each named after its operationId. Lookups of
 * one user's lists pass `allowNotFound`: an unknown user answers `undefined`, not an error.
 */
export class SnowClient {
  constructor(private readonly http: VendorClient) {}

  /** GET users (https://docs.snowsoftware.io/snow-atlas-api/api-reference/saas-users#get-users). */
  listUsers(page: SnowPageRequest, filter?: string, sort?: string): Promise<SnowUserPage> {
    return this.http.request({
      operation: 'getSaasConsolidatedViewV1UsersList',
      path: `${BASE}/users`,
      query: { ...snowPageQuery(page), filter, sort },
    });
  }

  /** GET users/{userId}: one user; undefined on 404. */
  getUser(userId: string): Promise<SnowUser | undefined> {
    return this.http.request({
      operation: 'getSaasConsolidatedViewV1UserId',
      path: `${BASE}/users/${seg(userId)}`,
      allowNotFound: true,
    });
  }

  /** GET users/{userId}/subscriptions: one user's seats, with cost and potential savings. */
  userSubscriptions(
    userId: string,
    page: SnowPageRequest,
    list: SnowListParams = {},
  ): Promise<SnowUserSubscriptionPage | undefined> {
    return this.http.request({
      operation: 'getSaasConsolidatedViewV1UserSubscriptions',
      path: `${BASE}/users/${seg(userId)}/subscriptions`,
      query: { ...snowPageQuery(page), filter: list.filter, sort: list.sort },
      allowNotFound: true,
    });
  }

  /** GET users/{userId}/applications: applications of the user's seats and those seen in use without one. */
  userApplications(
    userId: string,
    page: SnowPageRequest,
    list: SnowListParams = {},
  ): Promise<SnowUserApplicationPage | undefined> {
    return this.http.request({
      operation: 'getUserApplications',
      path: `${BASE}/users/${seg(userId)}/applications`,
      query: { ...snowPageQuery(page), filter: list.filter, sort: list.sort },
      allowNotFound: true,
    });
  }

  /** GET users/{userId}/discovery-sources. */
  userDiscoverySources(
    userId: string,
    page: SnowPageRequest,
    list: SnowListParams = {},
  ): Promise<SnowDiscoverySourcePage | undefined> {
    return this.http.request({
      operation: 'getSaasConsolidatedViewV1UserDiscoverySources',
      path: `${BASE}/users/${seg(userId)}/discovery-sources`,
      query: { ...snowPageQuery(page), filter: list.filter, sort: list.sort },
      allowNotFound: true,
    });
  }

  /**
   * GET subscriptions/{subscriptionId}/users/consumption
   * (https://docs.snowsoftware.io/snow-atlas-api/api-reference/saas-subscriptions): every seat of
   * one subscription with its holder, cost and last use.
   */
  subscriptionConsumption(
    subscriptionId: string,
    page: SnowPageRequest,
  ): Promise<SnowSubscriptionUserConsumptionPage | undefined> {
    return this.http.request({
      operation: 'getSaasConsolidatedViewV1SubscriptionUsersConsumption',
      path: `${BASE}/subscriptions/${seg(subscriptionId)}/users/consumption`,
      query: snowPageQuery(page),
      allowNotFound: true,
    });
  }

  /** GET users/kpi: today's totals and their history between the dates (chart arrays). */
  userKpis(fromDate: string, toDate: string): Promise<SnowUsersKpiResponse> {
    return this.http.request({
      operation: 'getUserKpis',
      path: `${BASE}/users/kpi`,
      query: { fromDate, toDate },
    });
  }
}
