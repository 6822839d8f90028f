import type { Company } from '../../company/company.js';
import type { SeededRandom } from '../../core/random.js';
import type { DirectoryMember, Group, Organization, ProductKey } from '../model.js';
import { productNames } from '../model.js';

/**
 * Groups as an Atlassian site has them: the product default groups (`jira-software-users-<site>`),
 * `site-admins`, and one group per department (as an identity provider would sync them).
 * Closed accounts belong to none.
 */
export function seedGroups(org: Organization, company: Company, site: string, random: SeededRandom): Group[] {
  const groups: Group[] = [];
  const add = (name: string, description: string) => {
    const group: Group = { seq: groups.length + 1, id: random.uuid(), name, description, memberCount: 0 };
    groups.push(group);
    return group;
  };
  const admins = add('site-admins', 'Administrators of the site and its products');
  const productGroups = new Map<ProductKey, Group>();
  for (const product of org.products)
    productGroups.set(
      product.key,
      add(`${product.key}-users-${site}`, `Default access group for ${productNames[product.key]}`),
    );
  const departments = [...new Set(company.people.map((p) => p.department))].sort();
  const departmentGroups = new Map(
    departments.map((d) => [d, add(`${d.toLowerCase().replace(/\s+/g, '-')}-team`, `Everyone in ${d}`)]),
  );
  const contractors = add('contractors', 'External contractors and partners');

  // One pass over the directory; closed accounts belong to no group.
  for (const member of org.directory.members) {
    if (member.account.status === 'closed') continue;
    if (member.orgRole === 'org-admin') join(member, admins);
    for (const grant of member.products) join(member, productGroups.get(grant.key));
    if (member.account.personIndex === undefined) continue;
    const person = company.people[member.account.personIndex];
    join(member, departmentGroups.get(person.department));
    if (person.employment === 'contractor') join(member, contractors);
  }
  // Department groups nobody in this organization belongs to are not synced to it.
  const synced = groups.filter((g) => g.memberCount > 0 || g === admins);
  synced.forEach((g, i) => (g.seq = i + 1));
  return synced;
}

function join(member: DirectoryMember, group: Group | undefined): void {
  if (!group) return;
  member.groups.push(group);
  group.memberCount++;
}
