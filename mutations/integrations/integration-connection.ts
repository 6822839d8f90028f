import { MASKED, type JumpCloudIntegrationType } from '../../datasources/writes.js';
import { userError, type UserErrorModel } from '../user-errors.js';
import { isEmailAddress } from '../../common/validation.js';
import { inputField } from './psa-integration.js';

/** The input field holding each PSA's connection (`connectWise`, `syncro`, `autotask`). */
export type ConnectionKey = 'connectWise' | 'syncro' | 'autotask';

/** Connection fields as the GraphQL inputs give them (create: all set; update: any subset). */
export type ConnectionFields = Record<string, string | null | undefined>;

export interface ConnectionInputs {
  connectWise?: ConnectionFields | null;
  syncro?: ConnectionFields | null;
  autotask?: ConnectionFields | null;
}

interface ConnectionShape {
  key: ConnectionKey;
  /** Every field, in JumpCloud's request order (the names are JumpCloud's). */
  fields: readonly string[];
  /** Write-only: sent, never shown, never audited. */
  secrets: readonly string[];
  /** The fields naming one PSA account: JumpCloud answers 409 for a second integration on it. */
  identity: readonly string[];
  /** A value JumpCloud's check with the PSA could never pass (it would answer 422). */
  invalid(field: string, value: string): string | undefined;
}

/**
 * Per PSA, the connection fields of JumpCloud's `<type>IntegrationReq` (specs/jumpcloud.yaml).
 * ConnectWise's public key is treated as a secret too: with the private key it is the API login.
 */
export const connectionShapes: Record<JumpCloudIntegrationType, ConnectionShape> = {
  connectwise: {
    key: 'connectWise',
    fields: ['url', 'companyId', 'publicKey', 'privateKey'],
    secrets: ['publicKey', 'privateKey'],
    identity: ['url', 'companyId'],
    invalid: (field, value) =>
      field === 'url' && !/^https:\/\/[a-z0-9.-]+(:\d+)?(\/.*)?$/i.test(value)
        ? `"${value}" is not an https URL of a ConnectWise site`
        : undefined,
  },
  syncro: {
    key: 'syncro',
    fields: ['subdomain', 'apiToken'],
    secrets: ['apiToken'],
    identity: ['subdomain'],
    invalid: (field, value) =>
      field === 'subdomain' && !/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i.test(value)
        ? `"${value}" is not a Syncro subdomain (letters, digits and hyphens)`
        : undefined,
  },
  autotask: {
    key: 'autotask',
    fields: ['username', 'secret'],
    secrets: ['secret'],
    identity: ['username'],
    invalid: (field, value) =>
      field === 'username' && !isEmailAddress(value)
        ? `"${value}" is not an Autotask API user (an email address)`
        : undefined,
  },
};

const connectionKeys: ConnectionKey[] = ['connectWise', 'syncro', 'autotask'];

/**
 * The connection for `type` from the input: its own sub-input must be there (with at least one field
 * for an update), the others absent; values trimmed, none empty, none the PSA would refuse.
 */
export function readConnection(
  type: JumpCloudIntegrationType,
  input: ConnectionInputs,
  mode: 'create' | 'update',
): { ok: true; connection: Record<string, string> } | { ok: false; errors: UserErrorModel[] } {
  const shape = connectionShapes[type];
  const errors: UserErrorModel[] = [];
  for (const key of connectionKeys)
    if (key !== shape.key && input[key])
      errors.push(
        userError(
          inputField(key),
          `A ${type} integration takes \`${shape.key}\`, not \`${key}\``,
          'NOT_APPLICABLE',
        ),
      );
  const given = input[shape.key];
  if (!given) {
    errors.push(
      userError(inputField(shape.key), `Give \`${shape.key}\` for a ${type} integration`, 'REQUIRED'),
    );
    return { ok: false, errors };
  }
  const connection: Record<string, string> = {};
  for (const field of shape.fields) {
    const raw = given[field];
    if (raw === undefined || raw === null) continue;
    const value = raw.trim();
    const problem = value === '' ? `${field} cannot be empty` : shape.invalid(field, value);
    if (problem)
      errors.push(
        userError(inputField(shape.key, field), problem, value === '' ? 'REQUIRED' : 'INVALID_VALUE'),
      );
    else connection[field] = value;
  }
  if (mode === 'update' && errors.length === 0 && Object.keys(connection).length === 0)
    errors.push(userError(inputField(shape.key), 'Give at least one field to change', 'NOTHING_TO_CHANGE'));
  return errors.length ? { ok: false, errors } : { ok: true, connection };
}

/** The input as the audit log keeps it: every connection secret replaced by `********`. */
export function redactConnections<I extends ConnectionInputs>(input: I): I {
  const redacted: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  for (const type of Object.keys(connectionShapes) as JumpCloudIntegrationType[]) {
    const { key, secrets } = connectionShapes[type];
    const fields = input[key];
    if (fields)
      redacted[key] = Object.fromEntries(
        Object.entries(fields).map(([field, value]) => [
          field,
          secrets.includes(field) && value != null ? MASKED : value,
        ]),
      );
  }
  return redacted as I;
}

/** Whether two public configurations name the same PSA account (JumpCloud compares without case). */
export function sameAccount(
  type: JumpCloudIntegrationType,
  a: Record<string, unknown>,
  b: Record<string, unknown>,
): boolean {
  return connectionShapes[type].identity.every(
    (field) => String(a[field] ?? '').toLowerCase() === String(b[field] ?? '').toLowerCase(),
  );
}
