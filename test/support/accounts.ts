import { normalizeEmail, type AccountModel } from '../../datasources/model/index.js';

/** The optional fields of every account, unknown unless a test sets them. */
const unknownFields = Object.fromEntries(
  ['lastActiveAt', 'createdAt', 'displayName', 'department', 'title', 'location'].map((field) => [
    field,
    null,
  ]),
);

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
    ...unknownFields,
    ...extra,
  } as AccountModel;
}
