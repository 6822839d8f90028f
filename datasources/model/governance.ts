/** Internal models of the governance answers (offboarding gaps, privileged access, orphaned accounts, changes). */
import type { AccountModel, AccountStatus, UserModel, VendorName } from './account.js';
import type { AuditEventModel, MoneyModel } from './catalog.js';

export type RemainingAccessKind =
  'ACTIVE_ACCOUNT' | 'ACTIVE_SCIM_IDENTITY' | 'PRIVILEGED_ROLE' | 'MONTHLY_COST';

/** A mutation of this API and the dry-run input that would close a gap. */
export interface RemedyModel {
  mutation: string;
  input: Record<string, unknown>;
}

export interface RemainingAccessModel {
  kind: RemainingAccessKind;
  vendor: VendorName;
  account: AccountModel | null;
  role: string | null;
  resource: string | null;
  monthlyCost: MoneyModel | null;
  remedy: RemedyModel | null;
  description: string;
}

export interface ClosedAccountModel {
  vendor: VendorName;
  status: AccountStatus;
  account: AccountModel;
}

export interface OffboardingGapModel {
  user: UserModel;
  closedIn: ClosedAccountModel[];
  remainingAccess: RemainingAccessModel[];
  monthlyCost: MoneyModel;
  remedies: RemedyModel[];
}

export interface PrivilegedRoleModel {
  vendor: VendorName;
  role: string;
  resource: string | null;
  account: AccountModel | null;
  accountStatus: AccountStatus | null;
  lastActiveAt: string | null;
}

export interface PrivilegedHolderModel {
  user: UserModel;
  roles: PrivilegedRoleModel[];
}

export type OrphanReason = 'UNVERIFIED_DOMAIN' | 'NOT_IN_DIRECTORY_OF_RECORD' | 'INACTIVE';

export interface OrphanedAccountModel {
  account: AccountModel;
  user: UserModel;
  reasons: OrphanReason[];
  domain: string;
  inactiveDays: number | null;
  monthlyCost: MoneyModel | null;
}

export type ChangeSource = VendorName | 'ADMINGRAPH';

/** The part of an AdminGraph audit entry the change feed reads (the full entry type lives on the mutations floor). */
export interface AuditRecordLike {
  at: string;
  principal: string;
  mutation: string;
  input: unknown;
  dryRun: boolean;
}

/** One change of the merged feed: a vendor event or an AdminGraph audit entry. */
export interface ChangeModel<E extends AuditRecordLike = AuditRecordLike> {
  source: 'BETTERCLOUD' | 'ATLASSIAN' | 'ADMINGRAPH';
  occurredAt: string;
  action: string;
  actor: string | null;
  /** Normalized email of the person it is about, when known. */
  targetEmail: string | null;
  description: string | null;
  event: AuditEventModel | null;
  auditEntry: E | null;
}
