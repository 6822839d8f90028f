import { invalidPath, invalidValue, mutability, noTarget } from './errors.js';
import { isObject, lowerCaseKeys, type PatchOpKind } from './request-body.js';
import { ENTERPRISE_USER_SCHEMA, USER_SCHEMA } from './schema-urns.js';
import type { ScimMultiValue, ScimName, WritableUserFields } from './types.js';

/**
 * The user attributes Atlassian lets a client write (the table in the doc's "Users" tag, plus the
 * standard name parts, phone numbers and the enterprise extension), one setter per attribute. POST,
 * PUT and PATCH all go through here, so a value is checked the same way whichever way it arrives.
 * https://developer.atlassian.com/cloud/admin/user-provisioning/rest/api-group-users/
 */

const stringAttributes = {
  username: 'userName',
  externalid: 'externalId',
  displayname: 'displayName',
  nickname: 'nickName',
  title: 'title',
  preferredlanguage: 'preferredLanguage',
  timezone: 'timezone',
  department: 'department',
  organization: 'organization',
} as const;
type StringAttribute = (typeof stringAttributes)[keyof typeof stringAttributes];

const nameParts = {
  formatted: 'formatted',
  familyname: 'familyName',
  givenname: 'givenName',
  middlename: 'middleName',
  honorificprefix: 'honorificPrefix',
  honorificsuffix: 'honorificSuffix',
} as const;

const multiValued = { emails: 'emails', phonenumbers: 'phoneNumbers' } as const;
type MultiValuedAttribute = (typeof multiValued)[keyof typeof multiValued];

/** Server-owned attributes a client may echo back in a full resource; ignored there, as RFC 7643 §7 says for readOnly. */
const readOnlyAttributes = new Set([
  'id',
  'meta',
  'groups',
  'schemas',
  'urn:scim:schemas:extension:atlassian-external:1.0',
]);

export interface UserPath {
  /** Lower-cased attribute name. */
  attribute: string;
  subAttribute?: string;
  /** `emails[type eq "work"]`: which values of a multi-valued attribute. */
  filter?: { attribute: string; value: unknown };
}

export function emptyUserFields(): WritableUserFields {
  return { userName: '', name: {}, emails: [], phoneNumbers: [], active: true };
}

/** Parses a PATCH path (RFC 7644 §3.5.2 `attrPath` / `valuePath`), URN-qualified or not. */
export function parseUserPath(path: string): UserPath {
  let rest = path.trim();
  const lower = rest.toLowerCase();
  const enterprisePrefix = `${ENTERPRISE_USER_SCHEMA.toLowerCase()}:`;
  if (lower.startsWith(enterprisePrefix)) {
    const attribute = rest.slice(enterprisePrefix.length).toLowerCase();
    if (attribute !== 'department' && attribute !== 'organization')
      throw invalidPath(`Unsupported enterprise attribute in path "${path}"`);
    return { attribute };
  }
  if (lower.startsWith(`${USER_SCHEMA.toLowerCase()}:`)) rest = rest.slice(USER_SCHEMA.length + 1);
  const m = /^([A-Za-z][\w-]*)(?:\[([^\]]+)\])?(?:\.([A-Za-z][\w-]*))?$/.exec(rest);
  if (!m) throw invalidPath(`Cannot parse path "${path}"`);
  const attribute = m[1].toLowerCase();
  const known =
    attribute in stringAttributes ||
    attribute in multiValued ||
    attribute === 'name' ||
    attribute === 'active';
  if (!known) throw invalidPath(`Attribute "${m[1]}" cannot be changed through this API`);
  if (m[2] && !(attribute in multiValued))
    throw invalidPath(`"${m[1]}" is not multi-valued: no [filter] allowed`);
  if (m[3] && attribute !== 'name' && !(attribute in multiValued))
    throw invalidPath(`"${m[1]}" has no sub-attributes`);
  if (m[3] && attribute === 'name' && !(m[3].toLowerCase() in nameParts))
    throw invalidPath(`Unknown name part "${m[3]}"`);
  return {
    attribute,
    subAttribute: m[3]?.toLowerCase(),
    filter: m[2] ? parseValueFilter(m[2], path) : undefined,
  };
}

function parseValueFilter(text: string, path: string): UserPath['filter'] {
  const m = /^\s*([A-Za-z]+)\s+eq\s+(.+?)\s*$/i.exec(text);
  if (!m) throw invalidPath(`Only "attribute eq value" filters are supported in path "${path}"`);
  try {
    return { attribute: m[1].toLowerCase(), value: JSON.parse(m[2]) };
  } catch {
    throw invalidPath(`Filter value in path "${path}" must be a quoted string or true/false`);
  }
}

/** `add` or `replace` one attribute (path given) or several (path absent, value an object). */
export function setUserAttribute(
  fields: WritableUserFields,
  op: Exclude<PatchOpKind, 'remove'>,
  path: UserPath | undefined,
  value: unknown,
): void {
  if (!path) {
    if (!isObject(value)) throw invalidValue('Without a path, the value must be an object of attributes');
    for (const [key, item] of lowerCaseKeys(value)) {
      if (key === ENTERPRISE_USER_SCHEMA.toLowerCase()) setEnterpriseAttributes(fields, item);
      else if (!readOnlyAttributes.has(key)) setUserAttribute(fields, op, parseUserPath(key), item);
    }
    return;
  }
  const { attribute, subAttribute, filter } = path;
  if (attribute in stringAttributes)
    return setString(fields, stringAttributes[attribute as keyof typeof stringAttributes], value);
  if (attribute === 'active') return void (fields.active = activeValue(value));
  if (attribute === 'name') {
    if (subAttribute) return setNamePart(fields.name, subAttribute, value);
    if (!isObject(value)) throw invalidValue('"name" must be an object');
    // RFC 7644 §3.5.2.3: replacing a complex attribute keeps the sub-attributes not given.
    for (const [part, partValue] of lowerCaseKeys(value))
      if (part in nameParts) setNamePart(fields.name, part, partValue);
    return;
  }
  const key = multiValued[attribute as keyof typeof multiValued];
  if (filter || subAttribute) return setMatchingValues(fields, key, path, value);
  const incoming = (Array.isArray(value) ? value : [value]).map((item, i) =>
    multiValue(item, `${key}[${i}]`),
  );
  fields[key] = op === 'add' ? mergeByValue(fields[key], incoming) : incoming;
}

export function removeUserAttribute(fields: WritableUserFields, path: UserPath): void {
  const { attribute, subAttribute, filter } = path;
  if (
    attribute === 'username' ||
    attribute === 'active' ||
    (attribute === 'emails' && !filter && !subAttribute)
  )
    throw mutability(`"${attribute}" is required and cannot be removed`);
  if (attribute in stringAttributes)
    return void delete fields[stringAttributes[attribute as keyof typeof stringAttributes]];
  if (attribute === 'name') {
    if (subAttribute) delete fields.name[nameParts[subAttribute as keyof typeof nameParts]];
    else fields.name = {};
    return;
  }
  const key = multiValued[attribute as keyof typeof multiValued];
  if (!filter)
    return void (fields[key] = subAttribute ? fields[key].map((v) => withoutSub(v, subAttribute)) : []);
  const kept = fields[key].filter((v) => !matches(v, filter));
  if (kept.length === fields[key].length) throw noTarget(`No ${key} value matches the filter`);
  fields[key] = subAttribute
    ? fields[key].map((v) => (matches(v, filter) ? withoutSub(v, subAttribute) : v))
    : kept;
}

/** A full user resource (POST, PUT): every writable attribute from the body, the rest left empty. */
export function userFieldsFromResource(body: Map<string, unknown>): WritableUserFields {
  const fields = emptyUserFields();
  for (const [key, value] of body) {
    if (readOnlyAttributes.has(key) || value === null) continue;
    if (key === ENTERPRISE_USER_SCHEMA.toLowerCase()) setEnterpriseAttributes(fields, value);
    // Unknown attributes (password, custom extensions) are dropped, as Atlassian's directory does.
    else if (key in stringAttributes || key in multiValued || key === 'name' || key === 'active')
      setUserAttribute(fields, 'replace', { attribute: key }, value);
  }
  return fields;
}

/** What must hold after any write: a userName and at most one primary among the emails, at least one email. */
export function validateUserFields(fields: WritableUserFields): void {
  if (!fields.userName) throw invalidValue('"userName" is required');
  if (fields.emails.length === 0) throw invalidValue('"emails" is required: at least one email address');
  for (const key of ['emails', 'phoneNumbers'] as const) {
    if (fields[key].filter((v) => v.primary).length > 1)
      throw invalidValue(`Only one of "${key}" may be primary`);
  }
  if (fields.emails.length > 1 && !fields.emails.some((e) => e.primary))
    throw invalidValue('One email address must be marked primary');
}

/** The address Atlassian uses for the account: the primary email, or the only one. */
export function primaryEmail(fields: Pick<WritableUserFields, 'emails' | 'userName'>): string {
  return (fields.emails.find((e) => e.primary) ?? fields.emails[0])?.value ?? fields.userName;
}

function setString(fields: WritableUserFields, key: StringAttribute, value: unknown): void {
  if (value === null || value === undefined) {
    if (key === 'userName') throw invalidValue('"userName" must be a non-empty string');
    delete fields[key];
    return;
  }
  if (typeof value !== 'string') throw invalidValue(`"${key}" must be a string`);
  if (key === 'userName' && value.trim() === '') throw invalidValue('"userName" must be a non-empty string');
  fields[key] = value;
}

/** Entra ID sends `"active": "False"` as a string; Atlassian accepts it, so do we. Anything else is invalid. */
function activeValue(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  throw invalidValue('"active" must be a boolean');
}

function setNamePart(name: ScimName, part: string, value: unknown): void {
  const key = nameParts[part as keyof typeof nameParts];
  if (value === null) return void delete name[key];
  if (typeof value !== 'string') throw invalidValue(`"name.${key}" must be a string`);
  name[key] = value;
}

function setEnterpriseAttributes(fields: WritableUserFields, value: unknown): void {
  if (!isObject(value)) throw invalidValue(`"${ENTERPRISE_USER_SCHEMA}" must be an object`);
  const attributes = lowerCaseKeys(value);
  for (const key of ['department', 'organization'] as const)
    if (attributes.has(key)) setString(fields, key, attributes.get(key));
}

function multiValue(item: unknown, where: string): ScimMultiValue {
  if (!isObject(item)) throw invalidValue(`"${where}" must be an object with a "value"`);
  const fields = lowerCaseKeys(item);
  const value = fields.get('value');
  if (typeof value !== 'string' || value.trim() === '')
    throw invalidValue(`"${where}.value" must be a non-empty string`);
  if (where.startsWith('emails') && !/^[^@\s]+@[^@\s]+$/.test(value.trim()))
    throw invalidValue(`"${where}.value" is not an email address`);
  const type = fields.get('type');
  const primary = fields.get('primary');
  if (type !== undefined && typeof type !== 'string') throw invalidValue(`"${where}.type" must be a string`);
  if (primary !== undefined && typeof primary !== 'boolean')
    throw invalidValue(`"${where}.primary" must be a boolean`);
  return {
    value: value.trim(),
    ...(type !== undefined ? { type } : {}),
    ...(primary !== undefined ? { primary } : {}),
  };
}

function mergeByValue(existing: ScimMultiValue[], incoming: ScimMultiValue[]): ScimMultiValue[] {
  const out = existing.slice();
  for (const item of incoming) {
    const at = out.findIndex((v) => v.value.toLowerCase() === item.value.toLowerCase());
    if (at >= 0) out[at] = { ...out[at], ...item };
    else out.push(item);
  }
  return out;
}

/**
 * `emails[type eq "work"].value`: Entra ID sends this to change an address. When no value matches,
 * Atlassian adds one carrying the filter's attribute instead of failing, so IdP syncs converge.
 */
function setMatchingValues(
  fields: WritableUserFields,
  key: MultiValuedAttribute,
  path: UserPath,
  value: unknown,
): void {
  const { subAttribute, filter } = path;
  const list = fields[key];
  const hits = filter ? list.filter((v) => matches(v, filter)) : list.filter((v) => v.primary).slice(0, 1);
  if (!subAttribute) {
    const replacement = multiValue(value, key);
    fields[key] = hits.length
      ? list.map((v) => (hits.includes(v) ? replacement : v))
      : [...list, replacement];
    return;
  }
  if (!hits.length && subAttribute !== 'value')
    throw noTarget(`No ${key} value matches "${subAttribute}" to set`);
  const seed: Record<string, unknown> = filter ? { [filter.attribute]: filter.value } : { primary: true };
  const targets: Record<string, unknown>[] = hits.length ? hits.map((v) => ({ ...v })) : [seed];
  const updated = targets.map((target) => multiValue({ ...target, [subAttribute]: value }, key));
  fields[key] = hits.length
    ? list.map((v) => (hits.includes(v) ? updated[hits.indexOf(v)] : v))
    : [...list, ...updated];
}

function matches(item: ScimMultiValue, filter: NonNullable<UserPath['filter']>): boolean {
  const actual = (item as unknown as Record<string, unknown>)[filter.attribute];
  return typeof actual === 'string' && typeof filter.value === 'string'
    ? actual.toLowerCase() === filter.value.toLowerCase()
    : actual === filter.value;
}

function withoutSub(item: ScimMultiValue, subAttribute: string): ScimMultiValue {
  if (subAttribute === 'value')
    throw mutability('"value" of a multi-valued attribute cannot be removed alone');
  const copy = { ...item } as Record<string, unknown>;
  delete copy[subAttribute];
  return copy as unknown as ScimMultiValue;
}
