/** Internal models of vendor accounts: what datasources map vendor JSON into and resolvers read. */
import type { VendorName } from '../../common/vendor.js';

export type { VendorName };
export type AccountStatus = 'ACTIVE' | 'SUSPENDED' | 'DEPROVISIONED';

interface AccountBase {
  vendor: VendorName;
  externalId: string;
  /** Exactly as the vendor stores it. */
  email: string;
  /** Trimmed, lower-cased: the join key. */
  normalizedEmail: string;
  status: AccountStatus;
  vendorStatus: string;
  lastActiveAt: string | null;
  createdAt: string | null;
  displayName: string | null;
  department: string | null;
  title: string | null;
  location: string | null;
}

export interface BetterCloudAccountModel extends AccountBase {
  vendor: 'BETTERCLOUD';
  firstName: string | null;
  lastName: string | null;
  managerEmail: string | null;
}

export interface AtlassianAccountModel extends AccountBase {
  vendor: 'ATLASSIAN';
  accountType: string | null;
  orgId: string;
  directoryId: string | null;
  productAccess: ProductAccessModel[];
}

export interface ProductAccessModel {
  key: string;
  name: string | null;
  url: string | null;
  lastActiveAt: string | null;
}

export interface SnowAccountModel extends AccountBase {
  vendor: 'SNOW';
  isEnabled: boolean | null;
  isInReview: boolean | null;
  isOnline: boolean | null;
  isQualified: boolean | null;
  licenseCount: number | null;
  /** What the user's seats cost per month (Snow's `userCostPerMonth`). */
  monthlyCost: number | null;
  potentialSavings: number | null;
  discoveryTypes: number[];
}

export interface JumpCloudAccountModel extends AccountBase {
  vendor: 'JUMPCLOUD';
  role: string | null;
  mfaEnabled: boolean | null;
  organizationAccessTotal: number | null;
}

export type AccountModel =
  BetterCloudAccountModel | AtlassianAccountModel | SnowAccountModel | JumpCloudAccountModel;

/** One person: the accounts found for one normalized email. Everything else is derived. */
export interface UserModel {
  email: string;
  accounts: AccountModel[];
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
