import type { CompanyConfig } from './config.js';
import type { AccountSeed, AccountState, AccountVendor, Person } from './people.js';

const DAY = 86_400_000;

/**
 * A few people appended after the generated ones so that every kind of offboarding gap,
 * privileged holder and orphaned account exists at any company size (the random draws make most
 * of them at 2,000 people, but not reliably at 10). Appended, never interleaved: the generated
 * people and every vendor's draws for them stay exactly as they were. Their emails carry a dot,
 * which generated emails never do, so they cannot collide.
 */
interface GovernanceCase {
  firstName: string;
  lastName: string;
  /** Email domain: the company's unless set (an unverified or partner domain). */
  domain?: string;
  employment: Person['employment'];
  department: string;
  title: string;
  /** Days before `now` the person left (leavers only). */
  leftDaysAgo?: number;
  /** Days since each account was last used (absent: never). */
  idleDays: number;
  accounts: Partial<Record<AccountVendor, AccountState>>;
  jumpcloudAdmin?: boolean;
  atlassianOrgRole?: Person['atlassianOrgRole'];
}

const cases: GovernanceCase[] = [
  // Suspended in the directory of record, still active in Atlassian, SCIM and Snow (with seats).
  {
    firstName: 'Olivia',
    lastName: 'Offboard',
    employment: 'leaver',
    department: 'Sales',
    title: 'Account Executive',
    leftDaysAgo: 20,
    idleDays: 25,
    accounts: { bettercloud: 'suspended', atlassian: 'active', scim: 'active', snow: 'active' },
  },
  // Deprovisioned in BetterCloud, suspended in Atlassian yet still org-admin, still a JumpCloud provider administrator.
  {
    firstName: 'Adam',
    lastName: 'Lingering',
    employment: 'leaver',
    department: 'IT',
    title: 'IT Administrator',
    leftDaysAgo: 40,
    idleDays: 45,
    accounts: { bettercloud: 'deprovisioned', atlassian: 'suspended', scim: 'suspended' },
    jumpcloudAdmin: true,
    atlassianOrgRole: 'org-admin',
  },
  // Deprovisioned everywhere but Snow, where the seats still cost money.
  {
    firstName: 'Sam',
    lastName: 'Seatholder',
    employment: 'leaver',
    department: 'Marketing',
    title: 'Marketing Manager',
    leftDaysAgo: 60,
    idleDays: 65,
    accounts: { bettercloud: 'deprovisioned', atlassian: 'deprovisioned', snow: 'suspended' },
  },
  // An active Atlassian account on the organization's pending (unverified) domain, unknown to BetterCloud.
  {
    firstName: 'Eve',
    lastName: 'External',
    domain: 'corp',
    employment: 'contractor',
    department: 'Engineering',
    title: 'Software Engineer',
    idleDays: 3,
    accounts: { atlassian: 'active', snow: 'active' },
  },
  // An employee on the company domain, active in Atlassian and Snow but idle for over a year, missing from BetterCloud.
  {
    firstName: 'Ian',
    lastName: 'Idle',
    employment: 'employee',
    department: 'Finance',
    title: 'Accountant',
    idleDays: 400,
    accounts: { atlassian: 'active', scim: 'active', snow: 'active' },
  },
];

/** The appended people, numbered after the `firstIndex` generated ones. */
export function governanceCases(config: CompanyConfig, firstIndex: number): Person[] {
  const now = config.now.getTime();
  const site = config.domain.split('.')[0];
  return cases.map((c, i) => {
    const domain = c.domain === 'corp' ? `${site}-corp.com` : config.domain;
    const email = `${c.firstName}.${c.lastName}@${domain}`.toLowerCase();
    const hiredAt = new Date(now - (800 + i * 10) * DAY).toISOString();
    const leftAt =
      c.leftDaysAgo === undefined ? undefined : new Date(now - c.leftDaysAgo * DAY).toISOString();
    const lastActiveAt = new Date(now - c.idleDays * DAY).toISOString();
    const accounts: Partial<Record<AccountVendor, AccountSeed>> = {};
    for (const [vendor, state] of Object.entries(c.accounts) as [AccountVendor, AccountState][])
      accounts[vendor] = { email, state, lastActiveAt, createdAt: hiredAt };
    return {
      index: firstIndex + i,
      firstName: c.firstName,
      lastName: c.lastName,
      displayName: `${c.firstName} ${c.lastName}`,
      email,
      department: c.department,
      title: c.title,
      location: 'New York',
      employment: c.employment,
      managerIndex: 0,
      hiredAt,
      leftAt,
      accounts,
      jumpcloudAdmin: c.jumpcloudAdmin ?? false,
      ...(c.atlassianOrgRole ? { atlassianOrgRole: c.atlassianOrgRole } : {}),
    };
  });
}
