import type { Router } from '../../core/router.js';
import { stateConflict, unprocessable } from '../errors.js';
import { paginate, pageRequest } from '../pagination.js';
import type { BetterCloudState } from '../state.js';
import {
  groupRoles,
  type BetterCloudGroup,
  type BetterCloudGroupMember,
  type BetterCloudGroupRole,
  type BetterCloudUser,
} from '../types.js';
import { bodyWithOnly, optionalEmail, optionalEnum, optionalString, requiredString } from '../validation.js';

const memberOf = (user: BetterCloudUser, role: BetterCloudGroupRole): BetterCloudGroupMember => ({
  user_id: user.id,
  email: user.email,
  name: `${user.first_name} ${user.last_name}`,
  role,
});

/** Groups and memberships: https://developer.bettercloud.com/ (seed 000, tag Groups). */
export function groupRoutes(router: Router, state: BetterCloudState): void {
  router.get('/v1/groups', 'listGroups', (req) => {
    const { items, meta } = paginate(state.groups.length, (i) => state.groups[i], pageRequest(req));
    return { body: { data: items, meta } };
  });

  router.post('/v1/groups', 'createGroup', (req) => {
    const body = bodyWithOnly(req, ['name', 'email', 'description']);
    const name = requiredString(body, 'name');
    const email = optionalEmail(body, 'email');
    const description = optionalString(body, 'description');
    // A directory allows one group per address, whatever its case.
    if (email && state.groups.some((g) => g.email?.toLowerCase() === email.toLowerCase()))
      throw stateConflict('CONFLICT', `A group with email ${email} already exists`);
    const group: BetterCloudGroup = {
      id: state.newGroupId(),
      name,
      email: email ?? null,
      description: description ?? null,
      member_count: 0,
      created_at: new Date(state.nowMs()).toISOString(),
      updated_at: null,
    };
    state.addGroup(group);
    state.recordEvent({
      type: 'group.created',
      targetEmail: group.email,
      description: `Group "${name}" created`,
    });
    return { status: 201, body: { data: group } };
  });

  router.get('/v1/groups/{id}', 'getGroup', (req) => ({ body: { data: state.group(req.params.id) } }));

  router.delete('/v1/groups/{id}', 'deleteGroup', (req) => {
    const group = state.group(req.params.id);
    state.deleteGroup(group.id);
    state.recordEvent({
      type: 'group.deleted',
      targetEmail: group.email,
      description: `Group "${group.name}" deleted`,
    });
    return { status: 204 };
  });

  router.get('/v1/groups/{id}/members', 'listGroupMembers', (req) => {
    const group = state.group(req.params.id);
    const data: BetterCloudGroupMember[] = [];
    for (const [userId, role] of state.members(group.id)) data.push(memberOf(state.findUser(userId)!, role));
    return { body: { data } };
  });

  router.post('/v1/groups/{id}/members', 'addGroupMember', (req) => {
    const group = state.group(req.params.id);
    const body = bodyWithOnly(req, ['user_id', 'role']);
    const userId = requiredString(body, 'user_id');
    const role = optionalEnum(body, 'role', groupRoles) ?? 'member';
    const user = state.findUser(userId);
    if (!user) throw unprocessable(`user_id ${userId} does not name a BetterCloud user`);
    if (user.status === 'deprovisioned')
      throw unprocessable(`User ${userId} is deprovisioned and cannot join groups`);
    const members = state.members(group.id);
    if (members.has(userId))
      throw stateConflict('ALREADY_A_MEMBER', `User ${userId} is already a member of group ${group.id}`);
    members.set(userId, role);
    group.member_count++;
    group.updated_at = new Date(state.nowMs()).toISOString();
    state.recordEvent({
      type: 'group.member_added',
      targetEmail: user.email,
      userId,
      description: `Added to group "${group.name}" as ${role}`,
    });
    return { status: 201, body: { data: memberOf(user, role) } };
  });
}
