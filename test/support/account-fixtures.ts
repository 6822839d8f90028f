import { normalizeEmail, type AccountModel } from '../../datasources/model/index.js';

/** A vendor account with the common fields empty: unit tests add the vendor's own fields in `extra`. */
export function accountFixture(
  vendor: AccountModel['vendor'],
  email: string,
  status: AccountModel['status'],
  extra: Record<string, unknown> = {},
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
