import type { Person } from '../../company/company.js';
import type { SeededRandom } from '../../core/random.js';
import type { AccountStatus, AtlassianAccount, ProductGrant, ProductKey, ProductRole } from '../model.js';
import { productKeys } from '../model.js';
import { hexId, uuidId } from './ids.js';

const DAY = 86_400_000;
const USER_ONLY: readonly ProductRole[] = Object.freeze(['user'] as const);
/** Atlassian closes a deleted account 14 days after deactivation; until then it is `inactive`. */
const CLOSE_AFTER_DAYS = 14;
/** Accounts created from then on carry the newer `712020:<uuid>` ID form. */
const NEW_ID_FORM_SINCE = Date.parse('2022-01-01T00:00:00Z');

/**
 * An Atlassian account ID. Older IDs are Mongo ObjectIds (24 hex characters, the first 8 the
 * creation time in seconds, like 5b10ac8d82e05b22cc7d4ef5); newer ones are `712020:` and a UUID.
 */
export function atlassianAccountId(random: SeededRandom, createdMs: number): string {
  if (createdMs >= NEW_ID_FORM_SINCE) return `712020:${uuidId(random)}`;
  return (
    Math.floor(createdMs / 1000)
      .toString(16)
      .padStart(8, '0') + hexId(random, 16)
  );
}

export function initialsPicture(name: string): string {
  const initials = name
    .split(/\s+/)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('')
    .slice(0, 2);
  return `https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/initials/${initials || 'U'}-3.png`;
}

/**
 * The seed's account state, in Atlassian's two dimensions: `suspended` is a suspended membership of
 * an active account; `deprovisioned` is a deleted account (closed, or `inactive` within the 14 days
 * before it closes) whose membership is suspended and has no product left. Such accounts stay in
 * the directory so cross-vendor reports can see them.
 */
export function accountFromPerson(person: Person, random: SeededRandom, now: Date): AtlassianAccount {
  const seed = person.accounts.atlassian!;
  const createdMs = Date.parse(seed.createdAt);
  let status: AccountStatus = 'active';
  if (seed.state === 'deprovisioned') {
    const leftMs = person.leftAt ? Date.parse(person.leftAt) : now.getTime();
    status = now.getTime() - leftMs < CLOSE_AFTER_DAYS * DAY ? 'inactive' : 'closed';
  }
  return {
    accountId: atlassianAccountId(random, createdMs),
    name: person.displayName,
    nickname: person.firstName,
    email: seed.email,
    status,
    created: seed.createdAt,
    lastActive: seed.lastActiveAt,
    personIndex: person.index,
  };
}

/** How likely each department is to use each product, in `productKeys` order. */
function productOdds(department: string): number[] {
  const engineering = department === 'Engineering' || department === 'Product';
  const odds: Record<ProductKey, number> = {
    'jira-software': engineering ? 0.95 : department === 'IT' ? 0.8 : 0.35,
    confluence: 0.9,
    'jira-service-desk': department === 'Customer Success' || department === 'IT' ? 0.9 : 0.08,
    bitbucket: department === 'Engineering' ? 0.8 : department === 'IT' ? 0.3 : 0.02,
    loom: department === 'Marketing' || department === 'Sales' ? 0.6 : 0.25,
  };
  return productKeys.map((key) => odds[key]);
}

const oddsByDepartment = new Map<string, number[]>();

/** Product access per person (deterministic); the first product granted is the one used last. */
export function productGrantsFor(
  person: Person,
  account: AtlassianAccount,
  createdMs: number,
  random: SeededRandom,
): ProductGrant[] {
  let odds = oddsByDepartment.get(person.department);
  if (!odds) oddsByDepartment.set(person.department, (odds = productOdds(person.department)));
  const grants: ProductGrant[] = [];
  const lastActiveMs = account.lastActive ? Date.parse(account.lastActive) : undefined;
  for (let i = 0; i < productKeys.length; i++) {
    if (!random.chance(odds[i])) continue;
    let used: number | undefined;
    if (lastActiveMs !== undefined) {
      if (grants.length === 0) used = lastActiveMs;
      else if (!random.chance(0.1)) used = Math.max(createdMs, lastActiveMs - random.int(0, 20) * DAY);
    }
    grants.push({ key: productKeys[i], roles: USER_ONLY, lastActiveMs: used });
  }
  return account.status === 'active' ? grants : [];
}
