import { invalidPath, invalidValue, mutability, resourceNotFound } from './errors.js';
import { isObject, lowerCaseKeys, type PatchOperation } from './request-body.js';
import type { ScimGroupRecord } from './types.js';

/** What a group write asks for, before the directory checks names and commits it. */
export interface GroupFields {
  displayName: string;
  externalId?: string;
  members: Set<string>;
}

/**
 * A full group (POST, PUT). Unknown member IDs are a 400 here: the doc's PUT answers "Bad request,
 * the users referenced do not exist".
 * https://developer.atlassian.com/cloud/admin/user-provisioning/rest/api-group-groups/
 */
export function groupFieldsFromResource(
  body: Map<string, unknown>,
  userExists: (id: string) => boolean,
): GroupFields {
  const displayName = body.get('displayname');
  if (typeof displayName !== 'string' || displayName.trim() === '')
    throw invalidValue('"displayName" is required');
  const externalId = body.get('externalid');
  if (externalId !== undefined && externalId !== null && typeof externalId !== 'string')
    throw invalidValue('"externalId" must be a string');
  const members = memberIds(body.get('members') ?? [], (id) => {
    if (!userExists(id)) throw invalidValue(`Member "${id}" is not a user of this directory`);
  });
  return { displayName, externalId: externalId ?? undefined, members };
}

/**
 * Applies PatchOp operations to a copy of a group: member add/remove/replace (the way IdPs sync
 * membership), externalId changes. Unknown users are a 404, as the doc's PATCH has it ("The
 * directory, group, or user does not exist"); renaming is refused, as Atlassian does not support it.
 */
export function patchGroupFields(
  group: ScimGroupRecord,
  operations: PatchOperation[],
  userExists: (id: string) => boolean,
): GroupFields {
  const fields: GroupFields = {
    displayName: group.displayName,
    externalId: group.externalId,
    members: new Set(group.members),
  };
  const requireUser = (id: string) => {
    if (!userExists(id)) throw resourceNotFound(`User "${id}" does not exist in this directory`);
  };
  for (const operation of operations) {
    if (operation.path === undefined) {
      if (!isObject(operation.value))
        throw invalidValue('Without a path, the value must be an object of attributes');
      for (const [attribute, value] of lowerCaseKeys(operation.value))
        applyToGroup(fields, operation.op, attribute, undefined, value, requireUser);
      continue;
    }
    const m = /^([A-Za-z]+)(?:\[\s*value\s+eq\s+"([^"]+)"\s*\])?$/i.exec(operation.path);
    if (!m) throw invalidPath(`Unsupported group path "${operation.path}"`);
    applyToGroup(fields, operation.op, m[1].toLowerCase(), m[2], operation.value, requireUser);
  }
  return fields;
}

function applyToGroup(
  fields: GroupFields,
  op: PatchOperation['op'],
  attribute: string,
  memberFilter: string | undefined,
  value: unknown,
  requireUser: (id: string) => void,
): void {
  switch (attribute) {
    case 'members': {
      if (memberFilter !== undefined) {
        if (op !== 'remove') throw invalidPath('A members[value eq "..."] path only supports "remove"');
        fields.members.delete(memberFilter);
        return;
      }
      if (op === 'remove') {
        // RFC 7644 §3.5.2.2: remove "members" alone empties the group; with a value, removes those members.
        if (value === undefined) fields.members.clear();
        else for (const id of memberIds(value, () => undefined)) fields.members.delete(id);
        return;
      }
      const ids = memberIds(value, requireUser);
      if (op === 'replace') fields.members = ids;
      else for (const id of ids) fields.members.add(id);
      return;
    }
    case 'externalid':
      if (op === 'remove' || value === null) delete fields.externalId;
      else if (typeof value !== 'string') throw invalidValue('"externalId" must be a string');
      else fields.externalId = value;
      return;
    case 'displayname':
      if (value !== fields.displayName)
        throw mutability(
          'Renaming a group is not supported: create a new group, move the members, delete the old one',
        );
      return;
    case 'id':
    case 'schemas':
    case 'meta':
      return;
    default:
      throw invalidPath(`Attribute "${attribute}" of a group cannot be changed`);
  }
}

function memberIds(value: unknown, check: (id: string) => void): Set<string> {
  const items = Array.isArray(value) ? value : [value];
  const ids = new Set<string>();
  items.forEach((item, i) => {
    const id = isObject(item) ? lowerCaseKeys(item).get('value') : undefined;
    if (typeof id !== 'string' || id === '')
      throw invalidValue(`members[${i}] must be an object with a user ID in "value"`);
    check(id);
    ids.add(id);
  });
  return ids;
}
