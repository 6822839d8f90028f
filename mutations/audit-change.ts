import type { ChangeModel } from '../datasources/model/index.js';
import type { AuditEntry } from './audit-log.js';

/** A change of the `changes` feed whose AdminGraph side is a full audit entry (`AuditLogEntry` in the schema). */
export type AuditChangeModel = ChangeModel<AuditEntry>;
