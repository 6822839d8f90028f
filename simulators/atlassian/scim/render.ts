import type { IncomingHttpHeaders } from 'node:http';
import type { ScimDirectoryState } from './directory.js';
import { ENTERPRISE_USER_SCHEMA, GROUP_SCHEMA, USER_SCHEMA } from './schema-urns.js';
import type { ScimGroupRecord, ScimUserRecord } from './types.js';

/**
 * Resource JSON as Atlassian returns it (the example in the doc's group PATCH): `meta.location` and
 * member `$ref`s are absolute URLs under the directory, here on the simulator's own host.
 */
export function directoryBaseUrl(headers: IncomingHttpHeaders, directoryId: string): string {
  return `http://${headers.host ?? '127.0.0.1'}/scim/directory/${encodeURIComponent(directoryId)}`;
}

export function renderUser(
  directory: ScimDirectoryState,
  user: ScimUserRecord,
  baseUrl: string,
): Record<string, unknown> {
  const location = `${baseUrl}/Users/${user.id}`;
  const enterprise = withoutUndefined({ department: user.department, organization: user.organization });
  return withoutUndefined({
    schemas: [USER_SCHEMA, ENTERPRISE_USER_SCHEMA],
    id: user.id,
    externalId: user.externalId,
    userName: user.userName,
    name: user.name,
    displayName: user.displayName,
    nickName: user.nickName,
    title: user.title,
    preferredLanguage: user.preferredLanguage,
    timezone: user.timezone,
    emails: user.emails,
    phoneNumbers: user.phoneNumbers.length ? user.phoneNumbers : undefined,
    active: user.active,
    groups: directory.groups
      .groupsOf(user.id)
      .map((g) => ({ value: g.id, display: g.displayName, $ref: `${baseUrl}/Groups/${g.id}` })),
    [ENTERPRISE_USER_SCHEMA]: enterprise,
    meta: { resourceType: 'User', created: user.created, lastModified: user.lastModified, location },
  });
}

export function renderGroup(
  directory: ScimDirectoryState,
  group: ScimGroupRecord,
  baseUrl: string,
): Record<string, unknown> {
  const members = [];
  for (const id of group.members) {
    const user = directory.users.get(id);
    // Atlassian shows a member's userName (its email) as `display`.
    if (user)
      members.push({ type: 'User', value: id, display: user.userName, $ref: `${baseUrl}/Users/${id}` });
  }
  return withoutUndefined({
    schemas: [GROUP_SCHEMA],
    id: group.id,
    externalId: group.externalId,
    displayName: group.displayName,
    members,
    meta: {
      resourceType: 'Group',
      created: group.created,
      lastModified: group.lastModified,
      location: `${baseUrl}/Groups/${group.id}`,
    },
  });
}

/** SCIM leaves unset attributes out rather than sending null. */
function withoutUndefined<T extends Record<string, unknown>>(object: T): T {
  for (const key of Object.keys(object)) if (object[key] === undefined) delete object[key];
  return object;
}
