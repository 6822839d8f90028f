import type { AuditLog } from '../../mutations/audit-log.js';
import { FileAuditLog } from './file-audit-log.js';
import { PostgresAuditLog } from './postgres-audit-log.js';

export interface AuditSettings {
  /** JSON-lines file (`ADMINGRAPH_AUDIT_FILE`), used when no database is configured. */
  file: string;
  /** PostgreSQL connection string (`DATABASE_URL`): when set, the log lives there. */
  databaseUrl?: string;
  /** Table (or `schema.table`) in PostgreSQL (`ADMINGRAPH_AUDIT_TABLE`). */
  table?: string;
  /** How old an unfinished mutation of a process on another host must be to show as INTERRUPTED. */
  staleAfterMs?: number;
}

export const defaultAuditFile = 'data/audit.ndjson';

export function auditSettingsFromEnv(env: NodeJS.ProcessEnv): AuditSettings {
  return {
    file: env.ADMINGRAPH_AUDIT_FILE || defaultAuditFile,
    databaseUrl: env.DATABASE_URL || undefined,
    table: env.ADMINGRAPH_AUDIT_TABLE || undefined,
  };
}

/** PostgreSQL when a database URL is configured, else the append-only file. */
export function createAuditLog(settings: AuditSettings = { file: defaultAuditFile }): AuditLog {
  return settings.databaseUrl
    ? PostgresAuditLog.connect(settings.databaseUrl, settings.table, settings.staleAfterMs)
    : new FileAuditLog(settings.file, settings.staleAfterMs);
}
