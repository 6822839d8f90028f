import type { Company, Person } from '../../company/company.js';
import { SeededRandom } from '../../core/random.js';
import { seededHex, seededUuid } from './ids.js';
import type { ScimGroupRecord, ScimUserRecord } from './types.js';

export interface ScimSeed {
  users: ScimUserRecord[];
  groups: ScimGroupRecord[];
}

/** IANA zones for the company's offices; "Remote" people leave the timezone unset, as IdPs do. */
const officeTimezones: Record<string, string> = {
  'New York': 'America/New_York',
  'San Francisco': 'America/Los_Angeles',
  Austin: 'America/Chicago',
  London: 'Europe/London',
  Berlin: 'Europe/Berlin',
  Sydney: 'Australia/Sydney',
  Toronto: 'America/Toronto',
  Bangalore: 'Asia/Kolkata',
};

/** Small cross-department teams an IdP pushes beside the department groups: [name, departments drawn from, size]. */
const teams: readonly (readonly [string, readonly string[], number])[] = [
  ['Platform Team', ['Engineering'], 14],
  ['Security Champions', ['Engineering', 'IT'], 10],
  ['Incident Response', ['IT', 'Engineering', 'Customer Success'], 12],
  ['Pricing Council', ['Sales', 'Finance', 'Product'], 8],
];

/**
 * Builds the directory as the IdP provisioned it: one SCIM user per `person.accounts.scim` (so SCIM
 * agrees with the Admin API about who exists and in which state), one group per department, a
 * "Managers" group and a few teams. Only draws from a `scim` fork of the company seed: deterministic.
 */
export function seedScimDirectory(company: Company): ScimSeed {
  const random = new SeededRandom(company.config.seed).fork('atlassian-scim');
  const userRandom = random.fork('users');
  const users: ScimUserRecord[] = [];
  const userIdByPerson = new Map<number, string>();

  for (const person of company.people) {
    const account = person.accounts.scim;
    if (!account) continue;
    const user = userFromPerson(
      person,
      account.email,
      account.state === 'active',
      account.createdAt,
      userRandom,
    );
    users.push(user);
    userIdByPerson.set(person.index, user.id);
  }

  const groupRandom = random.fork('groups');
  const created = new Date(company.config.now.getTime() - 3 * 365 * 86_400_000).toISOString();
  const group = (displayName: string, memberIds: Iterable<string>): ScimGroupRecord => ({
    id: seededUuid(groupRandom),
    displayName,
    externalId: seededUuid(groupRandom),
    members: new Set(memberIds),
    created,
    lastModified: created,
  });

  const byDepartment = new Map<string, string[]>();
  const managerIndexes = new Set<number>();
  for (const person of company.people)
    if (person.managerIndex !== undefined) managerIndexes.add(person.managerIndex);
  const managers: string[] = [];
  for (const person of company.people) {
    const id = userIdByPerson.get(person.index);
    if (!id) continue;
    let list = byDepartment.get(person.department);
    if (!list) byDepartment.set(person.department, (list = []));
    list.push(id);
    if (managerIndexes.has(person.index)) managers.push(id);
  }

  const groups = [...byDepartment.keys()]
    .sort()
    .map((department) => group(department, byDepartment.get(department)!));
  groups.push(group('Managers', managers));
  for (const [name, departments, size] of teams) {
    const pool = departments.flatMap((d) => byDepartment.get(d) ?? []);
    groups.push(group(name, groupRandom.sample(pool, size)));
  }
  return { users, groups };
}

function userFromPerson(
  person: Person,
  email: string,
  active: boolean,
  createdAt: string,
  random: SeededRandom,
): ScimUserRecord {
  // A deactivated account was last touched when the person left (or, failing that, when it was created).
  const lastModified = !active && person.leftAt && person.leftAt > createdAt ? person.leftAt : createdAt;
  return {
    id: seededUuid(random),
    userName: email,
    // Okta-style object IDs: what the IdP puts in externalId.
    externalId: `00u${seededHex(random, 17)}`,
    name: { givenName: person.firstName, familyName: person.lastName, formatted: person.displayName },
    displayName: person.displayName,
    title: person.title,
    timezone: officeTimezones[person.location],
    emails: [{ value: email, type: 'work', primary: true }],
    phoneNumbers: [],
    department: person.department,
    active,
    removed: false,
    created: createdAt,
    lastModified,
  };
}
