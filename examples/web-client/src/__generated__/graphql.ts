/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time string in UTC, e.g. `2026-11-01T12:00:00.000Z`. */
  DateTime: { input: string; output: string; }
  /** Arbitrary JSON: used only for vendor settings whose shape the vendor defines per type (policy attributes). */
  JSON: { input: unknown; output: unknown; }
};

/**
 * What a caller of AdminGraph may do, from its API key or its OIDC token's role claim. Each role may do
 * everything the roles before it may.
 */
export type AccessRole =
  /** May do everything: deletes, deprovisioning, integration credentials, policies, the audit log and the upstream trace. */
  | 'ADMIN'
  /** Also suspends and restores people, changes their roles and group memberships, and updates integration mappings. */
  | 'OPERATOR'
  /** Reads everything except the audit log and the upstream trace. */
  | 'VIEWER';

/** One account of a person at one vendor. */
export type Account = {
  /** When the vendor created the account. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The email exactly as the vendor stores it (may differ in case or spacing from `User.email`). */
  email: Scalars['String']['output'];
  /** The vendor's own ID for the account (BetterCloud user id, Atlassian account_id, Snow user id, JumpCloud administrator id). */
  externalId: Scalars['String']['output'];
  /** Opaque global ID of the account: `node(id:)` reads it again with the vendor's by-ID read where it has one. */
  id: Scalars['ID']['output'];
  /** Last sign-in or use the vendor reports. */
  lastActiveAt?: Maybe<Scalars['DateTime']['output']>;
  /** The account's state, mapped to one vocabulary. */
  status: AccountStatus;
  /** The vendor holding the account. */
  vendor: Vendor;
  /** The vendor's own status word, for reference (e.g. `deprovisioned`, `inactive`, `Enabled`). */
  vendorStatus: Scalars['String']['output'];
};

/** A page of one vendor's accounts. */
export type AccountConnection = {
  __typename?: 'AccountConnection';
  /** The accounts on this page. */
  edges: Array<AccountEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many accounts match, as the vendor counts them. */
  totalCount: Scalars['Int']['output'];
};

/** An account and its cursor. */
export type AccountEdge = {
  __typename?: 'AccountEdge';
  /** Opaque cursor: pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The account. */
  node: Account;
};

/**
 * Which accounts `accounts` returns. Every condition given must hold. Supported: BetterCloud `email`,
 * `status`; Snow all; JumpCloud `email`, `emailContains`, `status`; Atlassian none (its managed-account
 * list has no filter).
 */
export type AccountFilter = {
  /** Exact department (Snow). */
  department?: InputMaybe<Scalars['String']['input']>;
  /** Exact email (normalized before it is sent). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Part of the email (case-insensitive). */
  emailContains?: InputMaybe<Scalars['String']['input']>;
  /** Only accounts active at or after this time (Snow). */
  lastActiveAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only accounts last active before this time, or never (Snow). */
  lastActiveBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only accounts in this state. */
  status?: InputMaybe<AccountStatus>;
};

/** How to sort `accounts`. */
export type AccountSort = {
  /** The direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** The field. */
  field: AccountSortField;
};

/** Fields `accounts` can be sorted by (Snow: all; JumpCloud: EMAIL; BetterCloud and Atlassian: none). */
export type AccountSortField =
  /** Display name. */
  | 'DISPLAY_NAME'
  /** Email. */
  | 'EMAIL'
  /** Last activity. */
  | 'LAST_ACTIVE'
  /** Monthly cost (Snow). */
  | 'MONTHLY_COST';

/** The state of one vendor account, mapped from each vendor's own vocabulary. */
export type AccountStatus =
  /** The account can be used. */
  | 'ACTIVE'
  /** The account was removed or closed (BetterCloud deprovisioned, Atlassian closed or removed from the directory). */
  | 'DEPROVISIONED'
  /** Access is blocked but the account and its data remain (BetterCloud suspended, Atlassian suspended in a directory or inactive, SCIM `active: false`, Snow disabled). */
  | 'SUSPENDED';

/** Input of `addGroupMember`. Name the person with exactly one of `email` or `userId`. */
export type AddGroupMemberInput = {
  /** Only plan: answer the vendor calls that would be made (`plannedCalls`) without making any. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The person's email (case and surrounding spaces do not matter). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The group's global ID (`Group.id`): a BetterCloud or SCIM group. */
  groupId: Scalars['ID']['input'];
  /** A key of your choice (1 to 255 characters). Sending the same mutation again with the same key answers the first result instead of acting again; the same key with a different input is a `userError` (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Their role in the group. BetterCloud groups take OWNER, MANAGER or MEMBER; SCIM groups have no roles (MEMBER only). */
  role?: InputMaybe<GroupRole>;
  /** The person's global ID (`User.id`). */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** The answer of `addGroupMember`. */
export type AddGroupMemberPayload = {
  __typename?: 'AddGroupMemberPayload';
  /** The group read again after the change (its `members` and `memberCount` show it); null when the input was rejected. */
  group?: Maybe<Group>;
  /** The vendor calls the plan holds: for a dry run, exactly the calls that would be made; otherwise the calls made. */
  plannedCalls: Array<PlannedVendorCall>;
  /** One entry per vendor action: what was done, found already done, skipped, or (dry run) planned. */
  results: Array<VendorActionResult>;
  /** The person; null when the input was rejected. */
  user?: Maybe<User>;
  /** Why nothing was done: the input is wrong (no vendor was called). */
  userErrors: Array<UserError>;
};

/** A JumpCloud provider administrator. */
export type Administrator = {
  __typename?: 'Administrator';
  /** Whether the administrator may use API keys. */
  apiKeyAllowed?: Maybe<Scalars['Boolean']['output']>;
  /** Email. */
  email: Scalars['String']['output'];
  /** JumpCloud administrator ID: the vendor's own ID, not a global ID (this type is not a `Node`). */
  externalId: Scalars['String']['output'];
  /** First name. */
  firstName?: Maybe<Scalars['String']['output']>;
  /**
   * JumpCloud administrator ID.
   * @deprecated Not a global ID (`node(id:)` does not take it): use `externalId`, the same value.
   */
  id: Scalars['String']['output'];
  /** Last name. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** Whether the administrator has registered. */
  registered?: Maybe<Scalars['Boolean']['output']>;
  /** Role name. */
  role?: Maybe<Scalars['String']['output']>;
  /** Whether the administrator is suspended. */
  suspended: Scalars['Boolean']['output'];
  /** The person, joined by email. */
  user?: Maybe<User>;
};

/** A page of administrators. */
export type AdministratorConnection = {
  __typename?: 'AdministratorConnection';
  /** Administrators on this page. */
  edges: Array<AdministratorEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many administrators match the filter. */
  totalCount: Scalars['Int']['output'];
};

/** An administrator and its cursor. */
export type AdministratorEdge = {
  __typename?: 'AdministratorEdge';
  /** Opaque cursor: pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The administrator. */
  node: Administrator;
};

/** Which administrators `Provider.administrators` returns. Every condition given must hold. */
export type AdministratorFilter = {
  /** Exact email (trimmed and lower-cased before comparing, as JumpCloud stores it). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Part of the email (case-insensitive). */
  emailContains?: InputMaybe<Scalars['String']['input']>;
  /** Exact role name, e.g. `Administrator with Billing` (case-sensitive). */
  role?: InputMaybe<Scalars['String']['input']>;
  /** Only suspended (true) or only not suspended (false) administrators. */
  suspended?: InputMaybe<Scalars['Boolean']['input']>;
};

/** How to sort `Provider.administrators`. */
export type AdministratorSort = {
  /** The direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** The field. */
  field: AdministratorSortField;
  /** Compare ignoring case (JumpCloud's `sortIgnoreCase`). */
  ignoreCase?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Fields `Provider.administrators` can be sorted by. */
export type AdministratorSortField =
  /** Email. */
  | 'EMAIL'
  /** Last name. */
  | 'LAST_NAME';

/** A ticketing alert configuration of a PSA integration. */
export type AlertConfiguration = {
  __typename?: 'AlertConfiguration';
  /** Alert category. */
  category?: Maybe<Scalars['String']['output']>;
  /** Description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Days until the ticket is due. */
  dueDays?: Maybe<Scalars['Int']['output']>;
  /** Alert configuration ID: the vendor's own ID, not a global ID (this type is not a `Node`). */
  externalId: Scalars['String']['output'];
  /**
   * Alert configuration ID.
   * @deprecated Not a global ID (`node(id:)` does not take it): use `externalId`, the same value.
   */
  id: Scalars['String']['output'];
  /** Alert name. */
  name?: Maybe<Scalars['String']['output']>;
  /** Priority name, when set. */
  priority?: Maybe<Scalars['String']['output']>;
  /** Whether the alert opens a ticket. */
  shouldCreateTickets: Scalars['Boolean']['output'];
  /** Ticket source. */
  source?: Maybe<Scalars['String']['output']>;
};

/** The option lists of a PSA's alert configurations. */
export type AlertConfigurationOptions = {
  __typename?: 'AlertConfigurationOptions';
  /** Named option lists: `priority`, `source`, `status`, `queue`, ... */
  options: Array<AlertOptionList>;
  /** Autotask resources a ticket may be assigned to, each with the roles it may work under (empty for other PSAs). */
  resources: Array<AlertResource>;
};

/** One list of alert-configuration choices. */
export type AlertOptionList = {
  __typename?: 'AlertOptionList';
  /** Which setting it is for, e.g. `priority`. */
  name: Scalars['String']['output'];
  /** The choices. */
  values: Array<AlertOptionValue>;
};

/** One choice of an alert-configuration option list. */
export type AlertOptionValue = {
  __typename?: 'AlertOptionValue';
  /** The name `updateAlertConfiguration` takes. */
  label: Scalars['String']['output'];
  /** The PSA's ID for it. */
  value: Scalars['Int']['output'];
};

/** An Autotask resource tickets may be assigned to. */
export type AlertResource = {
  __typename?: 'AlertResource';
  /** Autotask resource ID: the vendor's own ID, not a global ID (this type is not a `Node`). */
  externalId: Scalars['String']['output'];
  /**
   * Autotask resource ID.
   * @deprecated Not a global ID (`node(id:)` does not take it): use `externalId`, the same value as a string.
   */
  id: Scalars['Int']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Roles it may work under. */
  roles: Array<AlertOptionValue>;
};

/** A SaaS application Snow knows about. */
export type Application = Node & {
  __typename?: 'Application';
  /** Category, e.g. Collaboration. */
  category?: Maybe<Scalars['String']['output']>;
  /** Snow's application ID. */
  externalId: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Application name. */
  name: Scalars['String']['output'];
  /** The software vendor. */
  softwareVendor?: Maybe<Scalars['String']['output']>;
};

/** A page of applications. */
export type ApplicationConnection = {
  __typename?: 'ApplicationConnection';
  /** Applications on this page. */
  edges: Array<ApplicationEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many applications match. */
  totalCount: Scalars['Int']['output'];
};

/** An application and its cursor. */
export type ApplicationEdge = {
  __typename?: 'ApplicationEdge';
  /** Opaque cursor: pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The application. */
  node: Application;
};

/** Input of `assignOrganizationRole`. Name the person with exactly one of `email` or `userId`; they must have an Atlassian account. */
export type AssignOrganizationRoleInput = {
  /** Only plan: answer the vendor calls that would be made (`plannedCalls`) without making any. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The person's email (case and surrounding spaces do not matter). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** A key of your choice (1 to 255 characters). Sending the same mutation again with the same key answers the first result instead of acting again; the same key with a different input is a `userError` (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The organization role: `org-admin`, `trusted-user` or `user`. */
  role: Scalars['String']['input'];
  /** The person's global ID (`User.id`). */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** The answer of `assignOrganizationRole`. */
export type AssignOrganizationRolePayload = {
  __typename?: 'AssignOrganizationRolePayload';
  /** The vendor calls the plan holds: for a dry run, exactly the calls that would be made; otherwise the calls made. */
  plannedCalls: Array<PlannedVendorCall>;
  /** One entry per vendor action: what was done, found already done, skipped, or (dry run) planned. */
  results: Array<VendorActionResult>;
  /** The person after the change, with their `roleAssignments` read again (before it, for a dry run); null when the input was rejected. */
  user?: Maybe<User>;
  /** Why nothing was done: the input is wrong (no vendor was called). */
  userErrors: Array<UserError>;
};

/** An Atlassian account in the organization's directory, with its SCIM identity where it is provisioned. */
export type AtlassianAccount = Account & Node & {
  __typename?: 'AtlassianAccount';
  /** atlassian, customer or app. */
  accountType?: Maybe<Scalars['String']['output']>;
  /** When the account was created. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The email as Atlassian stores it. */
  email: Scalars['String']['output'];
  /** Atlassian account_id. */
  externalId: Scalars['String']['output'];
  /** Opaque global ID of the account. */
  id: Scalars['ID']['output'];
  /** Last activity Atlassian reports. */
  lastActiveAt?: Maybe<Scalars['DateTime']['output']>;
  /** Display name at Atlassian. */
  name?: Maybe<Scalars['String']['output']>;
  /** The organization whose directory holds the account. */
  organization?: Maybe<Organization>;
  /** Products this account can use, with the access level. */
  productAccess: Array<ProductAccess>;
  /** Organization and product roles assigned to this account (null, with an error, when Atlassian cannot be read). */
  roleAssignments?: Maybe<Array<RoleAssignment>>;
  /** The account's identity in the SCIM provisioning API, when an identity provider provisioned it. */
  scim?: Maybe<ScimIdentity>;
  /** The account's state (suspension in the directory counts as SUSPENDED). */
  status: AccountStatus;
  /** Always ATLASSIAN. */
  vendor: Vendor;
  /** Atlassian's account_status (active, inactive, closed), with `suspended` when the directory suspends it. */
  vendorStatus: Scalars['String']['output'];
};

/** An Atlassian organization with its domains and directories. */
export type AtlassianOrganization = Node & Organization & {
  __typename?: 'AtlassianOrganization';
  /** The organization's managed accounts (Atlassian's org-wide user list), in Atlassian's order, each with its account status and product access. */
  accounts: AccountConnection;
  /** Directories in the organization (null, with an error, when Atlassian cannot be read). */
  directories?: Maybe<Array<Directory>>;
  /** One claimed domain by its Atlassian domain ID (`Domain.id`); null when the organization has no such domain. */
  domain?: Maybe<Domain>;
  /** Domains claimed by the organization (null, with an error, when Atlassian cannot be read). */
  domains?: Maybe<Array<Domain>>;
  /** Atlassian org ID. */
  externalId: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Organization name. */
  name: Scalars['String']['output'];
  /** The organization's policies. */
  policies: PolicyConnection;
  /** Always ATLASSIAN. */
  vendor: Vendor;
};


/** An Atlassian organization with its domains and directories. */
export type AtlassianOrganizationAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An Atlassian organization with its domains and directories. */
export type AtlassianOrganizationDomainArgs = {
  id: Scalars['String']['input'];
};


/** An Atlassian organization with its domains and directories. */
export type AtlassianOrganizationPoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Who made a recorded mutation. */
export type AuditActor = {
  __typename?: 'AuditActor';
  /** The OIDC token's issuer (`iss`), for a token. */
  issuer?: Maybe<Scalars['String']['output']>;
  /** The API key's configured name, for an API key. */
  keyName?: Maybe<Scalars['String']['output']>;
  /** How the caller proved who it is. */
  method: AuthMethod;
  /** The principal ID, as `AuditLogEntry.principal` shows it (not a global ID). */
  principalId: Scalars['String']['output'];
  /** The role the caller held (null in entries from before roles existed). */
  role?: Maybe<AccessRole>;
  /** The OIDC token's subject (`sub`), for a token. */
  subject?: Maybe<Scalars['String']['output']>;
};

/** One vendor call a recorded mutation made (or planned, for a dry run). */
export type AuditCall = {
  __typename?: 'AuditCall';
  /** The vendor API. */
  api: VendorApi;
  /** The error code when it failed or was skipped. */
  code?: Maybe<Scalars['String']['output']>;
  /** What happened. */
  message: Scalars['String']['output'];
  /** HTTP method; null when no call was made. */
  method?: Maybe<Scalars['String']['output']>;
  /** The operation's ID in the vendor's API document; null when no call applies (skipped, already done). */
  operationId?: Maybe<Scalars['String']['output']>;
  /** How the action went. */
  outcome: VendorActionStatus;
  /** Path below the vendor API's base URL; null when no call was made. */
  path?: Maybe<Scalars['String']['output']>;
  /** The vendor's HTTP status; null when no answer came (or nothing was sent). */
  status?: Maybe<Scalars['Int']['output']>;
  /** The vendor. */
  vendor: Vendor;
};

/** An audit event from BetterCloud or Atlassian, in one shape. */
export type AuditEvent = Node & {
  __typename?: 'AuditEvent';
  /** Event type as the vendor names it (e.g. `user.suspended`, `user_added_to_group`). */
  action: Scalars['String']['output'];
  /** Who did it (email or account ID). */
  actor?: Maybe<Scalars['String']['output']>;
  /** Human-readable description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The vendor's event ID. */
  externalId: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The person it is about, when it is about a person. */
  target?: Maybe<User>;
  /** The target as the vendor reports it. */
  targetDescription?: Maybe<Scalars['String']['output']>;
  /** The vendor that recorded it. */
  vendor: Vendor;
};

/** A page of audit events. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** Events on this page, newest first. */
  edges: Array<AuditEventEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many events match (null when a vendor does not tell). */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An event and its cursor. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Opaque cursor: pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: AuditEvent;
};

/** Input for `events(filter:)`. */
export type AuditEventFilter = {
  /** Only events of this type, as the vendor names it (BetterCloud `type`, Atlassian `action`, e.g. `user.suspended`); sent to the vendor. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Only events at or after this time. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only events before this time. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only events about this person (email): BetterCloud filters by its user; Atlassian cannot filter by person, so with this set only BetterCloud events are read. */
  userEmail?: InputMaybe<Scalars['String']['input']>;
  /** Only this vendor's events (default: BetterCloud and Atlassian, merged newest first). */
  vendor?: InputMaybe<Vendor>;
};

/** A page of audit log entries, newest first. */
export type AuditLogConnection = {
  __typename?: 'AuditLogConnection';
  /** The entries on this page with their cursors. */
  edges: Array<AuditLogEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many entries the log holds. */
  totalCount: Scalars['Int']['output'];
};

/** An audit log entry and its cursor. */
export type AuditLogEdge = {
  __typename?: 'AuditLogEdge';
  /** Opaque cursor: pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AuditLogEntry;
};

/** One mutation, as the audit log recorded it before answering: who, what, which vendor calls, when. */
export type AuditLogEntry = {
  __typename?: 'AuditLogEntry';
  /** Who asked, in full: how they authenticated, their role, the API key's name or the OIDC token's issuer and subject. */
  actor: AuditActor;
  /** When the mutation finished (for IN_PROGRESS and INTERRUPTED: when it was recorded, before its first vendor call). */
  at: Scalars['DateTime']['output'];
  /** The vendor actions, in plan order, with their outcomes. */
  calls: Array<AuditCall>;
  /** True for a dry run (calls planned, none made). */
  dryRun: Scalars['Boolean']['output'];
  /** Unique ID of the entry (a UUID; not a global ID: entries are read through `auditLog`, not `node(id:)`). */
  entryId: Scalars['ID']['output'];
  /**
   * Unique ID of the entry.
   * @deprecated Not a global ID (`node(id:)` does not take it): use `entryId`, the same value.
   */
  id: Scalars['ID']['output'];
  /** The idempotency key the client sent, if any. */
  idempotencyKey?: Maybe<Scalars['String']['output']>;
  /** The input as given (secrets removed). */
  input: Scalars['JSON']['output'];
  /** The mutation's name, e.g. `suspendUser`. */
  mutation: Scalars['String']['output'];
  /** Who asked: the caller's principal ID (`key:<name>` for an API key, `oidc:<issuer>#<subject>` for an OIDC token; `anonymous` in entries from before authentication). */
  principal: Scalars['String']['output'];
  /** How the mutation ended. */
  result: AuditResult;
  /** The input errors, for a REJECTED mutation. */
  userErrors: Array<UserError>;
};

/** How a recorded mutation ended. */
export type AuditResult =
  /** Every call that could be sent was, but some account keeps its access because its vendor's API cannot change it (a STILL_ACTIVE action): not done. */
  | 'ACCESS_REMAINS'
  /** A dry run: calls were planned, none made. */
  | 'DRY_RUN'
  /** Vendor actions failed and none succeeded (the others, if any, were already done or skipped). */
  | 'FAILED'
  /** The gateway stopped (crashed or was killed) while it ran: `calls` shows which vendor actions were recorded as done; run it again with the same `idempotencyKey` to complete only what is left. */
  | 'INTERRUPTED'
  /** Recorded before its first vendor call and still running: `calls` shows the outcomes recorded so far. */
  | 'IN_PROGRESS'
  /** Nothing needed doing: every action was already done or skipped. */
  | 'NO_CHANGE'
  /** Some vendor actions failed while others succeeded. */
  | 'PARTIALLY_FAILED'
  /** The input was wrong (`userErrors`): no vendor was called. */
  | 'REJECTED'
  /** A retry with an `idempotencyKey` already completed: the first result was answered, no vendor was called. */
  | 'REPLAYED'
  /** Every vendor action succeeded (or was already done, or skipped as unsupported). */
  | 'SUCCEEDED';

/** How a caller authenticated. */
export type AuthMethod =
  /** No authentication: in-process use, and entries from before authentication existed. */
  | 'ANONYMOUS'
  /** An API key from `ADMINGRAPH_API_KEYS` (or the local admin key). */
  | 'API_KEY'
  /** An OIDC access token verified against the configured issuer. */
  | 'OIDC';

/** Autotask PSA connection fields. `secret` is sent to JumpCloud and never returned. */
export type AutotaskConnectionInput = {
  /** The API user's secret (write-only). */
  secret: Scalars['String']['input'];
  /** The Autotask API user (an email address). */
  username: Scalars['String']['input'];
};

/** Autotask connection fields to change (each optional). */
export type AutotaskConnectionPatch = {
  /** New secret (write-only). */
  secret?: InputMaybe<Scalars['String']['input']>;
  /** New API user (an email address). */
  username?: InputMaybe<Scalars['String']['input']>;
};

/** A BetterCloud user. */
export type BetterCloudAccount = Account & Node & {
  __typename?: 'BetterCloudAccount';
  /** When BetterCloud created the user. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Department. */
  department?: Maybe<Scalars['String']['output']>;
  /** The email as BetterCloud stores it. */
  email: Scalars['String']['output'];
  /** BetterCloud user id. */
  externalId: Scalars['String']['output'];
  /** First name. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Opaque global ID of the account. */
  id: Scalars['ID']['output'];
  /** BetterCloud reports no activity date: always null. */
  lastActiveAt?: Maybe<Scalars['DateTime']['output']>;
  /** Last name. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** Location. */
  location?: Maybe<Scalars['String']['output']>;
  /** The manager's email, as BetterCloud has it. */
  managerEmail?: Maybe<Scalars['String']['output']>;
  /** The account's state. */
  status: AccountStatus;
  /** Job title. */
  title?: Maybe<Scalars['String']['output']>;
  /** Always BETTERCLOUD. */
  vendor: Vendor;
  /** BetterCloud's status: active, suspended or deprovisioned. */
  vendorStatus: Scalars['String']['output'];
};

/** Who may share a cached answer. */
export type CacheControlScope =
  /** Only the same caller (principal) of the same tenant gets the cached answer back. */
  | 'PRIVATE'
  /** Every caller of the same tenant and role shares the cached answer. */
  | 'PUBLIC';

/** One change, from any source, in one shape. */
export type Change = {
  __typename?: 'Change';
  /** What happened: the vendor's event type, or the AdminGraph mutation's name. */
  action: Scalars['String']['output'];
  /** Who did it (email, account ID or AdminGraph principal). */
  actor?: Maybe<Scalars['String']['output']>;
  /** The AdminGraph audit log entry (ADMINGRAPH). */
  auditEntry?: Maybe<AuditLogEntry>;
  /** Human-readable description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The vendor event (BETTERCLOUD, ATLASSIAN). */
  event?: Maybe<AuditEvent>;
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** Where it was recorded. */
  source: ChangeSource;
  /** The person it is about, when it is about a person the identity index knows. */
  user?: Maybe<User>;
};

/** A page of changes, newest first. */
export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  /** Changes on this page with their cursors. */
  edges: Array<ChangeEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many changes happened since `since` (null when a vendor does not report its count). */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** A change and its cursor. */
export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  /** Opaque cursor: pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: Change;
};

/** Where a change was recorded. */
export type ChangeSource =
  /** AdminGraph's own audit log of mutations. */
  | 'ADMINGRAPH'
  /** The Atlassian organization's audit log. */
  | 'ATLASSIAN'
  /** BetterCloud's event feed. */
  | 'BETTERCLOUD';

/** A vendor account of a person that is suspended, deprovisioned or closed: the signal that the person is being offboarded. */
export type ClosedAccount = {
  __typename?: 'ClosedAccount';
  /** The account. */
  account: Account;
  /** The account's state (SUSPENDED or DEPROVISIONED). */
  status: AccountStatus;
  /** The vendor. */
  vendor: Vendor;
};

/** ConnectWise PSA connection fields. `publicKey` and `privateKey` are sent to JumpCloud and never returned. */
export type ConnectWiseConnectionInput = {
  /** The ConnectWise company ID used to log in. */
  companyId: Scalars['String']['input'];
  /** The API member's private key (write-only). */
  privateKey: Scalars['String']['input'];
  /** The API member's public key. */
  publicKey: Scalars['String']['input'];
  /** The ConnectWise site's base URL (https), e.g. `https://na.myconnectwise.net`. */
  url: Scalars['String']['input'];
};

/** ConnectWise connection fields to change (each optional). */
export type ConnectWiseConnectionPatch = {
  /** New ConnectWise company ID. */
  companyId?: InputMaybe<Scalars['String']['input']>;
  /** New private key (write-only). */
  privateKey?: InputMaybe<Scalars['String']['input']>;
  /** New public key. */
  publicKey?: InputMaybe<Scalars['String']['input']>;
  /** New base URL (https). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `createGroup`. */
export type CreateGroupInput = {
  /** BetterCloud only: a description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Only plan: answer the vendor calls that would be made (`plannedCalls`) without making any. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** BetterCloud only: the group's email address, unused by any other group (ignoring case). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** A key of your choice (1 to 255 characters). Sending the same mutation again with the same key answers the first result instead of acting again (and creates no second group); the same key with a different input is a `userError` (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The group's name. SCIM names are unique in the directory (ignoring case). */
  name: Scalars['String']['input'];
  /** Where to create it: BETTERCLOUD or SCIM (Atlassian admin groups cannot be created through the API). */
  source: GroupSource;
};

/** The answer of `createGroup`. */
export type CreateGroupPayload = {
  __typename?: 'CreateGroupPayload';
  /** The new group as the vendor lists it; null for a dry run, a rejected input, or a failed call. */
  group?: Maybe<Group>;
  /** The vendor calls the plan holds: for a dry run, exactly the calls that would be made; otherwise the calls made. */
  plannedCalls: Array<PlannedVendorCall>;
  /** One entry per vendor action: what was done, or (dry run) planned. */
  results: Array<VendorActionResult>;
  /** Why nothing was done: the input is wrong (no vendor was called). */
  userErrors: Array<UserError>;
};

/** Input of `createIntegration`: the PSA kind and, matching it, exactly one of `connectWise`, `syncro`, `autotask`. */
export type CreateIntegrationInput = {
  /** Connection fields when `kind` is AUTOTASK. */
  autotask?: InputMaybe<AutotaskConnectionInput>;
  /** Connection fields when `kind` is CONNECTWISE. */
  connectWise?: InputMaybe<ConnectWiseConnectionInput>;
  /** Only plan: answer the vendor call that would be made (`plannedCalls`, credentials masked) without making it. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** A key of your choice (1 to 255 characters): a retry with the same key answers the first result instead of connecting the PSA twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** CONNECTWISE, SYNCRO or AUTOTASK. */
  kind: IntegrationKind;
  /** Connection fields when `kind` is SYNCRO. */
  syncro?: InputMaybe<SyncroConnectionInput>;
};

/** The answer of `createIntegration`. */
export type CreateIntegrationPayload = {
  __typename?: 'CreateIntegrationPayload';
  /** The new integration, read from JumpCloud; null for a dry run or when nothing was created. */
  integration?: Maybe<Integration>;
  /** The vendor calls the plan holds, credentials masked as `********`. */
  plannedCalls: Array<PlannedVendorCall>;
  /** The vendor call's outcome (or plan). Credentials never appear here. */
  results: Array<VendorActionResult>;
  /** Why nothing was done: the input is wrong (no vendor was called). */
  userErrors: Array<UserError>;
};

/** Input of `createProviderAdministrator`. */
export type CreateProviderAdministratorInput = {
  /** Allow them to use API keys. */
  apiKeyAllowed?: InputMaybe<Scalars['Boolean']['input']>;
  /** True to give them access to no organization (default: every organization). */
  bindNoOrgs?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only plan: answer the vendor call that would be made without making it. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** Their email (stored lower-cased); no other administrator of the provider may have it. */
  email: Scalars['String']['input'];
  /** Require multi-factor authentication. */
  enableMultiFactor?: InputMaybe<Scalars['Boolean']['input']>;
  /** First name. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** A key of your choice (1 to 255 characters): a retry with the same key answers the first result instead of acting again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Last name. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** JumpCloud role name: `Administrator with Billing`, `Administrator`, `Manager`, `Command Runner with Billing`, `Command Runner`, `Help Desk` or `Read Only`. */
  role: Scalars['String']['input'];
};

/** The answer of `createProviderAdministrator`. */
export type CreateProviderAdministratorPayload = {
  __typename?: 'CreateProviderAdministratorPayload';
  /** The new administrator, read from JumpCloud; null for a dry run or when nothing was created. */
  administrator?: Maybe<Administrator>;
  /** The vendor calls the plan holds. */
  plannedCalls: Array<PlannedVendorCall>;
  /** The vendor call's outcome (or plan). */
  results: Array<VendorActionResult>;
  /** Why nothing was done: the input is wrong (no vendor was called). */
  userErrors: Array<UserError>;
};

/** Input of `createProviderOrganization`. */
export type CreateProviderOrganizationInput = {
  /** Only plan: answer the vendor call that would be made without making it. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** A key of your choice (1 to 255 characters): a retry with the same key answers the first result instead of creating it twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The most system users the organization may have (0 or more). */
  maxSystemUsers?: InputMaybe<Scalars['Int']['input']>;
  /** Organization name (1 to 255 characters, unique in the provider regardless of case). */
  name: Scalars['String']['input'];
};

/** The answer of `createProviderOrganization`. */
export type CreateProviderOrganizationPayload = {
  __typename?: 'CreateProviderOrganizationPayload';
  /** The new organization, read from JumpCloud; null for a dry run or when nothing was created. */
  organization?: Maybe<ProviderOrganization>;
  /** The vendor calls the plan holds. */
  plannedCalls: Array<PlannedVendorCall>;
  /** The vendor call's outcome (or plan). */
  results: Array<VendorActionResult>;
  /** Why nothing was done: the input is wrong (no vendor was called). */
  userErrors: Array<UserError>;
};

/** Input of `createWorkflow`. */
export type CreateWorkflowInput = {
  /** What it is for. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Only plan: answer the vendor call that would be made without making it. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** A key of your choice (1 to 255 characters): a retry with the same key answers the first result instead of creating a second workflow. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Workflow name (1 to 255 characters). */
  name: Scalars['String']['input'];
  /** Initial status: `draft` (default) or `active` (a new workflow cannot start `inactive`). */
  status?: InputMaybe<Scalars['String']['input']>;
  /** How it starts: `manual` (default), `event` or `scheduled`. */
  triggerType?: InputMaybe<Scalars['String']['input']>;
};

/** The answer of `createWorkflow`. */
export type CreateWorkflowPayload = {
  __typename?: 'CreateWorkflowPayload';
  /** The vendor calls the plan holds. */
  plannedCalls: Array<PlannedVendorCall>;
  /** The vendor call's outcome (or plan). */
  results: Array<VendorActionResult>;
  /** Why nothing was done: the input is wrong (no vendor was called). */
  userErrors: Array<UserError>;
  /** The new workflow, read from BetterCloud; null for a dry run or when nothing was created. */
  workflow?: Maybe<Workflow>;
};

/** Input of `deleteGroup`. */
export type DeleteGroupInput = {
  /** Only plan: answer the vendor calls that would be made (`plannedCalls`) without making any. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The group's global ID (`Group.id`): a BetterCloud or SCIM group. */
  groupId: Scalars['ID']['input'];
  /** A key of your choice (1 to 255 characters). Sending the same mutation again with the same key answers the first result instead of acting again; the same key with a different input is a `userError` (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** The answer of `deleteGroup`. */
export type DeleteGroupPayload = {
  __typename?: 'DeleteGroupPayload';
  /** The ID of the group that no longer exists; null for a dry run, a rejected input, or a failed call. */
  deletedGroupId?: Maybe<Scalars['ID']['output']>;
  /** The group as it is now: for a dry run, the group that would be deleted; null once it is gone. */
  group?: Maybe<Group>;
  /** The vendor calls the plan holds: for a dry run, exactly the calls that would be made; otherwise the calls made. */
  plannedCalls: Array<PlannedVendorCall>;
  /** One entry per vendor action: what was done, found already done, or (dry run) planned. */
  results: Array<VendorActionResult>;
  /** Why nothing was done: the input is wrong (no vendor was called). */
  userErrors: Array<UserError>;
};

/** Input of `deleteIntegration`. */
export type DeleteIntegrationInput = {
  /** Only plan: answer the vendor call that would be made without making it. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** A key of your choice (1 to 255 characters): a retry with the same key answers the first result instead of acting again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The PSA integration (`Integration.id`). */
  integrationId: Scalars['ID']['input'];
};

/** The answer of `deleteIntegration`. */
export type DeleteIntegrationPayload = {
  __typename?: 'DeleteIntegrationPayload';
  /** The ID of the deleted integration; null for a dry run or when it was not deleted. */
  deletedIntegrationId?: Maybe<Scalars['ID']['output']>;
  /** The integration as JumpCloud shows it now: null once deleted; for a dry run, as it is. */
  integration?: Maybe<Integration>;
  /** The vendor calls the plan holds. */
  plannedCalls: Array<PlannedVendorCall>;
  /** The vendor call's outcome (or plan). */
  results: Array<VendorActionResult>;
  /** Why nothing was done: the input is wrong (no vendor was called). */
  userErrors: Array<UserError>;
};

/** Input of `deletePolicyGroupTemplate`. */
export type DeletePolicyGroupTemplateInput = {
  /** Only plan: answer the vendor call that would be made without making it. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** A key of your choice (1 to 255 characters): a retry with the same key answers the first result instead of acting again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The policy group template (`Policy.id` of a JumpCloud policy of kind POLICY_GROUP_TEMPLATE). */
  policyId: Scalars['ID']['input'];
};

/** The answer of `deletePolicyGroupTemplate`. */
export type DeletePolicyGroupTemplatePayload = {
  __typename?: 'DeletePolicyGroupTemplatePayload';
  /** The ID of the deleted template; null for a dry run or when it was not deleted. */
  deletedPolicyId?: Maybe<Scalars['ID']['output']>;
  /** The vendor calls the plan holds. */
  plannedCalls: Array<PlannedVendorCall>;
  /** The template as JumpCloud shows it now: null once deleted; for a dry run, as it is. */
  policy?: Maybe<Policy>;
  /** The vendor call's outcome (or plan). */
  results: Array<VendorActionResult>;
  /** Why nothing was done: the input is wrong (no vendor was called). */
  userErrors: Array<UserError>;
};

/** Input of `deleteProviderAdministrator`. Name the administrator with exactly one of `administratorId` or `email`. */
export type DeleteProviderAdministratorInput = {
  /** The JumpCloud administrator ID (`Administrator.id`). */
  administratorId?: InputMaybe<Scalars['String']['input']>;
  /** Only plan: answer the vendor call that would be made without making it. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The administrator's email. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** A key of your choice (1 to 255 characters): a retry with the same key answers the first result instead of acting again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** The answer of `deleteProviderAdministrator`. */
export type DeleteProviderAdministratorPayload = {
  __typename?: 'DeleteProviderAdministratorPayload';
  /** The administrator as JumpCloud lists them now: null once removed; for a dry run, as they are. */
  administrator?: Maybe<Administrator>;
  /** The removed administrator's ID; null for a dry run or when nothing was removed. */
  deletedAdministratorId?: Maybe<Scalars['String']['output']>;
  /** The vendor calls the plan holds. */
  plannedCalls: Array<PlannedVendorCall>;
  /** The vendor call's outcome (or plan). */
  results: Array<VendorActionResult>;
  /** Why nothing was done: the input is wrong (no vendor was called). */
  userErrors: Array<UserError>;
};

/** Input of `deleteWorkflow`. */
export type DeleteWorkflowInput = {
  /** Only plan: answer the vendor call that would be made without making it. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** A key of your choice (1 to 255 characters): a retry with the same key answers the first result instead of acting again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The workflow (`Workflow.id`). */
  workflowId: Scalars['ID']['input'];
};

/** The answer of `deleteWorkflow`. */
export type DeleteWorkflowPayload = {
  __typename?: 'DeleteWorkflowPayload';
  /** The deleted workflow's ID; null for a dry run or when nothing was deleted. */
  deletedWorkflowId?: Maybe<Scalars['ID']['output']>;
  /** The vendor calls the plan holds. */
  plannedCalls: Array<PlannedVendorCall>;
  /** The vendor call's outcome (or plan). */
  results: Array<VendorActionResult>;
  /** Why nothing was done: the input is wrong (no vendor was called). */
  userErrors: Array<UserError>;
  /** The workflow as BetterCloud shows it now: null once deleted; for a dry run, as it is. */
  workflow?: Maybe<Workflow>;
};

/** Input of `deprovisionUser`. Name the person with exactly one of `email` or `userId`. */
export type DeprovisionUserInput = {
  /** Only plan: answer the vendor calls that would be made (`plannedCalls`) without making any. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The person's email (case and surrounding spaces do not matter). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** A key of your choice (1 to 255 characters). Sending the same mutation again with the same key answers the first result instead of acting again; the same key with a different input is a `userError` (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The person's global ID (`User.id`). */
  userId?: InputMaybe<Scalars['ID']['input']>;
  /** Act only in these vendors (each must hold an account of the person). Default: every vendor where the person has an account. */
  vendors?: InputMaybe<Array<Vendor>>;
};

/** The answer of `deprovisionUser`. */
export type DeprovisionUserPayload = {
  __typename?: 'DeprovisionUserPayload';
  /** The vendor calls the plan holds: for a dry run, exactly the calls that would be made; otherwise the calls made. */
  plannedCalls: Array<PlannedVendorCall>;
  /** One entry per vendor action: what was done, found already done, skipped, or (dry run) planned. */
  results: Array<VendorActionResult>;
  /** The person as the vendors show them after the change (before it, for a dry run); null when the input named no one, or when no vendor lists them any more. */
  user?: Maybe<User>;
  /** Why nothing was done: the input is wrong (no vendor was called). */
  userErrors: Array<UserError>;
};

/** A user directory of an Atlassian organization. */
export type Directory = {
  __typename?: 'Directory';
  /** Atlassian directory ID (also the SCIM directory): the vendor's own ID, not a global ID (this type is not a `Node`). */
  externalId: Scalars['String']['output'];
  /**
   * Atlassian directory ID (also the SCIM directory).
   * @deprecated Not a global ID (`node(id:)` does not take it): use `externalId`, the same value.
   */
  id: Scalars['String']['output'];
  /** Directory name. */
  name?: Maybe<Scalars['String']['output']>;
  /** How many users the directory holds. */
  userCount?: Maybe<Scalars['Int']['output']>;
};

/** A place Snow discovers users and usage from (SSO, browser extension, expense system, API connector). */
export type DiscoverySource = {
  __typename?: 'DiscoverySource';
  /** When the source was added. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Snow's ID for the source: the vendor's own ID, not a global ID (this type is not a `Node`). */
  externalId: Scalars['String']['output'];
  /**
   * Snow's ID for the source.
   * @deprecated Not a global ID (`node(id:)` does not take it): use `externalId`, the same value.
   */
  id: Scalars['String']['output'];
  /** Source name, e.g. `saas.collectors.m365`. */
  name: Scalars['String']['output'];
  /** Snow's numeric source type. */
  type: Scalars['Int']['output'];
};

/** A domain claimed by an Atlassian organization. */
export type Domain = {
  __typename?: 'Domain';
  /** Atlassian domain ID: the vendor's own ID, not a global ID (this type is not a `Node`). */
  externalId: Scalars['String']['output'];
  /**
   * Atlassian domain ID.
   * @deprecated Not a global ID (`node(id:)` does not take it): use `externalId`, the same value.
   */
  id: Scalars['String']['output'];
  /** The domain name. */
  name: Scalars['String']['output'];
  /** Verification state, e.g. `VERIFIED`. */
  verificationStatus?: Maybe<Scalars['String']['output']>;
};

/**
 * A document the gateway passes through from a vendor: a short-lived signed link, so a browser can
 * fetch it without the GraphQL credentials. The link answers the vendor's bytes (never JSON).
 */
export type DownloadLink = {
  __typename?: 'DownloadLink';
  /** The document's media type, e.g. `application/pdf`. */
  contentType: Scalars['String']['output'];
  /** When the link stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** Where to GET the document: a path on this gateway, signed, valid until `expiresAt`. */
  url: Scalars['String']['output'];
};

/** Input of `grantProductRole`. Name the person with exactly one of `email` or `userId`; they must have an Atlassian account. */
export type GrantProductRoleInput = {
  /** Only plan: answer the vendor calls that would be made (`plannedCalls`) without making any. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The person's email (case and surrounding spaces do not matter). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** A key of your choice (1 to 255 characters). Sending the same mutation again with the same key answers the first result instead of acting again; the same key with a different input is a `userError` (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The product: its resource ARI (`ari:cloud:confluence::site/<cloudId>`) or its product key (`confluence`). Must be a product of the organization. */
  resource: Scalars['String']['input'];
  /** The product role: `user`, `product-admin` or `user-access-admin`. */
  role: Scalars['String']['input'];
  /** The person's global ID (`User.id`). */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** The answer of `grantProductRole`. */
export type GrantProductRolePayload = {
  __typename?: 'GrantProductRolePayload';
  /** The vendor calls the plan holds: for a dry run, exactly the calls that would be made; otherwise the calls made. */
  plannedCalls: Array<PlannedVendorCall>;
  /** One entry per vendor action: what was done, found already done, skipped, or (dry run) planned. */
  results: Array<VendorActionResult>;
  /** The person after the change, with their `roleAssignments` read again (before it, for a dry run); null when the input was rejected. */
  user?: Maybe<User>;
  /** Why nothing was done: the input is wrong (no vendor was called). */
  userErrors: Array<UserError>;
};

/** A group of people at one vendor: BetterCloud groups (with member roles), Atlassian groups, SCIM groups. */
export type Group = Node & {
  __typename?: 'Group';
  /** When the group was created. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Group email address (BetterCloud). */
  email?: Maybe<Scalars['String']['output']>;
  /** The vendor's own group ID. */
  externalId: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** How many members the vendor reports. */
  memberCount?: Maybe<Scalars['Int']['output']>;
  /** Members, with their role in the group where the vendor has roles. */
  members: GroupMemberConnection;
  /** Group name. */
  name: Scalars['String']['output'];
  /** Where the group lives: `BETTERCLOUD`, `ATLASSIAN` (admin groups) or `SCIM` (provisioned groups). */
  source: GroupSource;
  /** The vendor holding the group. */
  vendor: Vendor;
};


/** A group of people at one vendor: BetterCloud groups (with member roles), Atlassian groups, SCIM groups. */
export type GroupMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of groups. */
export type GroupConnection = {
  __typename?: 'GroupConnection';
  /** Groups on this page. */
  edges: Array<GroupEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many groups match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A group and its cursor. */
export type GroupEdge = {
  __typename?: 'GroupEdge';
  /** Opaque cursor: pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The group. */
  node: Group;
};

/** Input for `groups(filter:)`. */
export type GroupFilter = {
  /** Exact group name (pushed down to SCIM as `displayName eq`). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Only groups from this source (default: all). */
  source?: InputMaybe<GroupSource>;
};

/** A page of group members. */
export type GroupMemberConnection = {
  __typename?: 'GroupMemberConnection';
  /** Members on this page. */
  edges: Array<GroupMemberEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many members the group has. */
  totalCount: Scalars['Int']['output'];
};

/** A group member and its cursor. */
export type GroupMemberEdge = {
  __typename?: 'GroupMemberEdge';
  /** Opaque cursor: pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The membership (person and role). */
  node: GroupMembership;
};

/** One person in one group. */
export type GroupMembership = {
  __typename?: 'GroupMembership';
  /** The group. */
  group: Group;
  /** Their role in the group. */
  role: GroupRole;
  /** The person. */
  user: User;
};

/** A member's role in a group (BetterCloud); other vendors' members are MEMBER. */
export type GroupRole =
  /** Manages the group. */
  | 'MANAGER'
  /** Plain member. */
  | 'MEMBER'
  /** Owns the group. */
  | 'OWNER';

/** Which API a group comes from. */
export type GroupSource =
  /** A group in the Atlassian Admin API. */
  | 'ATLASSIAN'
  /** A BetterCloud group. */
  | 'BETTERCLOUD'
  /** A group in the Atlassian SCIM provisioning API. */
  | 'SCIM';

/**
 * An integration: a SaaS application connected to BetterCloud, or a PSA (ConnectWise, Syncro, Autotask) connected to the JumpCloud provider.
 * Credentials (private keys, API tokens, secrets) are never readable.
 */
export type Integration = Node & {
  __typename?: 'Integration';
  /** ConnectWise agreements (with their additions, each list filtered and sorted by JumpCloud) or Autotask contracts with their services (JumpCloud). */
  agreements?: Maybe<Array<PsaAgreement>>;
  /** The option lists an alert configuration may choose from (priorities, sources, statuses, queues, resources): the names `updateAlertConfiguration` accepts (JumpCloud). */
  alertConfigurationOptions?: Maybe<AlertConfigurationOptions>;
  /** Ticketing alert configurations (JumpCloud). */
  alertConfigurations?: Maybe<Array<AlertConfiguration>>;
  /** Syncro billing schedules and their line items, the choices a mapping row's `billingConfiguration` takes (Syncro only; null for other kinds). */
  billingMappingOptions?: Maybe<Array<SyncroBillingOptionList>>;
  /** PSA companies (JumpCloud; filtered and sorted by JumpCloud). */
  companies?: Maybe<PsaCompanyConnection>;
  /** PSA company types (JumpCloud). */
  companyTypes?: Maybe<Array<PsaCompanyType>>;
  /** When it was connected. */
  connectedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The PSA's URL or username, where the vendor returns one (never a credential). */
  endpoint?: Maybe<Scalars['String']['output']>;
  /** The vendor's own ID. */
  externalId: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Whether the PSA credentials are configured (JumpCloud). */
  isConfigured?: Maybe<Scalars['Boolean']['output']>;
  /** What it connects to. */
  kind: IntegrationKind;
  /** Rows mapping JumpCloud organizations to PSA companies (JumpCloud; filtered and sorted by JumpCloud). */
  mappings?: Maybe<IntegrationMappingConnection>;
  /** Name (BetterCloud) or PSA name. */
  name: Scalars['String']['output'];
  /** PSA settings (JumpCloud). */
  settings?: Maybe<IntegrationSettings>;
  /** Connection status, e.g. `connected`, `error` (BetterCloud); null for PSA integrations. */
  status?: Maybe<Scalars['String']['output']>;
  /** Recent synchronization errors (JumpCloud). */
  syncErrors?: Maybe<SyncErrorConnection>;
  /** The vendor holding the integration. */
  vendor: Vendor;
};


/**
 * An integration: a SaaS application connected to BetterCloud, or a PSA (ConnectWise, Syncro, Autotask) connected to the JumpCloud provider.
 * Credentials (private keys, API tokens, secrets) are never readable.
 */
export type IntegrationAgreementsArgs = {
  filter?: InputMaybe<PsaAgreementFilter>;
  sort?: InputMaybe<PsaNameSort>;
};


/**
 * An integration: a SaaS application connected to BetterCloud, or a PSA (ConnectWise, Syncro, Autotask) connected to the JumpCloud provider.
 * Credentials (private keys, API tokens, secrets) are never readable.
 */
export type IntegrationBillingMappingOptionsArgs = {
  nameContains?: InputMaybe<Scalars['String']['input']>;
};


/**
 * An integration: a SaaS application connected to BetterCloud, or a PSA (ConnectWise, Syncro, Autotask) connected to the JumpCloud provider.
 * Credentials (private keys, API tokens, secrets) are never readable.
 */
export type IntegrationCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PsaNameFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<PsaNameSort>;
};


/**
 * An integration: a SaaS application connected to BetterCloud, or a PSA (ConnectWise, Syncro, Autotask) connected to the JumpCloud provider.
 * Credentials (private keys, API tokens, secrets) are never readable.
 */
export type IntegrationMappingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IntegrationMappingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<IntegrationMappingSort>;
};


/**
 * An integration: a SaaS application connected to BetterCloud, or a PSA (ConnectWise, Syncro, Autotask) connected to the JumpCloud provider.
 * Credentials (private keys, API tokens, secrets) are never readable.
 */
export type IntegrationSyncErrorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of integrations. */
export type IntegrationConnection = {
  __typename?: 'IntegrationConnection';
  /** Integrations on this page. */
  edges: Array<IntegrationEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many integrations match. */
  totalCount: Scalars['Int']['output'];
};

/** An integration and its cursor. */
export type IntegrationEdge = {
  __typename?: 'IntegrationEdge';
  /** Opaque cursor: pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The integration. */
  node: Integration;
};

/** Input for `integrations(filter:)`. */
export type IntegrationFilter = {
  /** Only this kind. */
  kind?: InputMaybe<IntegrationKind>;
  /** Only this vendor's integrations. */
  vendor?: InputMaybe<Vendor>;
};

/** What an integration connects to. */
export type IntegrationKind =
  /** Autotask PSA (JumpCloud). */
  | 'AUTOTASK'
  /** ConnectWise PSA (JumpCloud). */
  | 'CONNECTWISE'
  /** A SaaS application connected to BetterCloud. */
  | 'SAAS_APPLICATION'
  /** Syncro PSA (JumpCloud). */
  | 'SYNCRO';

/** One row linking a JumpCloud organization to a PSA company (and agreement/addition for billing). */
export type IntegrationMapping = {
  __typename?: 'IntegrationMapping';
  /** The addition or service, when billing is mapped. */
  addition?: Maybe<PsaAddition>;
  /** The agreement or contract, when billing is mapped; its `additions` list only the one this row bills on (all of them: `Integration.agreements`). */
  agreement?: Maybe<PsaAgreement>;
  /** The Syncro billing schedule and line item this row bills on (Syncro only). */
  billingConfiguration?: Maybe<SyncroBillingConfiguration>;
  /** The PSA company. */
  company: PsaCompany;
  /** Last synchronization time. */
  lastSyncAt?: Maybe<Scalars['DateTime']['output']>;
  /** Last synchronization status. */
  lastSyncStatus?: Maybe<Scalars['String']['output']>;
  /** The JumpCloud organization. */
  organization?: Maybe<ProviderOrganization>;
};

/** A page of mappings. */
export type IntegrationMappingConnection = {
  __typename?: 'IntegrationMappingConnection';
  /** Mappings on this page. */
  edges: Array<IntegrationMappingEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many mappings exist. */
  totalCount: Scalars['Int']['output'];
};

/** A mapping and its cursor. */
export type IntegrationMappingEdge = {
  __typename?: 'IntegrationMappingEdge';
  /** Opaque cursor: pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The mapping. */
  node: IntegrationMapping;
};

/** Which mapping rows `Integration.mappings` returns. Every condition given must hold. */
export type IntegrationMappingFilter = {
  /** Only rows mapped to this PSA company. */
  companyId?: InputMaybe<Scalars['String']['input']>;
  /** Only rows whose last synchronization ended with this status. */
  lastSyncStatus?: InputMaybe<Scalars['String']['input']>;
  /** Only the row of this JumpCloud organization (its JumpCloud ID). */
  organizationId?: InputMaybe<Scalars['String']['input']>;
};

/**
 * One mapping row: which PSA company (and, for billing, which agreement and addition) a JumpCloud organization maps to.
 * A row replaces the organization's current row, if any (a Syncro row without `billingConfiguration` has no billing schedule).
 */
export type IntegrationMappingRowInput = {
  /** ConnectWise addition or Autotask service of that agreement (`PsaAddition.id`); needs `agreementId`. */
  additionId?: InputMaybe<Scalars['String']['input']>;
  /** ConnectWise agreement or Autotask contract of that company (`PsaAgreement.id`), to bill on. Not for Syncro. */
  agreementId?: InputMaybe<Scalars['String']['input']>;
  /** Syncro only: the billing schedule and line item to bill the organization's seats on (from `Integration.billingMappingOptions`). */
  billingConfiguration?: InputMaybe<SyncroBillingConfigurationInput>;
  /** The PSA company (`PsaCompany.id` from `Integration.companies`). Required unless `delete` is true. */
  companyId?: InputMaybe<Scalars['String']['input']>;
  /** True to remove the organization's row (it must have one); then give only `organizationId`. */
  delete?: InputMaybe<Scalars['Boolean']['input']>;
  /** The JumpCloud organization: its `ProviderOrganization.id`, or its JumpCloud ID (`externalId`). */
  organizationId: Scalars['ID']['input'];
};

/** How to sort `Integration.mappings`. */
export type IntegrationMappingSort = {
  /** The direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** The field. */
  field: IntegrationMappingSortField;
};

/** Fields `Integration.mappings` can be sorted by. */
export type IntegrationMappingSortField =
  /** PSA company name. */
  | 'COMPANY_NAME'
  /** Last synchronization time. */
  | 'LAST_SYNC_AT'
  /** Organization name. */
  | 'ORGANIZATION_NAME';

/** PSA integration settings. */
export type IntegrationSettings = {
  __typename?: 'IntegrationSettings';
  /** Whether alerts open tickets automatically. */
  automaticTicketing?: Maybe<Scalars['Boolean']['output']>;
  /** Company types whose companies are synchronized. */
  companyTypeIds: Array<Scalars['String']['output']>;
};

/** Input of `inviteUsers`. */
export type InviteUsersInput = {
  /** The directory to add them to: one of the organization's directories (`AtlassianOrganization.directories`). Default: the organization's own directory. */
  directoryId?: InputMaybe<Scalars['String']['input']>;
  /** Only plan: answer the vendor calls that would be made (`plannedCalls`) without making any. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The emails to invite: 1 to 100 addresses, no duplicates (ignoring case). */
  emails: Array<Scalars['String']['input']>;
  /** Atlassian admin groups of the organization to add them to (`Group.id` of groups with source ATLASSIAN). */
  groupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A key of your choice (1 to 255 characters). Sending the same mutation again with the same key answers the first result instead of acting again; the same key with a different input is a `userError` (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Product roles to grant them. */
  roles?: InputMaybe<Array<ProductRoleInput>>;
};

/** The answer of `inviteUsers`. */
export type InviteUsersPayload = {
  __typename?: 'InviteUsersPayload';
  /** The vendor calls the plan holds: for a dry run, exactly the calls that would be made; otherwise the calls made. */
  plannedCalls: Array<PlannedVendorCall>;
  /** One entry per vendor action: the invitation call, and one ALREADY_DONE entry per person already in the directory. */
  results: Array<VendorActionResult>;
  /** Why nothing was done: the input is wrong (no vendor was called). */
  userErrors: Array<UserError>;
  /** The invited people as the vendors show them after the invitation (before it, for a dry run: only those who already have accounts); empty when the input was rejected. */
  users: Array<User>;
};

/** A provider invoice. */
export type Invoice = {
  __typename?: 'Invoice';
  /** Amount billed. */
  amountBilled?: Maybe<Money>;
  /** Amount paid. */
  amountPaid?: Maybe<Money>;
  /** Amount still due. */
  amountRemaining?: Maybe<Money>;
  /** The invoice itself, as the PDF JumpCloud serves for it: a short-lived signed link through the gateway. */
  document: DownloadLink;
  /** Due date. */
  dueDate?: Maybe<Scalars['DateTime']['output']>;
  /** Invoice ID: the vendor's own ID, not a global ID (this type is not a `Node`). */
  externalId: Scalars['String']['output'];
  /**
   * Invoice ID.
   * @deprecated Not a global ID (`node(id:)` does not take it): use `externalId`, the same value.
   */
  id: Scalars['String']['output'];
  /** Status, e.g. `PAID`. */
  status?: Maybe<Scalars['String']['output']>;
};

/** A page of invoices. */
export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  /** Invoices on this page. */
  edges: Array<InvoiceEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many invoices exist. */
  totalCount: Scalars['Int']['output'];
};

/** An invoice and its cursor. */
export type InvoiceEdge = {
  __typename?: 'InvoiceEdge';
  /** Opaque cursor: pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The invoice. */
  node: Invoice;
};

/** Which invoices `Provider.invoices` returns. Every condition given must hold. */
export type InvoiceFilter = {
  /** Only invoices due at or after this time. */
  dueAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only invoices due before this time. */
  dueBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Exact status: `OPEN`, `PARTIALLY_PAID` or `PAID`. */
  status?: InputMaybe<Scalars['String']['input']>;
};

/** How to sort `Provider.invoices`. */
export type InvoiceSort = {
  /** The direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** The field. */
  field: InvoiceSortField;
};

/** Fields `Provider.invoices` can be sorted by. */
export type InvoiceSortField =
  /** Due date. */
  | 'DUE_DATE';

/** A JumpCloud provider administrator. */
export type JumpCloudAccount = Account & Node & {
  __typename?: 'JumpCloudAccount';
  /** JumpCloud reports no creation date: always null. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The administrator's email. */
  email: Scalars['String']['output'];
  /** JumpCloud administrator id. */
  externalId: Scalars['String']['output'];
  /** Opaque global ID of the account. */
  id: Scalars['ID']['output'];
  /** JumpCloud reports no activity date: always null. */
  lastActiveAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether multi-factor authentication is enforced. */
  mfaEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** How many organizations the administrator can access. */
  organizationAccessTotal?: Maybe<Scalars['Int']['output']>;
  /** Administrator role name. */
  role?: Maybe<Scalars['String']['output']>;
  /** SUSPENDED when JumpCloud marks the administrator suspended. */
  status: AccountStatus;
  /** Always JUMPCLOUD. */
  vendor: Vendor;
  /** `suspended` or `active`. */
  vendorStatus: Scalars['String']['output'];
};

/** A paid license that looks wasted, with the reasons. */
export type LicenseWaste = {
  __typename?: 'LicenseWaste';
  /** Its monthly cost. */
  monthlyCost: Money;
  /** Why it counts as waste (one or more). */
  reasons: Array<WasteReason>;
  /** The subscription. */
  subscription: SaasSubscription;
  /** The person holding it. */
  user: User;
};

/** License waste across the company, most expensive first. */
export type LicenseWasteConnection = {
  __typename?: 'LicenseWasteConnection';
  /** Wasted licenses on this page. */
  edges: Array<LicenseWasteEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many wasted licenses there are. */
  totalCount: Scalars['Int']['output'];
  /** Their combined monthly cost. */
  totalMonthlyCost: Money;
};

/** A wasted license and its cursor. */
export type LicenseWasteEdge = {
  __typename?: 'LicenseWasteEdge';
  /** Opaque cursor: pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The wasted license. */
  node: LicenseWaste;
};

/** An amount of money in one currency. */
export type Money = {
  __typename?: 'Money';
  /** The amount, in units of the currency (not cents). */
  amount: Scalars['Float']['output'];
  /** ISO-4217 currency code, e.g. `USD`. */
  currency: Scalars['String']['output'];
};

/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adds a person to a BetterCloud group (with a role) or a SCIM group. Atlassian admin groups cannot be changed through the API (a `userError`).
   *
   * Requires the `operator` role.
   */
  addGroupMember: AddGroupMemberPayload;
  /**
   * Gives a person an Atlassian organization role (`org-admin`, `trusted-user` or `user`); it replaces the role they hold. Already held: nothing is sent (ALREADY_DONE).
   *
   * Requires the `operator` role.
   */
  assignOrganizationRole: AssignOrganizationRolePayload;
  /**
   * Creates an empty group in BetterCloud or in the SCIM directory.
   *
   * Requires the `admin` role.
   */
  createGroup: CreateGroupPayload;
  /**
   * Connects a PSA to the JumpCloud provider. The credentials are sent to JumpCloud and never returned.
   *
   * Requires the `admin` role.
   */
  createIntegration: CreateIntegrationPayload;
  /**
   * Invites an administrator to the JumpCloud provider (they are `registered: false` until they accept).
   *
   * Requires the `admin` role.
   */
  createProviderAdministrator: CreateProviderAdministratorPayload;
  /**
   * Creates a client organization under the JumpCloud provider.
   *
   * Requires the `admin` role.
   */
  createProviderOrganization: CreateProviderOrganizationPayload;
  /**
   * Creates a BetterCloud workflow (with no actions yet: add them in the BetterCloud console).
   *
   * Requires the `admin` role.
   */
  createWorkflow: CreateWorkflowPayload;
  /**
   * Deletes a BetterCloud or SCIM group (and its memberships).
   *
   * Requires the `admin` role.
   */
  deleteGroup: DeleteGroupPayload;
  /**
   * Disconnects a PSA integration; JumpCloud deletes its mapping rows with it.
   *
   * Requires the `admin` role.
   */
  deleteIntegration: DeleteIntegrationPayload;
  /**
   * Deletes a JumpCloud policy group template (the configured policy templates it groups stay).
   *
   * Requires the `admin` role.
   */
  deletePolicyGroupTemplate: DeletePolicyGroupTemplatePayload;
  /**
   * Removes an administrator from the JumpCloud provider.
   *
   * Requires the `admin` role.
   */
  deleteProviderAdministrator: DeleteProviderAdministratorPayload;
  /**
   * Deletes a BetterCloud workflow.
   *
   * Requires the `admin` role.
   */
  deleteWorkflow: DeleteWorkflowPayload;
  /**
   * Removes a person's access for good in every vendor where they have an account (or in the vendors chosen).
   *
   * Requires the `admin` role.
   */
  deprovisionUser: DeprovisionUserPayload;
  /**
   * Grants a person an Atlassian product role on one of the organization's products. Already held: nothing is sent (ALREADY_DONE).
   *
   * Requires the `operator` role.
   */
  grantProductRole: GrantProductRolePayload;
  /**
   * Invites people (by email) to the Atlassian organization's directory, with groups and product roles. People already in the directory are left as they are (ALREADY_DONE).
   *
   * Requires the `admin` role.
   */
  inviteUsers: InviteUsersPayload;
  /**
   * Removes a person from a SCIM group. BetterCloud's API has no call for it: its result is SKIPPED with code NOT_SUPPORTED_BY_VENDOR. Atlassian admin groups: a `userError`.
   *
   * Requires the `operator` role.
   */
  removeGroupMember: RemoveGroupMemberPayload;
  /**
   * Gives a suspended person their access back in every vendor where they have an account (or in the vendors chosen).
   *
   * Requires the `operator` role.
   */
  restoreUser: RestoreUserPayload;
  /**
   * Takes an Atlassian organization role (`org-admin` or `trusted-user`) from a person, who falls back to `user`. Not held: nothing is sent (ALREADY_DONE).
   *
   * Requires the `operator` role.
   */
  revokeOrganizationRole: RevokeOrganizationRolePayload;
  /**
   * Revokes an Atlassian product role from a person. Not held: nothing is sent (ALREADY_DONE).
   *
   * Requires the `operator` role.
   */
  revokeProductRole: RevokeProductRolePayload;
  /**
   * Starts one run of an active BetterCloud workflow for the people named (BetterCloud runs its actions asynchronously).
   *
   * Requires the `admin` role.
   */
  runWorkflow: RunWorkflowPayload;
  /**
   * Blocks a person's access in every vendor where they have an account (or in the vendors chosen), keeping the accounts.
   *
   * Requires the `operator` role.
   */
  suspendUser: SuspendUserPayload;
  /**
   * Changes how one ticketing alert becomes a ticket in a PSA. JumpCloud keeps these per PSA type: every integration of that type shares them.
   *
   * Requires the `admin` role.
   */
  updateAlertConfiguration: UpdateAlertConfigurationPayload;
  /**
   * Changes a PSA integration's connection (URL, account, credentials). The credentials are never returned.
   *
   * Requires the `admin` role.
   */
  updateIntegration: UpdateIntegrationPayload;
  /**
   * Creates, edits and deletes mapping rows of a PSA integration in one vendor call; every row is checked first, and nothing is sent when any row is wrong.
   *
   * Requires the `operator` role.
   */
  updateIntegrationMappings: UpdateIntegrationMappingsPayload;
  /**
   * Changes a PSA integration's settings (automatic ticketing, synchronized company types).
   *
   * Requires the `admin` role.
   */
  updateIntegrationSettings: UpdateIntegrationSettingsPayload;
  /**
   * Changes an Atlassian organization policy: its name, whether it is enabled, and settings (`attributes`, merged by key).
   *
   * Requires the `admin` role.
   */
  updatePolicy: UpdatePolicyPayload;
  /**
   * Renames a client organization or changes its user limit.
   *
   * Requires the `admin` role.
   */
  updateProviderOrganization: UpdateProviderOrganizationPayload;
  /**
   * Changes one person's attributes: BetterCloud profile fields and Snow review flags, in each vendor where the person has the account the field belongs to. Fields already at the value given are not sent.
   *
   * Requires the `admin` role.
   */
  updateUser: UpdateUserPayload;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationAddGroupMemberArgs = {
  input: AddGroupMemberInput;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationAssignOrganizationRoleArgs = {
  input: AssignOrganizationRoleInput;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationCreateGroupArgs = {
  input: CreateGroupInput;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationCreateIntegrationArgs = {
  input: CreateIntegrationInput;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationCreateProviderAdministratorArgs = {
  input: CreateProviderAdministratorInput;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationCreateProviderOrganizationArgs = {
  input: CreateProviderOrganizationInput;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationCreateWorkflowArgs = {
  input: CreateWorkflowInput;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationDeleteGroupArgs = {
  input: DeleteGroupInput;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationDeleteIntegrationArgs = {
  input: DeleteIntegrationInput;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationDeletePolicyGroupTemplateArgs = {
  input: DeletePolicyGroupTemplateInput;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationDeleteProviderAdministratorArgs = {
  input: DeleteProviderAdministratorInput;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationDeleteWorkflowArgs = {
  input: DeleteWorkflowInput;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationDeprovisionUserArgs = {
  input: DeprovisionUserInput;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationGrantProductRoleArgs = {
  input: GrantProductRoleInput;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationInviteUsersArgs = {
  input: InviteUsersInput;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationRemoveGroupMemberArgs = {
  input: RemoveGroupMemberInput;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationRestoreUserArgs = {
  input: RestoreUserInput;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationRevokeOrganizationRoleArgs = {
  input: RevokeOrganizationRoleInput;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationRevokeProductRoleArgs = {
  input: RevokeProductRoleInput;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationRunWorkflowArgs = {
  input: RunWorkflowInput;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationSuspendUserArgs = {
  input: SuspendUserInput;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationUpdateAlertConfigurationArgs = {
  input: UpdateAlertConfigurationInput;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationUpdateIntegrationArgs = {
  input: UpdateIntegrationInput;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationUpdateIntegrationMappingsArgs = {
  input: UpdateIntegrationMappingsInput;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationUpdateIntegrationSettingsArgs = {
  input: UpdateIntegrationSettingsInput;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationUpdatePolicyArgs = {
  input: UpdatePolicyInput;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationUpdateProviderOrganizationArgs = {
  input: UpdateProviderOrganizationInput;
};


/**
 * Writes to the vendors. Every mutation takes one `input` and answers a payload with the changed
 * object re-read after the write, what happened at each vendor (`results`), the vendor calls planned
 * (`plannedCalls`) and `userErrors`. Each one runs the same steps: validate (nothing is sent when the
 * input is wrong), plan the vendor calls, return the plan when `dryRun` is true, replay the first answer
 * when the `idempotencyKey` was used before, send the calls, record them in the audit log, and
 * invalidate cached reads so the payload and later queries show the new state.
 */
export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};

/** An object with a globally unique, opaque ID: fetch it again with `node(id:)`. */
export type Node = {
  /** Opaque global ID. Do not parse it: its format may change. */
  id: Scalars['ID']['output'];
};

/**
 * A person suspended, deprovisioned or closed in one vendor whose access remains in another:
 * still active, still privileged, or still costing money.
 */
export type OffboardingGap = {
  __typename?: 'OffboardingGap';
  /** Where the person is already suspended, deprovisioned or closed. */
  closedIn: Array<ClosedAccount>;
  /** What the listed remaining access costs per month (Snow's monthly cost of the person's subscriptions). */
  monthlyCost: Money;
  /** Every place access remains that the filter keeps (`vendor`, `kinds`), in vendor order. */
  remainingAccess: Array<RemainingAccess>;
  /** The distinct mutations (dry-run inputs) that would close the listed remaining access a vendor API can close (one `suspendUser` naming every vendor to suspend in). */
  remedies: Array<Remedy>;
  /** The person. */
  user: User;
};

/** A page of offboarding gaps, by person email. */
export type OffboardingGapConnection = {
  __typename?: 'OffboardingGapConnection';
  /** Gaps on this page with their cursors. */
  edges: Array<OffboardingGapEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many gaps match the filter. */
  totalCount: Scalars['Int']['output'];
  /** What all matching gaps cost per month. */
  totalMonthlyCost: Money;
};

/** A gap and its cursor. */
export type OffboardingGapEdge = {
  __typename?: 'OffboardingGapEdge';
  /** Opaque cursor: pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The gap. */
  node: OffboardingGap;
};

/** Which offboarding gaps to list. Conditions combine with AND. */
export type OffboardingGapFilter = {
  /** Only people already suspended, deprovisioned or closed in this vendor (e.g. BETTERCLOUD, the directory of record). */
  closedIn?: InputMaybe<Vendor>;
  /** Only this person (email). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Only gaps with remaining access of one of these kinds. */
  kinds?: InputMaybe<Array<RemainingAccessKind>>;
  /** Only gaps whose listed access costs at least this much per month. */
  minMonthlyCost?: InputMaybe<Scalars['Float']['input']>;
  /** Only gaps whose remaining access is in this vendor. */
  vendor?: InputMaybe<Vendor>;
};

/** An organization: an Atlassian organization, or a client organization managed by the JumpCloud provider. */
export type Organization = {
  /** The vendor's own ID. */
  externalId: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Organization name. */
  name: Scalars['String']['output'];
  /** The vendor holding it. */
  vendor: Vendor;
};

/** A page of organizations. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** Organizations on this page. */
  edges: Array<OrganizationEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many organizations match. */
  totalCount: Scalars['Int']['output'];
};

/** An organization and its cursor. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Opaque cursor: pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The organization. */
  node: Organization;
};

/** Why an account counts as orphaned or external. */
export type OrphanReason =
  /** Active, but never used or last used longer ago than `inactiveDays`. */
  | 'INACTIVE'
  /** The directory of record (BetterCloud unless `directoryOfRecord` says otherwise) holds no account for its email. */
  | 'NOT_IN_DIRECTORY_OF_RECORD'
  /** Its email's domain is not a verified domain of the Atlassian organization. */
  | 'UNVERIFIED_DOMAIN';

/** A vendor account nobody accounts for: external, missing from the directory of record, or unused. */
export type OrphanedAccount = {
  __typename?: 'OrphanedAccount';
  /** The account. */
  account: Account;
  /** The email's domain. */
  domain: Scalars['String']['output'];
  /** Whole days since the vendor last saw it used (null when never used or not reported). */
  inactiveDays?: Maybe<Scalars['Int']['output']>;
  /** What it costs per month, when the vendor reports a cost (Snow). */
  monthlyCost?: Maybe<Money>;
  /** Why it counts, in the enum's order. */
  reasons: Array<OrphanReason>;
  /** The person the account belongs to (every account of the same email). */
  user: User;
};

/** A page of orphaned accounts, by email then vendor. */
export type OrphanedAccountConnection = {
  __typename?: 'OrphanedAccountConnection';
  /** Accounts on this page with their cursors. */
  edges: Array<OrphanedAccountEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many accounts match the filter. */
  totalCount: Scalars['Int']['output'];
};

/** An orphaned account and its cursor. */
export type OrphanedAccountEdge = {
  __typename?: 'OrphanedAccountEdge';
  /** Opaque cursor: pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The account. */
  node: OrphanedAccount;
};

/** Which orphaned accounts to list. Conditions combine with AND. */
export type OrphanedAccountFilter = {
  /** The vendor whose account list is the directory of record (default BETTERCLOUD). */
  directoryOfRecord?: InputMaybe<Vendor>;
  /** Past how many days without use an active account counts as INACTIVE (default 90). */
  inactiveDays?: InputMaybe<Scalars['Int']['input']>;
  /** Only accounts with at least one of these reasons (default: any). */
  reasons?: InputMaybe<Array<OrphanReason>>;
  /** Only this vendor's accounts. */
  vendor?: InputMaybe<Vendor>;
};

/** Relay page information for a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge on this page: pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when `after: endCursor` returns more items. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when `before: startCursor` returns more items. Only lists that take `last`/`before` report it; lists that page forward only answer false. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge on this page: pass it as `before` (on lists that take it) to get the page before. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** One HTTP call to a vendor, exactly as AdminGraph makes it. */
export type PlannedVendorCall = {
  __typename?: 'PlannedVendorCall';
  /** The vendor API called. */
  api: VendorApi;
  /** The JSON body sent; null when the call has none. */
  body?: Maybe<Scalars['JSON']['output']>;
  /** What the call does, in words. */
  description: Scalars['String']['output'];
  /** HTTP method. */
  method: Scalars['String']['output'];
  /** The operation's ID in the vendor's API document (e.g. `suspendUser`). */
  operationId: Scalars['String']['output'];
  /** Path below the vendor API's base URL, e.g. `/users/user-1a2b3c4d/suspend`. */
  path: Scalars['String']['output'];
  /** The vendor called. */
  vendor: Vendor;
};

/** A security or compliance policy: Atlassian organization policies and JumpCloud provider policy templates. */
export type Policy = Node & {
  __typename?: 'Policy';
  /** The vendor's settings for this kind of policy, as JSON. */
  attributes?: Maybe<Scalars['JSON']['output']>;
  /** When the policy was created. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Whether the policy is enabled (Atlassian `status`); null where the vendor has no such notion. */
  enabled?: Maybe<Scalars['Boolean']['output']>;
  /** The vendor's own ID. */
  externalId: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The kind of policy. */
  kind: PolicyKind;
  /** Policy name. */
  name: Scalars['String']['output'];
  /** The organization the policy belongs to (Atlassian). */
  organization?: Maybe<Organization>;
  /** Resources the policy applies to (Atlassian resource IDs). */
  resources: Array<Scalars['String']['output']>;
  /** When the policy last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The vendor holding the policy. */
  vendor: Vendor;
  /** The vendor's own type word (e.g. `ip-allowlist`). */
  vendorType?: Maybe<Scalars['String']['output']>;
};

/** A page of policies. */
export type PolicyConnection = {
  __typename?: 'PolicyConnection';
  /** Policies on this page. */
  edges: Array<PolicyEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many policies match. */
  totalCount: Scalars['Int']['output'];
};

/** A policy and its cursor. */
export type PolicyEdge = {
  __typename?: 'PolicyEdge';
  /** Opaque cursor: pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The policy. */
  node: Policy;
};

/** Input for `policies(filter:)`. */
export type PolicyFilter = {
  /** Only policies of this kind (pushed down to Atlassian's `type`). */
  kind?: InputMaybe<PolicyKind>;
  /** Only this vendor's policies. */
  vendor?: InputMaybe<Vendor>;
};

/** Kinds of policy across vendors. */
export type PolicyKind =
  /** Atlassian authentication policy (SSO, 2FA, password). */
  | 'AUTHENTICATION'
  /** Atlassian data residency. */
  | 'DATA_RESIDENCY'
  /** Atlassian external user security. */
  | 'EXTERNAL_USER'
  /** Atlassian IP allowlist. */
  | 'IP_ALLOWLIST'
  /** A kind AdminGraph does not know yet: see `vendorType`. */
  | 'OTHER'
  /** JumpCloud policy group template. */
  | 'POLICY_GROUP_TEMPLATE'
  /** JumpCloud configured policy template. */
  | 'POLICY_TEMPLATE'
  /** Atlassian user security. */
  | 'USER_SECURITY';

/** Which privileged holders to list. Conditions combine with AND. */
export type PrivilegedAccessFilter = {
  /** Only holders of this role (exact name, case-insensitive), e.g. `org-admin`. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** Only people in this overall state (e.g. MIXED: suspended somewhere). */
  status?: InputMaybe<UserStatus>;
  /** Only roles granted by this vendor (also saves the other vendors' role reads). */
  vendor?: InputMaybe<Vendor>;
};

/** A sort of privileged holders. */
export type PrivilegedAccessSort = {
  /** The direction (default ascending: longest idle first for LAST_ACTIVE). */
  direction?: InputMaybe<SortDirection>;
  /** The field. */
  field: PrivilegedAccessSortField;
};

/** What privileged holders can be sorted by. */
export type PrivilegedAccessSortField =
  /** The person's email. */
  | 'EMAIL'
  /** The person's most recent activity in any vendor (never active sorts first ascending). */
  | 'LAST_ACTIVE';

/** Someone who holds at least one privileged role, with their state everywhere else. */
export type PrivilegedHolder = {
  __typename?: 'PrivilegedHolder';
  /** Most recent activity any vendor reports for the person (null when none reports it). */
  lastActiveAt?: Maybe<Scalars['DateTime']['output']>;
  /** The privileged roles, in vendor order. */
  roles: Array<PrivilegedRole>;
  /** The person's overall state across vendors. */
  status: UserStatus;
  /** The person (their `accounts` give the status in every vendor). */
  user: User;
};

/** A page of privileged holders. */
export type PrivilegedHolderConnection = {
  __typename?: 'PrivilegedHolderConnection';
  /** Holders on this page with their cursors. */
  edges: Array<PrivilegedHolderEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many holders match the filter. */
  totalCount: Scalars['Int']['output'];
};

/** A privileged holder and its cursor. */
export type PrivilegedHolderEdge = {
  __typename?: 'PrivilegedHolderEdge';
  /** Opaque cursor: pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The holder. */
  node: PrivilegedHolder;
};

/** A privileged role a person holds in one vendor. */
export type PrivilegedRole = {
  __typename?: 'PrivilegedRole';
  /** The account holding it (null for a BetterCloud group role, which BetterCloud lists by email). */
  account?: Maybe<Account>;
  /** The state of the account holding it, when known. */
  accountStatus?: Maybe<AccountStatus>;
  /** Last activity the vendor reports for that account. */
  lastActiveAt?: Maybe<Scalars['DateTime']['output']>;
  /** What it applies to: an Atlassian product ARI, a BetterCloud group name; null when organization- or provider-wide. */
  resource?: Maybe<Scalars['String']['output']>;
  /** The role: Atlassian `org-admin`, `trusted-user`, `product-admin`, `user-access-admin`; a JumpCloud administrator role; BetterCloud group `owner` or `manager`. */
  role: Scalars['String']['output'];
  /** The vendor granting it. */
  vendor: Vendor;
};

/** Access to one Atlassian product. */
export type ProductAccess = {
  __typename?: 'ProductAccess';
  /** Product key, e.g. `jira-software`, `confluence`. */
  key: Scalars['String']['output'];
  /** Last time the account used this product. */
  lastActiveAt?: Maybe<Scalars['DateTime']['output']>;
  /** Product name. */
  name?: Maybe<Scalars['String']['output']>;
  /** Site URL the product runs on. */
  url?: Maybe<Scalars['String']['output']>;
};

/** An Atlassian product role and the product it applies to. */
export type ProductRoleInput = {
  /** The product: its resource ARI as `RoleAssignment.resource` shows it (`ari:cloud:confluence::site/<cloudId>`), or its product key (`confluence`). Must be a product of the organization. */
  resource: Scalars['String']['input'];
  /** The product role: `user`, `product-admin` or `user-access-admin`. */
  role: Scalars['String']['input'];
};

/** The JumpCloud provider (MSP) tenant. */
export type Provider = Node & {
  __typename?: 'Provider';
  /** Administrators of the provider (in JumpCloud's order unless sorted). */
  administrators: AdministratorConnection;
  /** What the provider's JumpCloud contract covers: the contract, the licenses in use and the products bought. */
  billing?: Maybe<ProviderBilling>;
  /** The signed billing contract: a short-lived link to the PDF JumpCloud serves (the gateway passes it through). */
  billingContract: DownloadLink;
  /** Support cases (in JumpCloud's order unless sorted). */
  cases: SupportCaseConnection;
  /** JumpCloud provider ID. */
  externalId: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Invoices, newest first unless sorted. */
  invoices: InvoiceConnection;
  /** Provider name. */
  name?: Maybe<Scalars['String']['output']>;
  /** Client organizations (in JumpCloud's order unless sorted). */
  organizations: OrganizationConnection;
  /** The alerts JumpCloud can raise as PSA tickets (each PSA type's alert configurations refer to them). */
  ticketingAlerts: Array<TicketingAlert>;
};


/** The JumpCloud provider (MSP) tenant. */
export type ProviderAdministratorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AdministratorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<AdministratorSort>;
};


/** The JumpCloud provider (MSP) tenant. */
export type ProviderCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SupportCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SupportCaseSort>;
};


/** The JumpCloud provider (MSP) tenant. */
export type ProviderInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvoiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<InvoiceSort>;
};


/** The JumpCloud provider (MSP) tenant. */
export type ProviderOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProviderOrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ProviderOrganizationSort>;
};

/**
 * The provider's JumpCloud billing details (JumpCloud's billing details of the MSP). The signed contract
 * itself is a PDF document: `Provider.billingContract` links to it.
 */
export type ProviderBilling = {
  __typename?: 'ProviderBilling';
  /** User licenses assigned across all of the provider's organizations. */
  assignedLicenses: Scalars['Int']['output'];
  /** The kind of contract, as JumpCloud names it (e.g. `MSP Annual Commit`). */
  contractType: Scalars['String']['output'];
  /** Whether the provider has a signed JumpCloud contract. */
  hasContract: Scalars['Boolean']['output'];
  /** The JumpCloud products the contract covers, in JumpCloud's order. */
  products: Array<ProviderBillingProduct>;
};

/** One JumpCloud product on the provider's contract, with its licenses. */
export type ProviderBillingProduct = {
  __typename?: 'ProviderBillingProduct';
  /** What the product lets the provider's organizations use (JumpCloud's capability keys, e.g. `sso`, `mfa`). */
  capabilities: Array<Scalars['String']['output']>;
  /** Licenses the product includes at no extra charge. */
  includedLicenses: Scalars['Int']['output'];
  /** The product's name (e.g. `JumpCloud Platform Prime`). */
  name: Scalars['String']['output'];
  /** Licenses bought for the product on top of the included ones. */
  purchasedLicenses: Scalars['Int']['output'];
};

/** A client organization managed by the JumpCloud provider. */
export type ProviderOrganization = Node & Organization & {
  __typename?: 'ProviderOrganization';
  /** JumpCloud organization ID. */
  externalId: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The most system users the organization may have. */
  maxSystemUsers?: Maybe<Scalars['Int']['output']>;
  /** Organization name. */
  name: Scalars['String']['output'];
  /** Always JUMPCLOUD. */
  vendor: Vendor;
};

/** Which client organizations `Provider.organizations` returns. */
export type ProviderOrganizationFilter = {
  /** Part of the name (case-insensitive); must not be empty. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** How to sort `Provider.organizations`. */
export type ProviderOrganizationSort = {
  /** The direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** The field. */
  field: ProviderOrganizationSortField;
  /** Compare ignoring case (JumpCloud's `sortIgnoreCase`). */
  ignoreCase?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Fields `Provider.organizations` can be sorted by. */
export type ProviderOrganizationSortField =
  /** Organization name. */
  | 'NAME';

/** A ConnectWise agreement addition or an Autotask service. */
export type PsaAddition = {
  __typename?: 'PsaAddition';
  /** The PSA's ID: the vendor's own ID, not a global ID (this type is not a `Node`). */
  externalId: Scalars['String']['output'];
  /**
   * The PSA's ID.
   * @deprecated Not a global ID (`node(id:)` does not take it): use `externalId`, the same value.
   */
  id: Scalars['String']['output'];
  /** Name. */
  name: Scalars['String']['output'];
};

/** A ConnectWise agreement or an Autotask contract. */
export type PsaAgreement = {
  __typename?: 'PsaAgreement';
  /** Its additions (ConnectWise) or services (Autotask). */
  additions: Array<PsaAddition>;
  /** The company it belongs to. */
  companyId?: Maybe<Scalars['String']['output']>;
  /** The PSA's ID: the vendor's own ID, not a global ID (this type is not a `Node`). */
  externalId: Scalars['String']['output'];
  /**
   * The PSA's ID.
   * @deprecated Not a global ID (`node(id:)` does not take it): use `externalId`, the same value.
   */
  id: Scalars['String']['output'];
  /** Name. */
  name: Scalars['String']['output'];
};

/** Which ConnectWise agreements (and additions) `Integration.agreements` returns. */
export type PsaAgreementFilter = {
  /** Only additions whose name contains this (case-insensitive). */
  additionNameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only agreements of this PSA company. */
  companyId?: InputMaybe<Scalars['String']['input']>;
  /** Part of the agreement name (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** A company in the PSA. */
export type PsaCompany = {
  __typename?: 'PsaCompany';
  /** The PSA's company ID: the vendor's own ID, not a global ID (this type is not a `Node`). */
  externalId: Scalars['String']['output'];
  /**
   * The PSA's company ID.
   * @deprecated Not a global ID (`node(id:)` does not take it): use `externalId`, the same value.
   */
  id: Scalars['String']['output'];
  /** Company name. */
  name: Scalars['String']['output'];
};

/** A page of PSA companies. */
export type PsaCompanyConnection = {
  __typename?: 'PsaCompanyConnection';
  /** Companies on this page. */
  edges: Array<PsaCompanyEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many companies exist. */
  totalCount: Scalars['Int']['output'];
};

/** A PSA company and its cursor. */
export type PsaCompanyEdge = {
  __typename?: 'PsaCompanyEdge';
  /** Opaque cursor: pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The company. */
  node: PsaCompany;
};

/** A PSA company type. */
export type PsaCompanyType = {
  __typename?: 'PsaCompanyType';
  /** The PSA's ID: the vendor's own ID, not a global ID (this type is not a `Node`). */
  externalId: Scalars['String']['output'];
  /**
   * The PSA's ID.
   * @deprecated Not a global ID (`node(id:)` does not take it): use `externalId`, the same value.
   */
  id: Scalars['String']['output'];
  /** Type name. */
  name: Scalars['String']['output'];
};

/** Conditions on a PSA list by name (companies). Every condition given must hold. */
export type PsaNameFilter = {
  /** Exact PSA ID. */
  id?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** How to sort a PSA list. */
export type PsaNameSort = {
  /** The direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** The field. */
  field: PsaNameSortField;
  /** Compare ignoring case (JumpCloud's `sortIgnoreCase`). */
  ignoreCase?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Fields a PSA list can be sorted by. */
export type PsaNameSortField =
  /** The PSA's ID. */
  | 'ID'
  /** Name. */
  | 'NAME';

export type Query = {
  __typename?: 'Query';
  /**
   * One vendor's accounts, in the vendor's order unless sorted, with the filter and sort done by the vendor (BetterCloud users, Atlassian managed accounts of the configured organization, Snow users, JumpCloud administrators).
   *
   * Requires the `viewer` role.
   */
  accounts: AccountConnection;
  /**
   * Applications seen in Snow.
   *
   * Requires the `viewer` role.
   */
  applications: ApplicationConnection;
  /**
   * Every mutation AdminGraph made, newest first, with who asked.
   *
   * Requires the `admin` role.
   */
  auditLog: AuditLogConnection;
  /**
   * Every change since a time, newest first: BetterCloud events, Atlassian organization events and AdminGraph's own mutations, merged.
   *
   * Requires the `viewer` role.
   */
  changes: ChangeConnection;
  /**
   * Audit events from BetterCloud and Atlassian, newest first.
   *
   * Requires the `viewer` role.
   */
  events: AuditEventConnection;
  /**
   * Groups in every vendor that has them: BetterCloud, Atlassian, SCIM (in that order).
   *
   * Requires the `viewer` role.
   */
  groups: GroupConnection;
  /**
   * BetterCloud SaaS integrations and the JumpCloud provider's PSA integrations.
   *
   * Requires the `viewer` role.
   */
  integrations: IntegrationConnection;
  /**
   * Paid licenses held by people suspended or deprovisioned in any directory, or unused for more than `inactiveDays`, most expensive first.
   *
   * Requires the `viewer` role.
   */
  licenseWaste: LicenseWasteConnection;
  /**
   * Fetches any object by its global ID; null when it does not exist (or its vendor failed: see `errors`).
   *
   * Requires the `viewer` role.
   */
  node?: Maybe<Node>;
  /**
   * Fetches several objects by global ID, in the order asked; null for each one not found.
   *
   * Requires the `viewer` role.
   */
  nodes: Array<Maybe<Node>>;
  /**
   * People suspended, deprovisioned or closed in one vendor whose access remains in another, by email.
   *
   * Requires the `viewer` role.
   */
  offboardingGaps: OffboardingGapConnection;
  /**
   * Atlassian organizations and JumpCloud client organizations.
   *
   * Requires the `viewer` role.
   */
  organizations: OrganizationConnection;
  /**
   * Vendor accounts on no verified domain, missing from the directory of record, or inactive past a threshold.
   *
   * Requires the `viewer` role.
   */
  orphanedAccounts: OrphanedAccountConnection;
  /**
   * Policies in Atlassian organizations and the JumpCloud provider.
   *
   * Requires the `viewer` role.
   */
  policies: PolicyConnection;
  /**
   * Everyone holding a privileged role in any vendor, with their state elsewhere and last activity.
   *
   * Requires the `viewer` role.
   */
  privilegedAccess: PrivilegedHolderConnection;
  /**
   * The JumpCloud provider tenant AdminGraph is configured for.
   *
   * Requires the `viewer` role.
   */
  provider?: Maybe<Provider>;
  /**
   * Monthly SaaS spend grouped by software vendor, application or department.
   *
   * Requires the `viewer` role.
   */
  spend: Spend;
  /**
   * Paid SaaS subscriptions Snow sees, per holder.
   *
   * Requires the `viewer` role.
   */
  subscriptions: SaasSubscriptionConnection;
  /**
   * One person by email (case and surrounding spaces do not matter); null when no vendor knows the address. Before the identity index is built, each vendor is asked by email (its own filter) instead of walking every account.
   *
   * Requires the `viewer` role.
   */
  user?: Maybe<User>;
  /**
   * Snow's user KPIs with their history between `from` and `to` (sent to Snow as `fromDate`/`toDate`; Snow answers one point a day for up to 92 days, coarser beyond).
   *
   * Requires the `viewer` role.
   */
  userKpis?: Maybe<UserKpis>;
  /**
   * Everyone with an account in any vendor, one entry per person, with filters across vendors.
   *
   * Requires the `viewer` role.
   */
  users: UserConnection;
  /**
   * BetterCloud workflows, oldest first.
   *
   * Requires the `viewer` role.
   */
  workflows: WorkflowConnection;
};


export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccountFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<AccountSort>;
  vendor: Vendor;
};


export type QueryApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since: Scalars['DateTime']['input'];
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GroupFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIntegrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IntegrationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLicenseWasteArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  inactiveDays?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryOffboardingGapsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OffboardingGapFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  vendor?: InputMaybe<Vendor>;
};


export type QueryOrphanedAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrphanedAccountFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PolicyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPrivilegedAccessArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PrivilegedAccessFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<PrivilegedAccessSort>;
};


export type QuerySpendArgs = {
  groupBy: SpendGrouping;
};


export type QuerySubscriptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SaasSubscriptionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUserArgs = {
  email: Scalars['String']['input'];
};


export type QueryUserKpisArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<UserSort>;
};


export type QueryWorkflowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkflowFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** One place where a person's access remains, and how AdminGraph would close it. */
export type RemainingAccess = {
  __typename?: 'RemainingAccess';
  /** The account it hangs on (null for a SCIM identity, which is not an account of the identity index). */
  account?: Maybe<Account>;
  /** Why it counts, in words (e.g. `Atlassian account active while BetterCloud says deprovisioned`). */
  description: Scalars['String']['output'];
  /** What is left. */
  kind: RemainingAccessKind;
  /** What it costs per month (MONTHLY_COST), else null. */
  monthlyCost?: Maybe<Money>;
  /** The mutation that would close it, with its dry-run input (null when no vendor API can close it). */
  remedy?: Maybe<Remedy>;
  /** The resource the role applies to (an Atlassian product ARI), when it is not organization-wide. */
  resource?: Maybe<Scalars['String']['output']>;
  /** The role, for PRIVILEGED_ROLE (Atlassian role name such as `org-admin`, JumpCloud role name such as `Administrator`). */
  role?: Maybe<Scalars['String']['output']>;
  /** The vendor where it is left. */
  vendor: Vendor;
};

/** What kind of access is left over for a person who was suspended, deprovisioned or closed elsewhere. */
export type RemainingAccessKind =
  /** A BetterCloud or Atlassian account that is still active. */
  | 'ACTIVE_ACCOUNT'
  /** An Atlassian SCIM identity still `active: true` while the person's Atlassian account is not active (or absent). */
  | 'ACTIVE_SCIM_IDENTITY'
  /** Snow still counts a monthly cost for the person's subscriptions. */
  | 'MONTHLY_COST'
  /** A privileged role: a JumpCloud provider administrator, or an Atlassian organization or product administration role on an account that is not closed. */
  | 'PRIVILEGED_ROLE';

/**
 * A mutation of this API that would close a gap, with the input to send: run it as given for a dry run
 * (the plan of vendor calls), then again with `dryRun: false` to act.
 */
export type Remedy = {
  __typename?: 'Remedy';
  /** Its `input`, with `dryRun: true`. */
  input: Scalars['JSON']['output'];
  /** The mutation's name, e.g. `suspendUser`. */
  mutation: Scalars['String']['output'];
};

/** Input of `removeGroupMember`. Name the person with exactly one of `email` or `userId`. */
export type RemoveGroupMemberInput = {
  /** Only plan: answer the vendor calls that would be made (`plannedCalls`) without making any. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The person's email (case and surrounding spaces do not matter). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The group's global ID (`Group.id`): a BetterCloud or SCIM group. */
  groupId: Scalars['ID']['input'];
  /** A key of your choice (1 to 255 characters). Sending the same mutation again with the same key answers the first result instead of acting again; the same key with a different input is a `userError` (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The person's global ID (`User.id`). */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** The answer of `removeGroupMember`. */
export type RemoveGroupMemberPayload = {
  __typename?: 'RemoveGroupMemberPayload';
  /** The group read again after the change (its `members` and `memberCount` show it); null when the input was rejected. */
  group?: Maybe<Group>;
  /** The vendor calls the plan holds: for a dry run, exactly the calls that would be made; otherwise the calls made. */
  plannedCalls: Array<PlannedVendorCall>;
  /** One entry per vendor action: what was done, found already done, skipped (e.g. NOT_SUPPORTED_BY_VENDOR), or (dry run) planned. */
  results: Array<VendorActionResult>;
  /** The person; null when the input was rejected. */
  user?: Maybe<User>;
  /** Why nothing was done: the input is wrong (no vendor was called). */
  userErrors: Array<UserError>;
};

/** Input of `restoreUser`. Name the person with exactly one of `email` or `userId`. */
export type RestoreUserInput = {
  /** Only plan: answer the vendor calls that would be made (`plannedCalls`) without making any. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The person's email (case and surrounding spaces do not matter). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** A key of your choice (1 to 255 characters). Sending the same mutation again with the same key answers the first result instead of acting again; the same key with a different input is a `userError` (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The person's global ID (`User.id`). */
  userId?: InputMaybe<Scalars['ID']['input']>;
  /** Act only in these vendors (each must hold an account of the person). Default: every vendor where the person has an account. */
  vendors?: InputMaybe<Array<Vendor>>;
};

/** The answer of `restoreUser`. */
export type RestoreUserPayload = {
  __typename?: 'RestoreUserPayload';
  /** The vendor calls the plan holds: for a dry run, exactly the calls that would be made; otherwise the calls made. */
  plannedCalls: Array<PlannedVendorCall>;
  /** One entry per vendor action: what was done, found already done, skipped, or (dry run) planned. */
  results: Array<VendorActionResult>;
  /** The person as the vendors show them after the change (before it, for a dry run); null when the input named no one. */
  user?: Maybe<User>;
  /** Why nothing was done: the input is wrong (no vendor was called). */
  userErrors: Array<UserError>;
};

/** Input of `revokeOrganizationRole`. Name the person with exactly one of `email` or `userId`; they must have an Atlassian account. */
export type RevokeOrganizationRoleInput = {
  /** Only plan: answer the vendor calls that would be made (`plannedCalls`) without making any. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The person's email (case and surrounding spaces do not matter). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** A key of your choice (1 to 255 characters). Sending the same mutation again with the same key answers the first result instead of acting again; the same key with a different input is a `userError` (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The organization role to take away: `org-admin` or `trusted-user` (`user` cannot be revoked: remove the person from the directory instead). */
  role: Scalars['String']['input'];
  /** The person's global ID (`User.id`). */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** The answer of `revokeOrganizationRole`. */
export type RevokeOrganizationRolePayload = {
  __typename?: 'RevokeOrganizationRolePayload';
  /** The vendor calls the plan holds: for a dry run, exactly the calls that would be made; otherwise the calls made. */
  plannedCalls: Array<PlannedVendorCall>;
  /** One entry per vendor action: what was done, found already done, skipped, or (dry run) planned. */
  results: Array<VendorActionResult>;
  /** The person after the change, with their `roleAssignments` read again (before it, for a dry run); null when the input was rejected. */
  user?: Maybe<User>;
  /** Why nothing was done: the input is wrong (no vendor was called). */
  userErrors: Array<UserError>;
};

/** Input of `revokeProductRole`. Name the person with exactly one of `email` or `userId`; they must have an Atlassian account. */
export type RevokeProductRoleInput = {
  /** Only plan: answer the vendor calls that would be made (`plannedCalls`) without making any. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The person's email (case and surrounding spaces do not matter). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** A key of your choice (1 to 255 characters). Sending the same mutation again with the same key answers the first result instead of acting again; the same key with a different input is a `userError` (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The product: its resource ARI (`ari:cloud:confluence::site/<cloudId>`) or its product key (`confluence`). Must be a product of the organization. */
  resource: Scalars['String']['input'];
  /** The product role: `user`, `product-admin` or `user-access-admin`. */
  role: Scalars['String']['input'];
  /** The person's global ID (`User.id`). */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** The answer of `revokeProductRole`. */
export type RevokeProductRolePayload = {
  __typename?: 'RevokeProductRolePayload';
  /** The vendor calls the plan holds: for a dry run, exactly the calls that would be made; otherwise the calls made. */
  plannedCalls: Array<PlannedVendorCall>;
  /** One entry per vendor action: what was done, found already done, skipped, or (dry run) planned. */
  results: Array<VendorActionResult>;
  /** The person after the change, with their `roleAssignments` read again (before it, for a dry run); null when the input was rejected. */
  user?: Maybe<User>;
  /** Why nothing was done: the input is wrong (no vendor was called). */
  userErrors: Array<UserError>;
};

/** A role held by a person at a vendor. */
export type RoleAssignment = {
  __typename?: 'RoleAssignment';
  /** What the role applies to, e.g. an Atlassian org or product resource ARI; null when it is global. */
  resource?: Maybe<Scalars['String']['output']>;
  /** The role, as the vendor names it (e.g. `org-admin`, `atlassian/product-admin`, `Administrator`). */
  role: Scalars['String']['output'];
  /** The vendor that grants the role. */
  vendor: Vendor;
};

/**
 * Input of `runWorkflow`. Name the people with `emails`, `userIds`, or both (each person counts once).
 * Each must have a BetterCloud account.
 */
export type RunWorkflowInput = {
  /** Only plan: answer the vendor call that would be made without making it. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** People by email (case and surrounding spaces do not matter). */
  emails?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A key of your choice (1 to 255 characters): a retry with the same key answers the first result instead of starting a second run. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** People by global ID (`User.id`). */
  userIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The workflow (`Workflow.id`); it must be `active`. */
  workflowId: Scalars['ID']['input'];
};

/** The answer of `runWorkflow`. */
export type RunWorkflowPayload = {
  __typename?: 'RunWorkflowPayload';
  /** The vendor calls the plan holds (the body lists the BetterCloud user IDs). */
  plannedCalls: Array<PlannedVendorCall>;
  /** The vendor call's outcome (or plan). BetterCloud answers 202: the run started and completes on its side. */
  results: Array<VendorActionResult>;
  /** Why nothing was done: the input is wrong (no vendor was called). */
  userErrors: Array<UserError>;
  /** The workflow run. */
  workflow?: Maybe<Workflow>;
};

/**
 * A paid SaaS subscription (license) held by one person, as Snow sees it.
 * Named `SaasSubscription` because `Subscription` is GraphQL's root type for live updates.
 */
export type SaasSubscription = Node & {
  __typename?: 'SaasSubscription';
  /** The application the subscription is for. */
  application?: Maybe<Application>;
  /** Where Snow discovered the usage. */
  discoverySources: Array<Scalars['String']['output']>;
  /** Snow's subscription ID. */
  externalId: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Days since `lastActiveAt` (null when never used). */
  inactiveDays?: Maybe<Scalars['Int']['output']>;
  /** Last time the holder used it. */
  lastActiveAt?: Maybe<Scalars['DateTime']['output']>;
  /** What this seat costs per month. */
  monthlyCost?: Maybe<Money>;
  /** Subscription (plan) name, e.g. `Slack Business+`. */
  name: Scalars['String']['output'];
  /** The software vendor selling it. */
  softwareVendor?: Maybe<Scalars['String']['output']>;
  /** The person holding it. */
  user: User;
};

/** A page of subscriptions. */
export type SaasSubscriptionConnection = {
  __typename?: 'SaasSubscriptionConnection';
  /** Subscriptions on this page. */
  edges: Array<SaasSubscriptionEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many subscriptions match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A subscription and its cursor. */
export type SaasSubscriptionEdge = {
  __typename?: 'SaasSubscriptionEdge';
  /** Opaque cursor: pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The subscription. */
  node: SaasSubscription;
};

/** Input for `subscriptions(filter:)`. */
export type SaasSubscriptionFilter = {
  /** Only subscriptions whose application name contains this (case-insensitive). */
  applicationContains?: InputMaybe<Scalars['String']['input']>;
  /** Only this person's subscriptions (email, any case). */
  email?: InputMaybe<Scalars['String']['input']>;
};

/** A user as the SCIM provisioning API (Atlassian) knows them. */
export type ScimIdentity = {
  __typename?: 'ScimIdentity';
  /** SCIM active flag: false means deactivated by the identity provider. */
  active: Scalars['Boolean']['output'];
  /** The identity provider's ID for this user. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** SCIM groups the user belongs to. */
  groups: Array<Group>;
  /**
   * SCIM user id.
   * @deprecated Not a global ID (`node(id:)` does not take it): use `scimUserId`, the same value.
   */
  id: Scalars['String']['output'];
  /** SCIM user id: the vendor's own ID, not a global ID (this type is not a `Node`). */
  scimUserId: Scalars['String']['output'];
  /** SCIM userName. */
  userName: Scalars['String']['output'];
};

/** A user in Snow's SaaS consolidated view: costs, savings and review flags. */
export type SnowAccount = Account & Node & {
  __typename?: 'SnowAccount';
  /** Applications Snow has seen this user use (filtered and sorted by Snow). */
  applications?: Maybe<Array<Application>>;
  /** When Snow first saw the user. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where Snow discovered this user (filtered and sorted by Snow). */
  discoverySources?: Maybe<Array<DiscoverySource>>;
  /** The email as Snow stores it. */
  email: Scalars['String']['output'];
  /** Snow user id. */
  externalId: Scalars['String']['output'];
  /** Opaque global ID of the account. */
  id: Scalars['ID']['output'];
  /** Whether the user is enabled in the discovery source. */
  isEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** Marked for review (a reminder to act on their subscriptions). */
  isInReview?: Maybe<Scalars['Boolean']['output']>;
  /** Marked as a SaaS-only user with no inventoried device (consultants, temporary staff). */
  isOnline?: Maybe<Scalars['Boolean']['output']>;
  /** Included in Snow's paid services. */
  isQualified?: Maybe<Scalars['Boolean']['output']>;
  /** Last activity in any application Snow watches. */
  lastActiveAt?: Maybe<Scalars['DateTime']['output']>;
  /** Number of subscription types assigned. */
  licenseCount?: Maybe<Scalars['Int']['output']>;
  /** What this user's subscriptions cost per month. */
  monthlyCost?: Maybe<Money>;
  /**
   * Monthly cost of subscriptions this user does not seem to use.
   * @deprecated Use `vendorReportedSavings`: the same figure (Snow's own).
   */
  potentialSavings?: Maybe<Money>;
  /** The account's state (`isEnabled: false` counts as SUSPENDED). */
  status: AccountStatus;
  /** This user's subscriptions as Snow lists them (filtered and sorted by Snow), paid or not. */
  subscriptions?: Maybe<Array<SaasSubscription>>;
  /** Always SNOW. */
  vendor: Vendor;
  /**
   * What Snow reports could be saved on this user's subscriptions per month (Snow's `potentialSavings`), by Snow's
   * rule: the user is disabled, or a seat went unused past the activity threshold Snow keeps per subscription.
   */
  vendorReportedSavings?: Maybe<Money>;
  /** Snow's status text. */
  vendorStatus: Scalars['String']['output'];
};


/** A user in Snow's SaaS consolidated view: costs, savings and review flags. */
export type SnowAccountApplicationsArgs = {
  filter?: InputMaybe<SnowApplicationFilter>;
  sort?: InputMaybe<SnowApplicationSort>;
};


/** A user in Snow's SaaS consolidated view: costs, savings and review flags. */
export type SnowAccountDiscoverySourcesArgs = {
  filter?: InputMaybe<SnowDiscoverySourceFilter>;
  sort?: InputMaybe<SnowDiscoverySourceSort>;
};


/** A user in Snow's SaaS consolidated view: costs, savings and review flags. */
export type SnowAccountSubscriptionsArgs = {
  filter?: InputMaybe<SnowSubscriptionFilter>;
  sort?: InputMaybe<SnowSubscriptionSort>;
};

/** Which of a Snow user's applications to list. Every condition given must hold. */
export type SnowApplicationFilter = {
  /** Only applications used at or after this time. */
  lastActiveAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Part of the application name (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Exact software vendor name. */
  softwareVendor?: InputMaybe<Scalars['String']['input']>;
};

/** How to sort a Snow user's applications. */
export type SnowApplicationSort = {
  /** The direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** The field. */
  field: SnowApplicationSortField;
};

/** Fields a Snow user's applications can be sorted by. */
export type SnowApplicationSortField =
  /** Last use. */
  | 'LAST_ACTIVE'
  /** Application name. */
  | 'NAME'
  /** Software vendor name. */
  | 'SOFTWARE_VENDOR';

/** Which of a Snow user's discovery sources to list. */
export type SnowDiscoverySourceFilter = {
  /** Part of the source name (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Snow's discovery source type number. */
  type?: InputMaybe<Scalars['Int']['input']>;
};

/** How to sort a Snow user's discovery sources. */
export type SnowDiscoverySourceSort = {
  /** The direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** The field. */
  field: SnowDiscoverySourceSortField;
};

/** Fields a Snow user's discovery sources can be sorted by. */
export type SnowDiscoverySourceSortField =
  /** When the source was added. */
  | 'CREATED_AT'
  /** Source name. */
  | 'NAME';

/** Which of a Snow user's subscriptions to list. Every condition given must hold. */
export type SnowSubscriptionFilter = {
  /** Part of the application name (case-insensitive). */
  applicationContains?: InputMaybe<Scalars['String']['input']>;
  /** Only subscriptions last used before this time (or never). */
  lastActiveBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only subscriptions costing at least this much per month (in the subscription's currency). */
  minMonthlyCost?: InputMaybe<Scalars['Float']['input']>;
  /** Part of the subscription name (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** How to sort a Snow user's subscriptions. */
export type SnowSubscriptionSort = {
  /** The direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** The field. */
  field: SnowSubscriptionSortField;
};

/** Fields a Snow user's subscriptions can be sorted by. */
export type SnowSubscriptionSortField =
  /** Last use. */
  | 'LAST_ACTIVE'
  /** Monthly cost. */
  | 'MONTHLY_COST'
  /** Subscription name. */
  | 'NAME';

/** Direction of a sort. */
export type SortDirection =
  /** Smallest first (A to Z, oldest first). */
  | 'ASC'
  /** Largest first (Z to A, newest first). */
  | 'DESC';

/** Monthly SaaS spend, grouped. */
export type Spend = {
  __typename?: 'Spend';
  /** The buckets, largest cost first. */
  buckets: Array<SpendBucket>;
  /** The grouping used. */
  groupBy: SpendGrouping;
  /** Total monthly cost. */
  total: Money;
  /** Monthly cost of every seat `licenseWaste(inactiveDays:)` lists: the sum of the buckets' `wastedSeatCost`. */
  wastedSeatCost: Money;
};


/** Monthly SaaS spend, grouped. */
export type SpendWastedSeatCostArgs = {
  inactiveDays?: InputMaybe<Scalars['Int']['input']>;
};

/** Monthly spend of one group. */
export type SpendBucket = {
  __typename?: 'SpendBucket';
  /** The vendor, application or department name (`Unknown` when the data has none). */
  key: Scalars['String']['output'];
  /** Monthly cost. */
  monthlyCost: Money;
  /**
   * Monthly cost of seats that look unused.
   * @deprecated Use `wastedSeatCost(inactiveDays: 60)`: the same figure, named for its rule. Not Snow's `vendorReportedSavings`.
   */
  potentialSavings: Money;
  /** Number of paid seats. */
  seats: Scalars['Int']['output'];
  /**
   * Monthly cost of this group's seats that `licenseWaste(inactiveDays:)` lists: held by someone suspended or
   * deprovisioned in any directory, or not used for more than `inactiveDays` days (as of the gateway's clock).
   * The gateway's rule, not Snow's: `User.vendorReportedSavings` is Snow's own figure.
   */
  wastedSeatCost: Money;
};


/** Monthly spend of one group. */
export type SpendBucketWastedSeatCostArgs = {
  inactiveDays?: InputMaybe<Scalars['Int']['input']>;
};

/** How `spend` groups costs. */
export type SpendGrouping =
  /** By application. */
  | 'APPLICATION'
  /** By the holder's department. */
  | 'DEPARTMENT'
  /** By software vendor. */
  | 'SOFTWARE_VENDOR';

/** A support case of the provider. */
export type SupportCase = {
  __typename?: 'SupportCase';
  /** When it was opened. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Everything the vendor returns for the case, as JSON. */
  details?: Maybe<Scalars['JSON']['output']>;
  /** Case ID: the vendor's own ID, not a global ID (this type is not a `Node`). */
  externalId: Scalars['String']['output'];
  /**
   * Case ID.
   * @deprecated Not a global ID (`node(id:)` does not take it): use `externalId`, the same value.
   */
  id: Scalars['String']['output'];
  /** Status. */
  status?: Maybe<Scalars['String']['output']>;
  /** Subject. */
  subject?: Maybe<Scalars['String']['output']>;
};

/** A page of support cases. */
export type SupportCaseConnection = {
  __typename?: 'SupportCaseConnection';
  /** Cases on this page. */
  edges: Array<SupportCaseEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many cases exist. */
  totalCount: Scalars['Int']['output'];
};

/** A support case and its cursor. */
export type SupportCaseEdge = {
  __typename?: 'SupportCaseEdge';
  /** Opaque cursor: pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The case. */
  node: SupportCase;
};

/** Which support cases `Provider.cases` returns. Every condition given must hold. */
export type SupportCaseFilter = {
  /** Only cases opened at or after this time. */
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Exact status, e.g. `Open`. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** Part of the subject (case-insensitive). */
  subjectContains?: InputMaybe<Scalars['String']['input']>;
};

/** How to sort `Provider.cases`. */
export type SupportCaseSort = {
  /** The direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** The field. */
  field: SupportCaseSortField;
};

/** Fields `Provider.cases` can be sorted by. */
export type SupportCaseSortField =
  /** When the case was opened. */
  | 'CREATED_AT'
  /** Status. */
  | 'STATUS'
  /** Subject. */
  | 'SUBJECT';

/** Input of `suspendUser`. Name the person with exactly one of `email` or `userId`. */
export type SuspendUserInput = {
  /** Only plan: answer the vendor calls that would be made (`plannedCalls`) without making any. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The person's email (case and surrounding spaces do not matter). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** A key of your choice (1 to 255 characters). Sending the same mutation again with the same key answers the first result instead of acting again; the same key with a different input is a `userError` (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The person's global ID (`User.id`). */
  userId?: InputMaybe<Scalars['ID']['input']>;
  /** Act only in these vendors (each must hold an account of the person). Default: every vendor where the person has an account. */
  vendors?: InputMaybe<Array<Vendor>>;
};

/** The answer of `suspendUser`. */
export type SuspendUserPayload = {
  __typename?: 'SuspendUserPayload';
  /** The vendor calls the plan holds: for a dry run, exactly the calls that would be made; otherwise the calls made. */
  plannedCalls: Array<PlannedVendorCall>;
  /** One entry per vendor action: what was done, found already done, skipped, or (dry run) planned. */
  results: Array<VendorActionResult>;
  /** The person as the vendors show them after the change (before it, for a dry run); null when the input named no one. */
  user?: Maybe<User>;
  /** Why nothing was done: the input is wrong (no vendor was called). */
  userErrors: Array<UserError>;
};

/** A synchronization error of a PSA integration. */
export type SyncError = {
  __typename?: 'SyncError';
  /** Error type. */
  errorType?: Maybe<Scalars['String']['output']>;
  /** What went wrong. */
  message: Scalars['String']['output'];
  /** When it happened. */
  occurredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The JumpCloud organization concerned. */
  organizationId?: Maybe<Scalars['String']['output']>;
};

/** A page of sync errors. */
export type SyncErrorConnection = {
  __typename?: 'SyncErrorConnection';
  /** Errors on this page. */
  edges: Array<SyncErrorEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many errors exist. */
  totalCount: Scalars['Int']['output'];
};

/** A sync error and its cursor. */
export type SyncErrorEdge = {
  __typename?: 'SyncErrorEdge';
  /** Opaque cursor: pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The error. */
  node: SyncError;
};

/** The Syncro schedule and line item a mapping row bills on. */
export type SyncroBillingConfiguration = {
  __typename?: 'SyncroBillingConfiguration';
  /** Syncro line item ID. */
  lineItemId: Scalars['Int']['output'];
  /** Line item name. */
  lineItemName?: Maybe<Scalars['String']['output']>;
  /** Syncro schedule ID. */
  scheduleId: Scalars['Int']['output'];
  /** Schedule name. */
  scheduleName?: Maybe<Scalars['String']['output']>;
};

/** A Syncro billing schedule and one of its line items, by their Syncro IDs. */
export type SyncroBillingConfigurationInput = {
  /** Line item ID of that schedule (`SyncroBillingLine.value`). */
  lineItemId: Scalars['Int']['input'];
  /** Schedule ID (`SyncroBillingOption.value`). */
  scheduleId: Scalars['Int']['input'];
};

/** A Syncro line item of a schedule. */
export type SyncroBillingLine = {
  __typename?: 'SyncroBillingLine';
  /** Its name. */
  label: Scalars['String']['output'];
  /** Its Syncro ID. */
  value: Scalars['Int']['output'];
};

/** A Syncro billing choice: a schedule with its line items. */
export type SyncroBillingOption = {
  __typename?: 'SyncroBillingOption';
  /** Its name. */
  label: Scalars['String']['output'];
  /** The line items of this schedule (`lineItemId` of a mapping row's billing). */
  lines: Array<SyncroBillingLine>;
  /** Its Syncro ID (`scheduleId` of a mapping row's billing). */
  value: Scalars['Int']['output'];
};

/** One of Syncro's billing option lists (e.g. the schedules), as JumpCloud offers them. */
export type SyncroBillingOptionList = {
  __typename?: 'SyncroBillingOptionList';
  /** The list's name, e.g. `schedules`. */
  name: Scalars['String']['output'];
  /** The choices. */
  values: Array<SyncroBillingOption>;
};

/** Syncro PSA connection fields. `apiToken` is sent to JumpCloud and never returned. */
export type SyncroConnectionInput = {
  /** A Syncro API token (write-only). */
  apiToken: Scalars['String']['input'];
  /** The Syncro account's subdomain (`<subdomain>.syncromsp.com`). */
  subdomain: Scalars['String']['input'];
};

/** Syncro connection fields to change (each optional). */
export type SyncroConnectionPatch = {
  /** New API token (write-only). */
  apiToken?: InputMaybe<Scalars['String']['input']>;
  /** New subdomain. */
  subdomain?: InputMaybe<Scalars['String']['input']>;
};

/** An alert JumpCloud can raise as a ticket in a PSA. */
export type TicketingAlert = {
  __typename?: 'TicketingAlert';
  /** Alert category, e.g. `Devices`. */
  category?: Maybe<Scalars['String']['output']>;
  /** What the alert means. */
  description?: Maybe<Scalars['String']['output']>;
  /** JumpCloud's alert ID: the vendor's own ID, not a global ID (this type is not a `Node`). */
  externalId: Scalars['String']['output'];
  /**
   * JumpCloud's alert ID.
   * @deprecated Not a global ID (`node(id:)` does not take it): use `externalId`, the same value.
   */
  id: Scalars['String']['output'];
  /** Alert name. */
  name: Scalars['String']['output'];
};

/**
 * Input of `updateAlertConfiguration`. Option values are the names the PSA offers (JumpCloud's
 * configuration options for that PSA); fields left out keep their current value. Which fields apply:
 * ConnectWise `priority`, `source`; Syncro `priority`, `status`, `problemType`, `assignee`; Autotask
 * `priority`, `status`, `source` and either `queue` or `resource` with `resourceRole`.
 */
export type UpdateAlertConfigurationInput = {
  /** The alert (`AlertConfiguration.id`). */
  alertId: Scalars['String']['input'];
  /** The Syncro user assigned to the ticket, by name. */
  assignee?: InputMaybe<Scalars['String']['input']>;
  /** Only plan: answer the vendor call that would be made without making it. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** Days until the ticket is due (0 or more). */
  dueDays?: InputMaybe<Scalars['Int']['input']>;
  /** A key of your choice (1 to 255 characters): a retry with the same key answers the first result instead of acting again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** A PSA integration (`Integration.id`): names the PSA type whose alert configurations change. */
  integrationId: Scalars['ID']['input'];
  /** Ticket priority, by name (e.g. `Priority 2 - Quick Response`). */
  priority?: InputMaybe<Scalars['String']['input']>;
  /** Problem type, by name (Syncro). */
  problemType?: InputMaybe<Scalars['String']['input']>;
  /** The Autotask queue the ticket goes to, by name (the ticket then goes to no resource). */
  queue?: InputMaybe<Scalars['String']['input']>;
  /** The Autotask resource the ticket goes to, by name (needs `resourceRole`; the ticket then goes to no queue). */
  resource?: InputMaybe<Scalars['String']['input']>;
  /** The role the Autotask resource works the ticket under, by name. */
  resourceRole?: InputMaybe<Scalars['String']['input']>;
  /** Whether the alert opens a ticket. */
  shouldCreateTickets?: InputMaybe<Scalars['Boolean']['input']>;
  /** Ticket source, by name (ConnectWise, Autotask). */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Ticket status, by name (Autotask, Syncro). */
  status?: InputMaybe<Scalars['String']['input']>;
};

/** The answer of `updateAlertConfiguration`. */
export type UpdateAlertConfigurationPayload = {
  __typename?: 'UpdateAlertConfigurationPayload';
  /** The alert configuration re-read after the change (before it, for a dry run); null when the input named none. */
  alertConfiguration?: Maybe<AlertConfiguration>;
  /** The vendor calls the plan holds. */
  plannedCalls: Array<PlannedVendorCall>;
  /** The vendor call's outcome (or plan). */
  results: Array<VendorActionResult>;
  /** Why nothing was done: the input is wrong (no vendor was called). */
  userErrors: Array<UserError>;
};

/** Input of `updateIntegration`: the integration and the one connection patch matching its kind, with at least one field. */
export type UpdateIntegrationInput = {
  /** Changes for an Autotask integration. */
  autotask?: InputMaybe<AutotaskConnectionPatch>;
  /** Changes for a ConnectWise integration. */
  connectWise?: InputMaybe<ConnectWiseConnectionPatch>;
  /** Only plan: answer the vendor call that would be made (credentials masked) without making it. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** A key of your choice (1 to 255 characters): a retry with the same key answers the first result instead of acting again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The PSA integration (`Integration.id`). */
  integrationId: Scalars['ID']['input'];
  /** Changes for a Syncro integration. */
  syncro?: InputMaybe<SyncroConnectionPatch>;
};

/** Input of `updateIntegrationMappings`. */
export type UpdateIntegrationMappingsInput = {
  /** Only plan: answer the vendor call that would be made (`plannedCalls`) without making it. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** A key of your choice (1 to 255 characters). Sending the same mutation again with the same key answers the first result instead of acting again; the same key with a different input is a `userError` (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The PSA integration (`Integration.id` of a ConnectWise, Syncro or Autotask integration). */
  integrationId: Scalars['ID']['input'];
  /** The rows to write, one per organization (an organization may appear once). Rows not named stay as they are. */
  rows: Array<IntegrationMappingRowInput>;
};

/** The answer of `updateIntegrationMappings`. */
export type UpdateIntegrationMappingsPayload = {
  __typename?: 'UpdateIntegrationMappingsPayload';
  /** The integration re-read after the change (before it, for a dry run): its `mappings` show the new rows. Null when the input named no integration. */
  integration?: Maybe<Integration>;
  /** The vendor calls the plan holds: for a dry run, exactly the calls that would be made; otherwise the calls made. */
  plannedCalls: Array<PlannedVendorCall>;
  /** The vendor call's outcome (or, for a dry run, its plan). */
  results: Array<VendorActionResult>;
  /** Why nothing was done: the input is wrong (no vendor was called). Row errors name the row, e.g. `["input", "rows", "3", "companyId"]`. */
  userErrors: Array<UserError>;
};

/** The answer of `updateIntegration`. */
export type UpdateIntegrationPayload = {
  __typename?: 'UpdateIntegrationPayload';
  /** The integration re-read after the change (before it, for a dry run); null when the input named no integration. */
  integration?: Maybe<Integration>;
  /** The vendor calls the plan holds, credentials masked as `********`. */
  plannedCalls: Array<PlannedVendorCall>;
  /** The vendor call's outcome (or plan). Credentials never appear here. */
  results: Array<VendorActionResult>;
  /** Why nothing was done: the input is wrong (no vendor was called). */
  userErrors: Array<UserError>;
};

/** Input of `updateIntegrationSettings`. Give at least one setting; settings left out keep their value. */
export type UpdateIntegrationSettingsInput = {
  /** Whether alerts open tickets in the PSA automatically. */
  automaticTicketing?: InputMaybe<Scalars['Boolean']['input']>;
  /** The company types whose companies are offered for mapping (`PsaCompanyType.id` from `Integration.companyTypes`; at most 150). ConnectWise and Autotask only. */
  companyTypeIds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only plan: answer the vendor call that would be made (`plannedCalls`) without making it. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** A key of your choice (1 to 255 characters): a retry with the same key answers the first result instead of acting again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The PSA integration (`Integration.id`). */
  integrationId: Scalars['ID']['input'];
};

/** The answer of `updateIntegrationSettings`. */
export type UpdateIntegrationSettingsPayload = {
  __typename?: 'UpdateIntegrationSettingsPayload';
  /** The integration re-read after the change (before it, for a dry run); null when the input named no integration. */
  integration?: Maybe<Integration>;
  /** The vendor calls the plan holds. */
  plannedCalls: Array<PlannedVendorCall>;
  /** The vendor call's outcome (or plan, or ALREADY_DONE when the settings already have these values). */
  results: Array<VendorActionResult>;
  /** Why nothing was done: the input is wrong (no vendor was called). */
  userErrors: Array<UserError>;
};

/** Input of `updatePolicy`. Give at least one of `name`, `enabled`, `attributes`. */
export type UpdatePolicyInput = {
  /** Settings to change, merged by key into the policy's `attributes` (keys not given are kept). Values are checked for the policy's kind: IP_ALLOWLIST `ipRanges` (IPv4 CIDR list), `allowAnonymousAccess` (boolean); DATA_RESIDENCY `realm` (us, eu, de, au, ca, sg, jp, in, uk); AUTHENTICATION `ssoEnforced` (boolean), `twoStepVerification` (optional, enforced), `sessionTimeoutMinutes` (5 to 43200); EXTERNAL_USER `requireTwoStepVerification` (boolean), `sessionTimeoutMinutes`; USER_SECURITY `apiTokensAllowed` (boolean), `apiTokenMaxDays` (1 to 365). */
  attributes?: InputMaybe<Scalars['JSON']['input']>;
  /** Only plan: answer the vendor calls that would be made (`plannedCalls`) without making any. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** Enable or disable the policy. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** A key of your choice (1 to 255 characters). Sending the same mutation again with the same key answers the first result instead of acting again; the same key with a different input is a `userError` (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** A new name (not empty). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The policy's global ID (`Policy.id`): an Atlassian organization policy (JumpCloud policy templates cannot be changed through the API). */
  policyId: Scalars['ID']['input'];
};

/** The answer of `updatePolicy`. */
export type UpdatePolicyPayload = {
  __typename?: 'UpdatePolicyPayload';
  /** The vendor calls the plan holds: for a dry run, exactly the calls that would be made; otherwise the calls made. */
  plannedCalls: Array<PlannedVendorCall>;
  /** The policy read again after the change (before it, for a dry run); null when the input was rejected. */
  policy?: Maybe<Policy>;
  /** One entry per vendor action: what was done, found already done, or (dry run) planned. */
  results: Array<VendorActionResult>;
  /** Why nothing was done: the input is wrong (no vendor was called). */
  userErrors: Array<UserError>;
};

/** Input of `updateProviderOrganization`. Give at least one of `name` and `maxSystemUsers`. */
export type UpdateProviderOrganizationInput = {
  /** Only plan: answer the vendor call that would be made without making it. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** A key of your choice (1 to 255 characters): a retry with the same key answers the first result instead of acting again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** New user limit (0 or more). */
  maxSystemUsers?: InputMaybe<Scalars['Int']['input']>;
  /** New name (1 to 255 characters, unique in the provider regardless of case). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The organization: its `ProviderOrganization.id`, or its JumpCloud ID (`externalId`). */
  organizationId: Scalars['ID']['input'];
};

/** The answer of `updateProviderOrganization`. */
export type UpdateProviderOrganizationPayload = {
  __typename?: 'UpdateProviderOrganizationPayload';
  /** The organization re-read after the change (before it, for a dry run); null when the input named none. */
  organization?: Maybe<ProviderOrganization>;
  /** The vendor calls the plan holds. */
  plannedCalls: Array<PlannedVendorCall>;
  /** The vendor call's outcome (or plan, or ALREADY_DONE when it already has these values). */
  results: Array<VendorActionResult>;
  /** Why nothing was done: the input is wrong (no vendor was called). */
  userErrors: Array<UserError>;
};

/** Input of `updateUser`. Name the person with exactly one of `email` or `userId`, and give at least one field to change. */
export type UpdateUserInput = {
  /** BetterCloud: department (not empty). */
  department?: InputMaybe<Scalars['String']['input']>;
  /** Only plan: answer the vendor calls that would be made (`plannedCalls`) without making any. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The person's email (case and surrounding spaces do not matter). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** BetterCloud: first name (not empty). */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** A key of your choice (1 to 255 characters). Sending the same mutation again with the same key answers the first result instead of acting again; the same key with a different input is a `userError` (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Snow: the person needs review (a reminder to act on their subscriptions). */
  isInReview?: InputMaybe<Scalars['Boolean']['input']>;
  /** Snow: the person exists only as a SaaS user, with no inventoried device. */
  isOnline?: InputMaybe<Scalars['Boolean']['input']>;
  /** Snow: the person counts in Snow's services that incur a cost. */
  isQualified?: InputMaybe<Scalars['Boolean']['input']>;
  /** BetterCloud: last name (not empty). */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** BetterCloud: office location (not empty). */
  location?: InputMaybe<Scalars['String']['input']>;
  /** BetterCloud: job title (not empty). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The person's global ID (`User.id`). */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** The answer of `updateUser`. */
export type UpdateUserPayload = {
  __typename?: 'UpdateUserPayload';
  /** The vendor calls the plan holds: for a dry run, exactly the calls that would be made; otherwise the calls made. */
  plannedCalls: Array<PlannedVendorCall>;
  /** One entry per vendor account changed: what was done, found already done, skipped, or (dry run) planned. */
  results: Array<VendorActionResult>;
  /** The person as the vendors show them after the change (before it, for a dry run); null when the input was rejected. */
  user?: Maybe<User>;
  /** Why nothing was done: the input is wrong (no vendor was called). */
  userErrors: Array<UserError>;
};

/**
 * One person across all vendors, joined by normalized email (trimmed, lower case).
 * A person with an account in a single vendor is still a User.
 */
export type User = Node & {
  __typename?: 'User';
  /** One entry per vendor account this person holds, in vendor order. */
  accounts: Array<Account>;
  /** Department, from the first vendor that has one. */
  department?: Maybe<Scalars['String']['output']>;
  /** Display name, from the first vendor that has one (BetterCloud, Atlassian, SCIM, Snow, JumpCloud). */
  displayName?: Maybe<Scalars['String']['output']>;
  /** Normalized email (trimmed, lower case): the key that joins this person's accounts. */
  email: Scalars['String']['output'];
  /** Audit events about this person, newest first, from BetterCloud (which filters its event feed by person; Atlassian's audit log cannot be). */
  events: AuditEventConnection;
  /** Groups this person belongs to, in every vendor that has groups (null, with an error, when a vendor cannot be read). */
  groups?: Maybe<Array<GroupMembership>>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Most recent activity seen by any vendor. */
  lastActiveAt?: Maybe<Scalars['DateTime']['output']>;
  /** Office or location, from the first vendor that has one. */
  location?: Maybe<Scalars['String']['output']>;
  /** What this person's subscriptions cost per month (Snow). */
  monthlyCost?: Maybe<Money>;
  /**
   * Monthly cost of this person's subscriptions that look unused (Snow's potential savings).
   * @deprecated Use `vendorReportedSavings` (Snow's figure, the same value) or `wastedSeatCost(inactiveDays:)` (the gateway's rule).
   */
  potentialSavings?: Maybe<Money>;
  /** Roles held: Atlassian organization and product roles, JumpCloud administrator roles (null, with an error, when Atlassian cannot be read). */
  roleAssignments?: Maybe<Array<RoleAssignment>>;
  /** Overall state derived from the accounts: ACTIVE, SUSPENDED, DEPROVISIONED or MIXED. */
  status: UserStatus;
  /** Paid SaaS subscriptions Snow sees for this person (null, with an error, when Snow cannot be read). */
  subscriptions?: Maybe<Array<SaasSubscription>>;
  /** Job title, from the first vendor that has one. */
  title?: Maybe<Scalars['String']['output']>;
  /**
   * What Snow itself reports could be saved on this person's subscriptions per month (Snow's `potentialSavings`,
   * summed over their Snow accounts), by Snow's rule: the user is disabled, or a seat went unused past the activity
   * threshold Snow keeps per subscription. Not the gateway's rule: see `wastedSeatCost`.
   */
  vendorReportedSavings?: Maybe<Money>;
  /** The vendors this person has an account in. */
  vendors: Array<Vendor>;
  /**
   * Monthly cost of this person's seats that `licenseWaste(inactiveDays:)` lists: they are suspended or
   * deprovisioned in any directory, or the seat was not used for more than `inactiveDays` days (as of the
   * gateway's clock). Null when they have no Snow account.
   */
  wastedSeatCost?: Maybe<Money>;
};


/**
 * One person across all vendors, joined by normalized email (trimmed, lower case).
 * A person with an account in a single vendor is still a User.
 */
export type UserEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * One person across all vendors, joined by normalized email (trimmed, lower case).
 * A person with an account in a single vendor is still a User.
 */
export type UserWastedSeatCostArgs = {
  inactiveDays?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of users. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The users on this page with their cursors. */
  edges: Array<UserEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many users match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A user and its cursor. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Opaque cursor: pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The user. */
  node: User;
};

/** A business-rule failure of a mutation, returned as data rather than as a top-level error. */
export type UserError = {
  __typename?: 'UserError';
  /** Machine-readable code, e.g. `NOT_FOUND`, `INVALID_ROLE`, `UNKNOWN_COMPANY`, or `IDEMPOTENCY_STORE_UNAVAILABLE` (the key could not be checked, nothing was done: retry). */
  code: Scalars['String']['output'];
  /** Path to the input field at fault, e.g. `["input", "email"]`; null when the error is not about one field. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, in words an administrator can act on. */
  message: Scalars['String']['output'];
};

/** Input for `users(filter:)`. All given conditions must hold. */
export type UserFilter = {
  /** Only people with at least one account in this state. */
  accountStatus?: InputMaybe<AccountStatus>;
  /** Exact department name (case-insensitive). */
  department?: InputMaybe<Scalars['String']['input']>;
  /** Exact email (normalized before comparing). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Part of the email (case-insensitive). */
  emailContains?: InputMaybe<Scalars['String']['input']>;
  /** Only people with no account in any of these vendors. */
  missingFrom?: InputMaybe<Array<Vendor>>;
  /** Only people in this overall state. */
  status?: InputMaybe<UserStatus>;
  /** Only people with an account in each of these vendors. */
  vendors?: InputMaybe<Array<Vendor>>;
};

/** One point of KPI history. */
export type UserKpiPoint = {
  __typename?: 'UserKpiPoint';
  /** Active users then. */
  active: Scalars['Int']['output'];
  /** The date the point describes. */
  date: Scalars['DateTime']['output'];
  /** Inactive users then. */
  inactive: Scalars['Int']['output'];
  /** Users with no activity then. */
  noActivity: Scalars['Int']['output'];
  /** Total users then. */
  total: Scalars['Int']['output'];
};

/** Snow's user KPIs: counts now and their history. */
export type UserKpis = {
  __typename?: 'UserKpis';
  /** Users active in the last 30 days. */
  activeUsers: Scalars['Int']['output'];
  /** Daily or monthly history points, oldest first. */
  history: Array<UserKpiPoint>;
  /** Users inactive for 30 days or more. */
  inactiveUsers: Scalars['Int']['output'];
  /** Users with no activity at all. */
  noActivityUsers: Scalars['Int']['output'];
  /** Users Snow knows. */
  totalUsers: Scalars['Int']['output'];
};

/** How to sort `users`. */
export type UserSort = {
  /** The direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** The field. */
  field: UserSortField;
};

/** Fields `users` can be sorted by. */
export type UserSortField =
  /** Department, then email. */
  | 'DEPARTMENT'
  /** Display name. */
  | 'DISPLAY_NAME'
  /** Normalized email. */
  | 'EMAIL'
  /** Most recent activity in any vendor. */
  | 'LAST_ACTIVE';

/** A person's overall state, derived from all of their accounts (never stored). */
export type UserStatus =
  /** Every account is active. */
  | 'ACTIVE'
  /** Every account is deprovisioned. */
  | 'DEPROVISIONED'
  /** The accounts disagree: for example deprovisioned in BetterCloud but still active in Snow. */
  | 'MIXED'
  /** Every account is suspended. */
  | 'SUSPENDED';

/** The vendors AdminGraph speaks to. */
export type Vendor =
  /** Atlassian Admin API and its SCIM user provisioning API. */
  | 'ATLASSIAN'
  /** BetterCloud Platform API (users, groups, workflows, events, SaaS integrations). */
  | 'BETTERCLOUD'
  /** JumpCloud provider (MSP) API (administrators, organizations, PSA integrations). */
  | 'JUMPCLOUD'
  /** Snow Software SaaS consolidated view (subscriptions, costs, activity). */
  | 'SNOW';

/** The outcome of one action at one vendor. */
export type VendorActionResult = {
  __typename?: 'VendorActionResult';
  /** The vendor API acted on (Atlassian has two). */
  api: VendorApi;
  /** The call made (or planned); null when nothing is sent for this action. */
  call?: Maybe<PlannedVendorCall>;
  /** Machine-readable reason when FAILED, SKIPPED or STILL_ACTIVE: a vendor error code (`VENDOR_UNAVAILABLE`, `VENDOR_REJECTED`, ...) or `NOT_SUPPORTED_BY_VENDOR`, `ACCOUNT_DEPROVISIONED`, `VENDOR_NOT_READ`, `VENDOR_CANNOT_SUSPEND`. */
  code?: Maybe<Scalars['String']['output']>;
  /** The vendor's ID of the account or object acted on. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** The vendor's HTTP status, when a call was sent. */
  httpStatus?: Maybe<Scalars['Int']['output']>;
  /** What happened, in words an administrator can act on. */
  message: Scalars['String']['output'];
  /** FAILED only: true when trying again later may succeed (the vendor was unavailable or rate limiting). */
  retryable?: Maybe<Scalars['Boolean']['output']>;
  /** How it went. */
  status: VendorActionStatus;
  /** The vendor acted on. */
  vendor: Vendor;
};

/** How one vendor action went. */
export type VendorActionStatus =
  /** Nothing was sent (or the vendor said so): the account is already in the target state. */
  | 'ALREADY_DONE'
  /** The call failed: see `code` and `retryable`. Running the mutation again retries only the failed actions. */
  | 'FAILED'
  /** Dry run: the call would be made. */
  | 'PLANNED'
  /** Nothing was sent because the vendor cannot do this (`code` says why, e.g. NOT_SUPPORTED_BY_VENDOR). */
  | 'SKIPPED'
  /** Nothing could be sent and the account keeps the access the mutation meant to remove (e.g. JumpCloud's API cannot suspend an administrator): `message` says what remains and how to remove it. */
  | 'STILL_ACTIVE'
  /** The vendor accepted the call. */
  | 'SUCCEEDED';

/** The vendor APIs AdminGraph writes to. Atlassian has two: the Admin API (directory) and SCIM provisioning. */
export type VendorApi =
  /** Atlassian Admin API (organization directory). */
  | 'ATLASSIAN_ADMIN'
  /** Atlassian user provisioning (SCIM 2.0) API. */
  | 'ATLASSIAN_SCIM'
  /** BetterCloud Platform API. */
  | 'BETTERCLOUD'
  /** JumpCloud provider (MSP) API. */
  | 'JUMPCLOUD'
  /** Snow Software SaaS consolidated view. */
  | 'SNOW';

/** Why a license counts as waste. */
export type WasteReason =
  /** The holder is deprovisioned in at least one directory. */
  | 'HOLDER_DEPROVISIONED'
  /** The holder is suspended in at least one directory. */
  | 'HOLDER_SUSPENDED'
  /** The license has not been used for longer than the threshold. */
  | 'INACTIVE';

/** A BetterCloud automation workflow. */
export type Workflow = Node & {
  __typename?: 'Workflow';
  /** How many actions it runs. */
  actionCount?: Maybe<Scalars['Int']['output']>;
  /** When it was created. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Description. */
  description?: Maybe<Scalars['String']['output']>;
  /** BetterCloud workflow ID. */
  externalId: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Workflow name. */
  name: Scalars['String']['output'];
  /** active, inactive or draft. */
  status: Scalars['String']['output'];
  /** manual, event or scheduled. */
  triggerType: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of workflows. */
export type WorkflowConnection = {
  __typename?: 'WorkflowConnection';
  /** Workflows on this page. */
  edges: Array<WorkflowEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many workflows match the filter. */
  totalCount: Scalars['Int']['output'];
};

/** A workflow and its cursor. */
export type WorkflowEdge = {
  __typename?: 'WorkflowEdge';
  /** Opaque cursor: pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The workflow. */
  node: Workflow;
};

/** Which workflows `workflows` returns (filtered by BetterCloud). */
export type WorkflowFilter = {
  /** Only workflows in this status. */
  status?: InputMaybe<WorkflowStatus>;
};

/** The states a BetterCloud workflow can be in. */
export type WorkflowStatus =
  /** Runs when triggered. */
  | 'ACTIVE'
  /** Being written: not yet switched on. */
  | 'DRAFT'
  /** Switched off: does not run. */
  | 'INACTIVE';

export type PersonCardQueryVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type PersonCardQuery = { __typename?: 'Query', user?: { __typename?: 'User', displayName?: string | null, email: string, department?: string | null, status: UserStatus, monthlyCost?: { __typename?: 'Money', amount: number, currency: string } | null, accounts: Array<
      | { __typename?: 'AtlassianAccount', vendor: Vendor, status: AccountStatus }
      | { __typename?: 'BetterCloudAccount', vendor: Vendor, status: AccountStatus }
      | { __typename?: 'JumpCloudAccount', vendor: Vendor, status: AccountStatus }
      | { __typename?: 'SnowAccount', vendor: Vendor, status: AccountStatus }
    > } | null };

export type WastedLicensesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WastedLicensesQuery = { __typename?: 'Query', licenseWaste: { __typename?: 'LicenseWasteConnection', totalCount: number, totalMonthlyCost: { __typename?: 'Money', amount: number, currency: string }, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'LicenseWasteEdge', node: { __typename?: 'LicenseWaste', reasons: Array<WasteReason>, monthlyCost: { __typename?: 'Money', amount: number }, subscription: { __typename?: 'SaasSubscription', name: string }, user: { __typename?: 'User', email: string } } }> } };

export type PlanOffboardingMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type PlanOffboardingMutation = { __typename?: 'Mutation', suspendUser: { __typename?: 'SuspendUserPayload', plannedCalls: Array<{ __typename?: 'PlannedVendorCall', vendor: Vendor, method: string, path: string }>, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const PersonCardDocument = new TypedDocumentString(`
    query PersonCard($email: String!) {
  user(email: $email) {
    displayName
    email
    department
    status
    monthlyCost {
      amount
      currency
    }
    accounts {
      vendor
      status
    }
  }
}
    `, {"hash":"5a5533cfee0634840a0cd2a21482fdf01a5e28ad"}) as unknown as TypedDocumentString<PersonCardQuery, PersonCardQueryVariables>;
export const WastedLicensesDocument = new TypedDocumentString(`
    query WastedLicenses($first: Int!, $after: String) {
  licenseWaste(first: $first, after: $after) {
    totalCount
    totalMonthlyCost {
      amount
      currency
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        reasons
        monthlyCost {
          amount
        }
        subscription {
          name
        }
        user {
          email
        }
      }
    }
  }
}
    `, {"hash":"cc07e76dd16e5409b2605e72cbeca0af08ec1bf6"}) as unknown as TypedDocumentString<WastedLicensesQuery, WastedLicensesQueryVariables>;
export const PlanOffboardingDocument = new TypedDocumentString(`
    mutation PlanOffboarding($email: String!) {
  suspendUser(input: {email: $email, dryRun: true}) {
    plannedCalls {
      vendor
      method
      path
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `, {"hash":"c20b6f85942612657233219492fdfb878ba9814e"}) as unknown as TypedDocumentString<PlanOffboardingMutation, PlanOffboardingMutationVariables>;