import { VendorHttpError, badRequest, conflict } from '../core/http-types.js';
import { optionalString, type Body } from './body-fields.js';
import type { IntegrationType, JumpCloudIntegration } from './model.js';

/**
 * Per PSA: which request fields are public configuration and which are write-only secrets, and the
 * check JumpCloud makes against the PSA before saving. The simulator has no PSA to call, so a value
 * the PSA could never accept (a non-HTTPS ConnectWise URL, a Syncro subdomain that is no hostname,
 * an Autotask API user that is not an email) stands in for "the PSA refused the credentials": 422.
 */
interface ConfigShape {
  publicFields: string[];
  secretFields: string[];
  /** Fields that identify one PSA account: a second integration on the same account is a 409. */
  identity: string[];
  verify(config: Record<string, string>): string | undefined;
}

export const configShapes: Record<IntegrationType, ConfigShape> = {
  connectwise: {
    publicFields: ['url', 'companyId'],
    secretFields: ['publicKey', 'privateKey'],
    identity: ['url', 'companyId'],
    verify: (c) =>
      /^https:\/\/[a-z0-9.-]+(:\d+)?(\/.*)?$/i.test(c.url)
        ? undefined
        : `Could not reach ConnectWise at "${c.url}"`,
  },
  syncro: {
    publicFields: ['subdomain'],
    secretFields: ['apiToken'],
    identity: ['subdomain'],
    verify: (c) =>
      /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i.test(c.subdomain)
        ? undefined
        : `Syncro subdomain "${c.subdomain}" is not reachable`,
  },
  autotask: {
    publicFields: ['username'],
    secretFields: ['secret'],
    identity: ['username'],
    verify: (c) =>
      /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(c.username)
        ? undefined
        : `Autotask rejected the API user "${c.username}"`,
  },
};

/** The integration as GET answers it: public configuration only. */
export function integrationView(integration: JumpCloudIntegration) {
  return { id: integration.id, ...integration.config, isMspAuthConfigured: integration.isMspAuthConfigured };
}

/** Reads a create (all fields required) or update (all optional) body into public config and secrets. */
export function readConfigBody(type: IntegrationType, body: Body, mode: 'create' | 'update') {
  const shape = configShapes[type];
  const config: Record<string, string> = {};
  const credentials: Record<string, string> = {};
  for (const field of [...shape.publicFields, ...shape.secretFields]) {
    const value = optionalString(body, field);
    if (value === undefined) {
      if (mode === 'create') throw badRequest(`"${field}" is required`);
      continue;
    }
    (shape.secretFields.includes(field) ? credentials : config)[field] = value.trim();
  }
  return { config, credentials };
}

export function verifyWithPsa(type: IntegrationType, config: Record<string, string>): void {
  const failure = configShapes[type].verify(config);
  if (failure) throw new VendorHttpError(422, `Unprocessable Entity: ${failure}`);
}

export function rejectDuplicate(
  type: IntegrationType,
  config: Record<string, string>,
  existing: JumpCloudIntegration[],
  selfId?: string,
): void {
  const { identity } = configShapes[type];
  const same = existing.find(
    (i) =>
      i.type === type &&
      i.id !== selfId &&
      identity.every((f) => i.config[f]?.toLowerCase() === config[f]?.toLowerCase()),
  );
  if (same) throw conflict(`A ${type} integration for this account already exists: ${same.id}`);
}
