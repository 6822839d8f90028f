import { badRequest } from '../../core/http-types.js';
import type { Router } from '../../core/router.js';
import { snowPage } from '../pagination.js';
import type { SnowSeatRecord } from '../records.js';
import type { SnowState } from '../state.js';
import type { SnowViews } from '../views.js';
import { SNOW_BASE_PATH } from './base-path.js';

/**
 * "SaaS: Subscriptions" API, the operations the graph needs (vendor doc v1.1.1):
 * https://docs.snowsoftware.io/snow-atlas-api/api-reference/saas-subscriptions
 */
export function addSubscriptionRoutes(router: Router, state: SnowState, views: SnowViews): void {
  const subscription = `${SNOW_BASE_PATH}/subscriptions/{subscriptionId}`;

  // The vendor documents no filter or sort here: only pages.
  router.get(`${subscription}/users`, 'getSubscriptionUsers', (req) => {
    const seats = state.subscription(req.params.subscriptionId).seats;
    return { body: snowPage(req, seats, (seat: SnowSeatRecord) => views.toSubscriptionUser(seat.user)) };
  });

  router.get(
    `${subscription}/users/consumption`,
    'getSaasConsolidatedViewV1SubscriptionUsersConsumption',
    (req) => {
      const seats = state.subscription(req.params.subscriptionId).seats;
      return { body: snowPage(req, seats, views.toConsumption, { fields: views.consumptionFields }) };
    },
  );

  router.get(
    `${subscription}/insights/{insightRuleId}/users`,
    'getSaasConsolidatedViewV1ApplicationsIdInsightsInsightruleidUsers',
    (req) => {
      const target = state.subscription(req.params.subscriptionId);
      const rule = state.insightRule(req.params.insightRuleId);
      const flagged = target.seats.filter((seat) => rule.matches(seat, state.now));
      const toItem = (seat: SnowSeatRecord) => ({
        ...views.toSubscriptionUser(seat.user),
        details: [views.toInsightDetail(seat)],
      });
      return { body: snowPage(req, flagged, toItem, { fields: views.insightUserFields }) };
    },
  );

  // userIds is a path array in simple style: comma-separated.
  router.delete(`${subscription}/users/{userIds}`, 'deleteSaasConsolidatedViewV1UsersDelete', (req) => {
    const target = state.subscription(req.params.subscriptionId);
    const userIds = req.params.userIds
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '');
    if (userIds.length === 0) throw badRequest('At least one user ID is required.');
    state.removeSeats(target, [...new Set(userIds)]);
    return { status: 204 };
  });
}
