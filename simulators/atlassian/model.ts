/**
 * The Atlassian simulator's in-memory records. Wire shapes (specs/atlassian-admin.yaml) are built
 * from these by `render.ts`; the records hold what changes (membership, roles) apart from what
 * does not (the account), so one account can sit in both organizations' directories.
 */
export type AccountStatus = 'active' | 'inactive' | 'closed';
export type ProductKey = 'jira-software' | 'confluence' | 'jira-service-desk' | 'bitbucket' | 'loom';
export type OrgRole = 'org-admin' | 'trusted-user' | 'user';
export type ProductRole = 'user' | 'product-admin' | 'user-access-admin';
export type PolicyType =
  'ip-allowlist' | 'data-residency' | 'authentication' | 'external-user' | 'user-security';
export type PolicyStatus = 'enabled' | 'disabled';

export const productKeys: readonly ProductKey[] = [
  'jira-software',
  'confluence',
  'jira-service-desk',
  'bitbucket',
  'loom',
];
export const orgRoles: readonly OrgRole[] = ['org-admin', 'trusted-user', 'user'];
export const productRoles: readonly ProductRole[] = ['user', 'product-admin', 'user-access-admin'];
export const policyTypes: readonly PolicyType[] = [
  'ip-allowlist',
  'data-residency',
  'authentication',
  'external-user',
  'user-security',
];

export const productNames: Record<ProductKey, string> = {
  'jira-software': 'Jira Software',
  confluence: 'Confluence',
  'jira-service-desk': 'Jira Service Management',
  bitbucket: 'Bitbucket',
  loom: 'Loom',
};

/** A global Atlassian account: the same record whichever directories it belongs to. */
export interface AtlassianAccount {
  accountId: string;
  name: string;
  nickname: string;
  /** As Atlassian stores it (case may differ from the canonical company email). */
  email: string;
  status: AccountStatus;
  created: string;
  lastActive?: string;
  /** The company person behind the account; absent for accounts created by an invite. */
  personIndex?: number;
}

export interface ProductGrant {
  key: ProductKey;
  /** Replaced, never mutated: seeded grants share one `['user']` array. */
  roles: readonly ProductRole[];
  /** Epoch ms of the last use of this product; absent when never used. */
  lastActiveMs?: number;
}

/** One account's place in one directory: access, org role and product roles in that organization. */
export interface DirectoryMember {
  /** Join order: the stable list order and the pagination key. */
  seq: number;
  account: AtlassianAccount;
  suspended: boolean;
  orgRole: OrgRole;
  products: ProductGrant[];
  /** The organization's groups the member is in (groups keep only a count). */
  groups: Group[];
}

export interface Directory {
  id: string;
  orgId: string;
  name: string;
  /** Ordered by `seq`, so pages never need a sort. */
  members: DirectoryMember[];
  byAccountId: Map<string, DirectoryMember>;
  nextSeq: number;
}

/** A product instance of an organization: what product roles are granted on. */
export interface ProductResource {
  key: ProductKey;
  /** The product's ARI, `ari:cloud:<product>::site/<cloudId>`. */
  id: string;
  url: string;
}

export interface Domain {
  id: string;
  name: string;
  claimType: 'http' | 'dns' | 'verified';
  claimStatus: 'verified' | 'pending';
}

export interface Policy {
  id: string;
  type: PolicyType;
  name: string;
  status: PolicyStatus;
  attributes: Record<string, unknown>;
  resources: { id: string; type: string }[];
  created: string;
  updated: string;
}

export interface Group {
  seq: number;
  id: string;
  name: string;
  description: string;
  memberCount: number;
}

export type EventAction =
  | 'user_created'
  | 'user_invited'
  | 'user_logged_in'
  | 'user_suspended'
  | 'user_restored'
  | 'user_removed_from_directory'
  | 'user_account_closed'
  | 'org_role_assigned'
  | 'org_role_revoked'
  | 'product_role_granted'
  | 'product_role_revoked'
  | 'user_added_to_group'
  | 'policy_updated'
  | 'domain_verified';

export const eventActions: readonly EventAction[] = [
  'user_created',
  'user_invited',
  'user_logged_in',
  'user_suspended',
  'user_restored',
  'user_removed_from_directory',
  'user_account_closed',
  'org_role_assigned',
  'org_role_revoked',
  'product_role_granted',
  'product_role_revoked',
  'user_added_to_group',
  'policy_updated',
  'domain_verified',
];

export interface EventActor {
  id: string;
  name: string;
  type: 'user' | 'system' | 'app';
}

export interface AuditEvent {
  /** Increases with time: the pagination key of the newest-first feed. */
  seq: number;
  id: string;
  time: string;
  action: EventAction;
  actor: EventActor;
  context: { key: string; value: string }[];
  container: { id: string; type: string }[];
  location: { ip: string; geo: string };
}

export interface Organization {
  /** Position in the organizations list. */
  seq: number;
  id: string;
  name: string;
  directory: Directory;
  products: ProductResource[];
  domains: Domain[];
  policies: Policy[];
  groups: Group[];
  /** Newest first; `seq` decreases along the array. */
  events: AuditEvent[];
  eventsById: Map<string, AuditEvent>;
}
