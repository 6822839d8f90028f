import type { Company } from '../../company/company.js';
import { SeededRandom } from '../../core/random.js';
import type {
  AtlassianAccount,
  DirectoryMember,
  OrgRole,
  Organization,
  ProductKey,
  ProductRole,
} from '../model.js';
import { productKeys } from '../model.js';
import { accountFromPerson, productGrantsFor } from './accounts.js';
import { addMember, emptyDirectory } from './directory.js';
import { seedEvents } from './events.js';
import { seedGroups } from './groups.js';
import { productResources, seedDomains, seedPolicies } from './org-settings.js';

/** People in the sandbox organization (an engineering test site): Jane Smith and some engineers. */
const SANDBOX_MEMBERS = 20;
/** A handful of administrators whatever the company's size. */
const EXTRA_ORG_ADMINS = 3;
const TRUSTED_USERS = 5;

export interface SeededAtlassian {
  orgs: Organization[];
  /** Every account, keyed by lower-case email (one Atlassian account per email). */
  accountsByEmail: Map<string, AtlassianAccount>;
}

/**
 * Two organizations: the company's own (every person with an Atlassian account, in one directory)
 * and a small sandbox organization whose directory holds 20 of the same accounts.
 */
export function seedAtlassian(company: Company): SeededAtlassian {
  const random = new SeededRandom(company.config.seed).fork('atlassian');
  const ids = random.fork('ids');
  const site = company.config.domain.split('.')[0];
  const now = company.config.now;

  const mainOrg = emptyOrg(1, ids.uuid(), ids.uuid(), `${capitalize(site)} Inc.`);
  const sandboxOrg = emptyOrg(2, ids.uuid(), ids.uuid(), `${capitalize(site)} Sandbox`);
  mainOrg.products = productResources(ids, site, productKeys);
  sandboxOrg.products = productResources(ids, `${site}-sandbox`, ['jira-software', 'confluence']);

  const accountRandom = random.fork('accounts');
  const productRandom = random.fork('products');
  const accountsByEmail = new Map<string, AtlassianAccount>();
  let extraAdmins = 0;
  let trusted = 0;
  for (const person of company.people) {
    const seed = person.accounts.atlassian;
    if (!seed) continue;
    const account = accountFromPerson(person, accountRandom, now);
    accountsByEmail.set(account.email.toLowerCase(), account);
    let orgRole: OrgRole = 'user';
    const eligibleAdmin =
      person.department === 'IT' && person.employment === 'employee' && seed.state === 'active';
    if (person.index === 0) orgRole = 'org-admin';
    else if (person.atlassianOrgRole) orgRole = person.atlassianOrgRole;
    else if (eligibleAdmin && extraAdmins < EXTRA_ORG_ADMINS) {
      orgRole = 'org-admin';
      extraAdmins++;
    } else if (eligibleAdmin && trusted < TRUSTED_USERS) {
      orgRole = 'trusted-user';
      trusted++;
    }
    const products = productGrantsFor(person, account, Date.parse(seed.createdAt), productRandom);
    if (orgRole === 'org-admin')
      for (const key of ['jira-software', 'confluence'] as const) addRole(products, key, 'product-admin');
    if (orgRole === 'trusted-user') addRole(products, 'confluence', 'user-access-admin');
    addMember(mainOrg.directory, {
      account,
      suspended: seed.state !== 'active',
      orgRole,
      products,
      groups: [],
    });
  }

  const jane = mainOrg.directory.members.find((m) => m.account.personIndex === 0)!;
  const sandboxPeople = mainOrg.directory.members
    .filter(
      (m) =>
        m !== jane && !m.suspended && company.people[m.account.personIndex!].department === 'Engineering',
    )
    .slice(0, SANDBOX_MEMBERS - 1);
  for (const m of [jane, ...sandboxPeople])
    addMember(sandboxOrg.directory, {
      account: m.account,
      suspended: false,
      orgRole: m === jane ? 'org-admin' : 'user',
      products: sandboxOrg.products.map((p) => ({
        key: p.key,
        roles: m === jane ? ['user', 'product-admin'] : ['user'],
        lastActiveMs: m.account.lastActive ? Date.parse(m.account.lastActive) : undefined,
      })),
      groups: [],
    });

  const settings = random.fork('settings');
  mainOrg.domains = seedDomains(settings, [
    [company.config.domain, 'dns', 'verified'],
    [`${site}.io`, 'http', 'verified'],
    [`${site}-corp.com`, 'dns', 'pending'],
  ]);
  sandboxOrg.domains = seedDomains(settings, [[`${site}-sandbox.net`, 'dns', 'pending']]);
  mainOrg.policies = seedPolicies(settings, now, mainOrg.directory.id, mainOrg.products, true);
  sandboxOrg.policies = seedPolicies(settings, now, sandboxOrg.directory.id, sandboxOrg.products, false);

  for (const org of [mainOrg, sandboxOrg]) {
    const orgRandom = random.fork(`org-${org.seq}`);
    org.groups = seedGroups(org, company, org === mainOrg ? site : `${site}-sandbox`, orgRandom);
    org.events = seedEvents(org, company, org === mainOrg ? jane : org.directory.members[0], orgRandom);
    org.eventsById = new Map(org.events.map((e) => [e.id, e]));
  }
  return { orgs: [mainOrg, sandboxOrg], accountsByEmail };
}

function emptyOrg(seq: number, id: string, directoryId: string, name: string): Organization {
  return {
    seq,
    id,
    name,
    directory: emptyDirectory(directoryId, id, `${name} managed users`),
    products: [],
    domains: [],
    policies: [],
    groups: [],
    events: [],
    eventsById: new Map(),
  };
}

function addRole(products: DirectoryMember['products'], key: ProductKey, role: ProductRole): void {
  const grant = products.find((p) => p.key === key);
  if (grant) {
    if (!grant.roles.includes(role)) grant.roles = [...grant.roles, role];
  } else products.push({ key, roles: ['user', role] });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
