import { SeededRandom } from '../core/random.js';
import type { CompanyConfig } from './config.js';
import { governanceCases } from './governance-cases.js';
import { departments, firstNames, lastNames, locations, partnerDomains } from './names.js';

/** The vendors that hold user accounts. SCIM is Atlassian's provisioning view of the same directory. */
export type AccountVendor = 'bettercloud' | 'atlassian' | 'scim' | 'snow';
export type AccountState = 'active' | 'suspended' | 'deprovisioned';

/** One person's account at one vendor, as the seed decides it; each simulator maps it to its own dialect. */
export interface AccountSeed {
  /** The email as this vendor stores it: sometimes differing in case (and in Snow, padded with spaces). */
  email: string;
  state: AccountState;
  /** ISO timestamp of the last sign-in or use seen by this vendor; absent when never used. */
  lastActiveAt?: string;
  createdAt: string;
}

export type Employment = 'employee' | 'leaver' | 'contractor';

export interface Person {
  index: number;
  firstName: string;
  lastName: string;
  displayName: string;
  /** Canonical email (trimmed, lower case): the join key across vendors. */
  email: string;
  department: string;
  title: string;
  location: string;
  employment: Employment;
  /** Index of this person's manager, absent for the top of the tree. */
  managerIndex?: number;
  hiredAt: string;
  /** Set for people who left: when their access should have ended. */
  leftAt?: string;
  accounts: Partial<Record<AccountVendor, AccountSeed>>;
  /** True for the handful of IT staff who administer the JumpCloud provider (MSP) tenant. */
  jumpcloudAdmin: boolean;
  /** An Atlassian organization role the seed grants whatever the account's state (governance-cases.ts). */
  atlassianOrgRole?: 'org-admin' | 'trusted-user';
}

const DAY = 86_400_000;

/**
 * Builds the people of one company. Cross-vendor facts are decided here, once, so that every
 * simulator agrees: who exists where, under which email spelling, in which state.
 */
export function generatePeople(config: CompanyConfig): Person[] {
  const random = new SeededRandom(config.seed).fork('people');
  const emailCounters = new Map<string, number>();
  let jumpcloudAdmins = 0;
  const people: Person[] = [];
  const departmentWeights = departments.map((d) => [d, d.weight] as const);

  for (let index = 0; index < config.people; index++) {
    const isAnchor = index === 0;
    const firstName = isAnchor ? 'Jane' : random.pick(firstNames);
    const lastName = isAnchor ? 'Smith' : random.pick(lastNames);
    const employment: Employment = isAnchor
      ? 'employee'
      : random.weighted<Employment>([
          ['employee', 88],
          ['leaver', 7],
          ['contractor', 5],
        ]);
    const department = isAnchor
      ? departments.find((d) => d.name === 'IT')!
      : random.weighted(departmentWeights);
    const domain = employment === 'contractor' ? random.pick(partnerDomains) : config.domain;
    const email = uniqueEmail(firstName, lastName, domain, emailCounters);
    const hiredAt = new Date(config.now.getTime() - random.int(30, 3650) * DAY);
    const leftAt =
      employment === 'leaver' ? new Date(config.now.getTime() - random.int(5, 200) * DAY) : undefined;

    const person: Person = {
      index,
      firstName,
      lastName,
      displayName: `${firstName} ${lastName}`,
      email,
      department: department.name,
      title: isAnchor ? 'IT Manager' : random.pick(department.titles),
      location: isAnchor ? 'New York' : random.pick(locations),
      employment,
      managerIndex:
        index === 0 ? undefined : random.int(0, Math.max(0, Math.min(index - 1, Math.floor(index / 8)))),
      hiredAt: hiredAt.toISOString(),
      leftAt: leftAt?.toISOString(),
      accounts: {},
      // A provider tenant has a handful of administrators whatever the company's size.
      jumpcloudAdmin:
        isAnchor || (department.name === 'IT' && employment === 'employee' && jumpcloudAdmins < 8),
    };
    if (person.jumpcloudAdmin) jumpcloudAdmins++;
    person.accounts = decideAccounts(person, random, config.now, hiredAt, leftAt);
    people.push(person);
  }
  // Appended after every generated person, so none of their draws shift.
  people.push(...governanceCases(config, people.length));
  return people;
}

function uniqueEmail(first: string, last: string, domain: string, counters: Map<string, number>): string {
  const base = `${first[0]}${last}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
  const key = `${base}@${domain}`;
  const seen = counters.get(key) ?? 0;
  counters.set(key, seen + 1);
  return seen === 0 ? key : `${base}${seen + 1}@${domain}`;
}

function decideAccounts(
  person: Person,
  random: SeededRandom,
  now: Date,
  hiredAt: Date,
  leftAt: Date | undefined,
): Partial<Record<AccountVendor, AccountSeed>> {
  const accounts: Partial<Record<AccountVendor, AccountSeed>> = {};
  const isAnchor = person.index === 0;
  const createdAt = new Date(hiredAt.getTime() + random.int(0, 3) * DAY).toISOString();
  // Contractors mostly live in a single tool: the "account that matches no other vendor" case.
  const presence: Record<AccountVendor, number> =
    person.employment === 'contractor'
      ? { bettercloud: 0.15, atlassian: 0.55, scim: 0, snow: 0.45 }
      : { bettercloud: 0.95, atlassian: 0.85, scim: 0.8, snow: 0.9 };

  const lastActive = (state: AccountState): string | undefined => {
    if (random.chance(0.03)) return undefined; // never signed in
    if (state !== 'active' && leftAt)
      return new Date(leftAt.getTime() - random.int(0, 20) * DAY).toISOString();
    // About one active account in eight has been idle for months: paid but unused.
    const idleDays = random.chance(0.12) ? random.int(61, 400) : random.int(0, 30);
    return new Date(
      Math.max(hiredAt.getTime(), now.getTime() - idleDays * DAY - random.int(0, 86_399) * 1000),
    ).toISOString();
  };

  const leaverState = (vendor: AccountVendor): AccountState => {
    if (!leftAt) {
      // Employees are sometimes suspended in one tool only (a lapsed SSO, a security hold).
      return random.chance(vendor === 'atlassian' ? 0.03 : 0.015) ? 'suspended' : 'active';
    }
    // Leavers: offboarding is uneven across tools, which is what AdminGraph exists to show.
    switch (vendor) {
      case 'bettercloud':
        return random.weighted<AccountState>([
          ['deprovisioned', 60],
          ['suspended', 30],
          ['active', 10],
        ]);
      case 'atlassian':
        return random.weighted<AccountState>([
          ['suspended', 55],
          ['deprovisioned', 15],
          ['active', 30],
        ]);
      case 'scim':
        return random.chance(0.6) ? 'suspended' : 'active';
      case 'snow':
        // Snow is an inventory: it sees the account, and often still the paid subscription.
        return random.weighted<AccountState>([
          ['active', 65],
          ['suspended', 25],
          ['deprovisioned', 10],
        ]);
    }
  };

  for (const vendor of ['bettercloud', 'atlassian', 'scim', 'snow'] as const) {
    if (vendor === 'scim' && !accounts.atlassian) continue;
    if (!isAnchor && !random.chance(presence[vendor])) continue;
    const state = isAnchor ? 'active' : leaverState(vendor);
    accounts[vendor] = {
      email: storedEmail(person.email, vendor, random, isAnchor),
      state,
      lastActiveAt: isAnchor ? new Date(now.getTime() - 2 * 3600_000).toISOString() : lastActive(state),
      createdAt,
    };
  }
  // SCIM provisioning mirrors the directory: a suspended Atlassian account is inactive in SCIM too.
  if (accounts.scim && accounts.atlassian && accounts.atlassian.state !== 'active')
    accounts.scim.state = 'suspended';
  if (accounts.scim && accounts.atlassian) accounts.scim.email = accounts.atlassian.email;
  return accounts;
}

/** Some vendors keep the address as it was typed: different case, and in Snow stray spaces. */
function storedEmail(email: string, vendor: AccountVendor, random: SeededRandom, isAnchor: boolean): string {
  if (isAnchor) return vendor === 'atlassian' || vendor === 'scim' ? 'JSmith@Example.com' : email;
  if (!random.chance(0.07)) return email;
  const [local, domain] = email.split('@');
  const cased = `${local[0].toUpperCase()}${local.slice(1, 2).toUpperCase()}${local.slice(2)}@${domain[0].toUpperCase()}${domain.slice(1)}`;
  return vendor === 'snow' && random.chance(0.1) ? ` ${cased} ` : cased;
}
