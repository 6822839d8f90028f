import type { SimRequest } from '../../core/http-types.js';
import { badRequest, VendorHttpError } from '../../core/http-types.js';
import { objectBody } from '../../core/query-params.js';
import type { Router } from '../../core/router.js';
import { parseBulkUpdateRequest, type SnowFlagUpdate } from '../bulk-update.js';
import { snowPage } from '../pagination.js';
import type { SnowState } from '../state.js';
import { userKpis } from '../user-kpis.js';
import type { SnowViews } from '../views.js';
import { SNOW_BASE_PATH } from './base-path.js';

/**
 * "SaaS: Users" API (seed 002, v1.0.0, and the vendor's v1.1.0 with bulk update):
 * https://docs.snowsoftware.io/snow-atlas-api/api-reference/saas-users
 */
export function addUserRoutes(router: Router, state: SnowState, views: SnowViews): void {
  const users = `${SNOW_BASE_PATH}/users`;

  router.get(users, 'getSaasConsolidatedViewV1UsersList', (req) => ({
    body: snowPage(req, state.data.users, views.toUser, { fields: views.userFields }),
  }));

  router.get(`${users}/kpi`, 'getUserKpis', (req) => ({
    body: userKpis(state.kpis(), state.now, req.query.get('fromDate'), req.query.get('toDate')),
  }));

  router.get(`${users}/{userId}`, 'getSaasConsolidatedViewV1UserId', (req) => ({
    body: views.toUser(state.user(req.params.userId)),
  }));

  router.patch(`${users}/{userId}`, 'updateUser', (req) => {
    requireMergePatch(req);
    const update = parseFlagPatch(req);
    const user = state.user(req.params.userId);
    state.updateFlags(user, update);
    return { body: views.toUser(user) };
  });

  router.get(`${users}/{userId}/applications`, 'getUserApplications', (req) => {
    const user = state.user(req.params.userId);
    return {
      body: snowPage(req, state.userApplications(user), views.toUserApplication, {
        fields: views.userApplicationFields,
      }),
    };
  });

  router.get(`${users}/{userId}/subscriptions`, 'getSaasConsolidatedViewV1UserSubscriptions', (req) => {
    const user = state.user(req.params.userId);
    return {
      body: snowPage(req, user.seats, views.toUserSubscription, { fields: views.userSubscriptionFields }),
    };
  });

  router.get(
    `${users}/{userId}/discovery-sources`,
    'getSaasConsolidatedViewV1UserDiscoverySources',
    (req) => {
      const user = state.user(req.params.userId);
      return {
        body: snowPage(req, state.userDiscoverySources(user), views.toDiscoverySource, {
          fields: views.discoverySourceFields,
        }),
      };
    },
  );

  router.post(`${users}/bulk-update`, 'bulkUpdateUsers', (req) => {
    const task = state.startBulkUpdate(parseBulkUpdateRequest(req, views.userFields));
    return {
      status: 202,
      body: {
        id: task.id,
        _links: [{ href: `${SNOW_BASE_PATH.slice(1)}/tasks/${task.id}`, rel: 'self', method: 'GET' }],
      },
    };
  });

  router.get(`${users}/bulk-update/{id}`, 'getbulkUpdateAsyncOperationUsersSummary', (req) => {
    const task = state.task(req.params.id);
    // The summary describes a completed operation; while it runs there is none yet.
    if (!task.summary)
      throw badRequest(
        `Bulk update '${task.id}' has not completed yet; poll ${SNOW_BASE_PATH}/tasks/${task.id}.`,
      );
    return { body: task.summary };
  });
}

/** Seed 002 documents the updateUser body as `application/merge-patch+json` only: anything else is a 415. */
function requireMergePatch(req: SimRequest): void {
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
  if (type !== 'application/merge-patch+json')
    throw new VendorHttpError(415, 'Content-Type must be application/merge-patch+json.');
}

/** updateUser body (UserRequest): a JSON merge patch of isOnline / isInReview / isQualified. */
function parseFlagPatch(req: SimRequest): SnowFlagUpdate {
  const body = objectBody(req);
  const update: SnowFlagUpdate = {};
  for (const [key, value] of Object.entries(body)) {
    if (key !== 'isOnline' && key !== 'isInReview' && key !== 'isQualified')
      throw badRequest(`Property "${key}" cannot be updated; only isOnline, isInReview and isQualified can.`);
    if (typeof value !== 'boolean') throw badRequest(`Property "${key}" must be true or false.`);
    update[key] = value;
  }
  if (Object.keys(update).length === 0)
    throw badRequest('The request must set at least one of isOnline, isInReview, isQualified.');
  return update;
}
