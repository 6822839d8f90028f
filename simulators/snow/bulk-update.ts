import { badRequest } from '../core/http-types.js';
import type { SimRequest } from '../core/http-types.js';
import { objectBody } from '../core/query-params.js';
import { compileFilter, type FieldTable } from './query-language.js';
import type { SnowUserRecord } from './records.js';

/**
 * POST users/bulk-update (vendor doc v1.1.0, BulkUpdateUsersRequest): an asynchronous job that
 * sets review/online-only/qualified on users chosen by `scope` (Only | All | AllExcept), `ids`
 * and an optional `filter`. It runs for a short while (status `Running` on GET tasks/{id}),
 * then applies; its summary (GET users/bulk-update/{id}) exists once it has finished.
 */

export type SnowFlagUpdate = Partial<Pick<SnowUserRecord, 'isInReview' | 'isOnline' | 'isQualified'>>;

export interface BulkUpdateRequest {
  scope: 'Only' | 'All' | 'AllExcept';
  ids: string[];
  filter?: (user: SnowUserRecord) => boolean;
  update: SnowFlagUpdate;
}

export interface BulkUpdateSummary {
  successCount: number;
  failedCount: number;
  failed?: string[];
  failureReason?: string;
}

export interface BulkUpdateTask {
  id: string;
  request: BulkUpdateRequest;
  completesAt: number;
  status: 'Running' | 'Complete' | 'Failed';
  summary?: BulkUpdateSummary;
}

const scopes = ['Only', 'All', 'AllExcept'] as const;
/** UserStatus body field → user flag it sets. */
const bodyFlags = { review: 'isInReview', onlineOnly: 'isOnline', qualified: 'isQualified' } as const;

export function parseBulkUpdateRequest(
  req: SimRequest,
  userFields: FieldTable<SnowUserRecord>,
): BulkUpdateRequest {
  const body = objectBody(req);
  for (const key of Object.keys(body))
    if (!['scope', 'ids', 'filter', 'body'].includes(key))
      throw badRequest(`Unknown property "${key}" in bulk update request.`);
  const scope = body.scope;
  if (typeof scope !== 'string' || !(scopes as readonly string[]).includes(scope))
    throw badRequest(`"scope" must be one of ${scopes.join(', ')}.`);
  const ids = body.ids ?? [];
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string'))
    throw badRequest('"ids" must be a list of user IDs.');
  if (scope !== 'All' && ids.length === 0) throw badRequest(`"ids" is required when scope is ${scope}.`);
  if (body.filter !== undefined && typeof body.filter !== 'string')
    throw badRequest('"filter" must be a string.');
  const filter =
    typeof body.filter === 'string' && body.filter.trim() !== ''
      ? compileFilter(body.filter, userFields)
      : undefined;

  const status = body.body;
  if (typeof status !== 'object' || status === null || Array.isArray(status))
    throw badRequest('"body" must be an object.');
  const update: SnowFlagUpdate = {};
  for (const [key, value] of Object.entries(status)) {
    if (!(key in bodyFlags))
      throw badRequest(`Unknown property "body.${key}"; expected onlineOnly, review or qualified.`);
    if (typeof value !== 'boolean') throw badRequest(`"body.${key}" must be true or false.`);
    update[bodyFlags[key as keyof typeof bodyFlags]] = value;
  }
  if (Object.keys(update).length === 0)
    throw badRequest('"body" must set at least one of onlineOnly, review, qualified.');
  return { scope: scope as BulkUpdateRequest['scope'], ids: ids as string[], filter, update };
}

/** Applies a finished job to the users and returns its summary. */
export function runBulkUpdate(
  request: BulkUpdateRequest,
  users: readonly SnowUserRecord[],
  usersById: Map<string, SnowUserRecord>,
): BulkUpdateSummary {
  const matches = request.filter ?? (() => true);
  let targets: SnowUserRecord[];
  const failed: string[] = [];
  if (request.scope === 'Only') {
    targets = [];
    for (const id of request.ids) {
      const user = usersById.get(id);
      if (!user) failed.push(id);
      else if (matches(user)) targets.push(user);
    }
  } else {
    const excluded = new Set(request.scope === 'AllExcept' ? request.ids : []);
    targets = users.filter((u) => !excluded.has(u.id) && matches(u));
  }
  for (const user of targets) Object.assign(user, request.update);
  const summary: BulkUpdateSummary = { successCount: targets.length, failedCount: failed.length };
  if (failed.length > 0) {
    summary.failed = failed;
    summary.failureReason = `Users not found: ${failed.join(', ')}`;
  }
  return summary;
}
