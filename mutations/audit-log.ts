import type { Principal } from '../common/principal.js';
import type { VendorName } from '../datasources/model/index.js';
import type { VendorApiName } from './plan.js';
import type { ActionResult, ActionStatus, RunResult } from './results.js';
import type { UserErrorModel } from './user-errors.js';

/** One vendor action of a recorded mutation (`AuditCall` in the schema). */
export interface AuditCallRecord {
  vendor: VendorName;
  api: VendorApiName;
  operationId: string | null;
  method: string | null;
  path: string | null;
  /** The vendor's HTTP status; null when nothing was sent or no answer came. */
  status: number | null;
  outcome: ActionStatus;
  code: string | null;
  message: string;
}

/** Who made a recorded mutation (`AuditActor` in the schema), with enum values as the schema spells them. */
export interface AuditActorRecord {
  id: string;
  method: 'API_KEY' | 'OIDC' | 'ANONYMOUS';
  /** Null in entries written before roles existed. */
  role: 'VIEWER' | 'OPERATOR' | 'ADMIN' | null;
  keyName: string | null;
  issuer: string | null;
  subject: string | null;
}

/** One recorded mutation (`AuditLogEntry` in the schema): who, what, which calls, when. */
export interface AuditEntry {
  id: string;
  at: string;
  /** The principal's ID (`key:<name>`, `oidc:<issuer>#<subject>`). */
  principal: string;
  /** The principal in full; absent in entries written before authentication (see `withActor`). */
  actor?: AuditActorRecord;
  mutation: string;
  /** The input as given, secrets removed by the mutation's `auditInput`. */
  input: unknown;
  dryRun: boolean;
  idempotencyKey: string | null;
  calls: AuditCallRecord[];
  result: RunResult;
  userErrors: UserErrorModel[];
}

/** An entry and its position in the log: positions only grow, so they make stable cursors. */
export interface PositionedEntry {
  position: number;
  entry: AuditEntry;
}

export interface AuditPage {
  /** Newest first. */
  entries: PositionedEntry[];
  total: number;
  /** More entries exist older than the last one returned. */
  hasMore: boolean;
}

/**
 * The durable record of every mutation. `append` resolves only once the entry is stored durably
 * (the mutation answers after it), and the log survives restarts. Two stores: an append-only
 * JSON-lines file (default) and PostgreSQL (`DATABASE_URL`).
 */
export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  /** Up to `limit` entries, newest first, older than position `before` (from the end when undefined). */
  page(args: { limit: number; before?: number }): Promise<AuditPage>;
  close(): Promise<void>;
}

export function auditCall(result: ActionResult): AuditCallRecord {
  return {
    vendor: result.vendor,
    api: result.api,
    operationId: result.call?.operationId ?? null,
    method: result.call?.method ?? null,
    path: result.call?.path ?? null,
    status: result.httpStatus,
    outcome: result.status,
    code: result.code,
    message: result.message,
  };
}

const methods = { 'api-key': 'API_KEY', oidc: 'OIDC', anonymous: 'ANONYMOUS' } as const;

export function auditActor(principal: Principal): AuditActorRecord {
  return {
    id: principal.id,
    method: methods[principal.method],
    role: principal.role.toUpperCase() as AuditActorRecord['role'],
    keyName: principal.method === 'api-key' ? principal.id.replace(/^key:/, '') : null,
    issuer: principal.issuer ?? null,
    subject: principal.subject ?? null,
  };
}

export type ActorAuditEntry = AuditEntry & { actor: AuditActorRecord };

/** The entry with its actor: entries from before authentication had only the principal's ID. */
export function withActor(entry: AuditEntry): ActorAuditEntry {
  if (entry.actor) return entry as ActorAuditEntry;
  const oidc = /^oidc:(.*)#([^#]*)$/.exec(entry.principal);
  return {
    ...entry,
    actor: {
      id: entry.principal,
      method: oidc ? 'OIDC' : entry.principal.startsWith('key:') ? 'API_KEY' : 'ANONYMOUS',
      role: null,
      keyName: entry.principal.startsWith('key:') ? entry.principal.slice('key:'.length) : null,
      issuer: oidc?.[1] ?? null,
      subject: oidc?.[2] ?? null,
    },
  };
}
