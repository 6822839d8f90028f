import type { Router } from '../../core/router.js';
import { invalidRequest, stateConflict } from '../errors.js';
import { paginate, pageRequest } from '../pagination.js';
import type { BetterCloudState } from '../state.js';
import { userStatuses, type BetterCloudUser } from '../types.js';
import { bodyWithOnly, emailQuery, enumQuery, optionalString } from '../validation.js';

const updatableFields = ['first_name', 'last_name', 'department', 'title', 'location'] as const;

/**
 * Users and their lifecycle: https://developer.bettercloud.com/ (seed 000, tag Users).
 * Suspend and deprovision are one-way here, as in the vendor document (it has no restore).
 */
export function userRoutes(router: Router, state: BetterCloudState): void {
  router.get('/v1/users', 'listUsers', (req) => {
    const page = pageRequest(req);
    const email = emailQuery(req, 'email');
    const status = enumQuery(req, 'status', userStatuses);
    if (email !== undefined) {
      // Stored emails keep the case they were typed in; the lookup ignores it.
      const found = state.userByEmail(email);
      const matching = found && (!status || found.status === status) ? [found] : [];
      const { items, meta } = paginate(matching.length, (i) => matching[i], page);
      return { body: { data: items, meta } };
    }
    const { items, meta } = status
      ? paginate(
          state.users.length,
          (i) => state.users[i],
          page,
          (u: BetterCloudUser) => u.status === status,
          state.countUsers(status),
        )
      : paginate(state.users.length, (i) => state.users[i], page);
    return { body: { data: items, meta } };
  });

  router.get('/v1/users/{id}', 'getUser', (req) => ({ body: { data: state.user(req.params.id) } }));

  router.patch('/v1/users/{id}', 'updateUser', (req) => {
    const user = state.user(req.params.id);
    const body = bodyWithOnly(req, updatableFields);
    const changes: Partial<Pick<BetterCloudUser, (typeof updatableFields)[number]>> = {};
    for (const field of updatableFields) {
      const value = optionalString(body, field, { nonEmpty: true });
      if (value !== undefined) changes[field] = value;
    }
    const changed = Object.keys(changes);
    if (changed.length === 0) throw invalidRequest(`Send at least one of ${updatableFields.join(', ')}`);
    if (user.status === 'deprovisioned')
      throw stateConflict(
        'USER_DEPROVISIONED',
        `User ${user.id} is deprovisioned and can no longer be updated`,
      );
    Object.assign(user, changes, { updated_at: new Date(state.nowMs()).toISOString() });
    state.recordEvent({
      type: 'user.updated',
      targetEmail: user.email,
      userId: user.id,
      description: `User updated: ${changed.join(', ')}`,
    });
    return { body: { data: user } };
  });

  router.post('/v1/users/{id}/suspend', 'suspendUser', (req) => {
    const user = state.user(req.params.id);
    if (user.status === 'suspended')
      throw stateConflict('USER_ALREADY_SUSPENDED', `User ${user.id} is already suspended`);
    if (user.status === 'deprovisioned')
      throw stateConflict(
        'USER_DEPROVISIONED',
        `User ${user.id} is deprovisioned: there is no access left to suspend`,
      );
    state.setUserStatus(user, 'suspended', state.nowMs());
    state.recordEvent({
      type: 'user.suspended',
      targetEmail: user.email,
      userId: user.id,
      description: 'User suspended via the BetterCloud API',
    });
    return { body: { data: user } };
  });

  router.post('/v1/users/{id}/deprovision', 'deprovisionUser', (req) => {
    const user = state.user(req.params.id);
    // Deprovisioning twice is a conflict (409), not a 404: the record still exists and stays readable.
    if (user.status === 'deprovisioned')
      throw stateConflict('USER_ALREADY_DEPROVISIONED', `User ${user.id} is already deprovisioned`);
    const nowMs = state.nowMs();
    const nowIso = new Date(nowMs).toISOString();
    for (const group of state.groupsOf(user.id)) {
      state.members(group.id).delete(user.id);
      group.member_count--;
      group.updated_at = nowIso;
      state.recordEvent({
        type: 'group.member_removed',
        actorEmail: null,
        targetEmail: user.email,
        userId: user.id,
        description: `Removed from group "${group.name}" by deprovisioning`,
      });
    }
    state.setUserStatus(user, 'deprovisioned', nowMs);
    state.recordEvent({
      type: 'user.deprovisioned',
      targetEmail: user.email,
      userId: user.id,
      description: 'User deprovisioned via the BetterCloud API',
    });
    return { body: { data: user } };
  });
}
