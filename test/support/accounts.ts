import { normalizeEmail, type AccountModel } from '../../datasources/model/index.js';

/** A vendor account with only the fields a test cares about (its ID derived from vendor and email). */
export function account(
  vendor: AccountModel['vendor'],
  email: string,
  status: AccountModel['status'],
  extra: Partial<AccountModel> = {},
): AccountModel {
  return {
    vendor,
    externalId: `${vendor}-${email}`,
    email,
    normalizedEmail: normalizeEmail(email),
    status,
    vendorStatus: status.toLowerCase(),
    lastActiveAt: null,
    createdAt: null,
    displayName: null,
    department: null,
    title: null,
    location: null,
    ...extra,
  } as AccountModel;
}
