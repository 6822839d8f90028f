import * as index from '../index-store.js';

type StoredEntry = index.StoredEntry;

interface TenantState {
  revision: number;
  entries: Map<string, StoredEntry & { revision: number }>;
  sources: Map<string, index.SourceStatus>;
  leases: Map<string, { holder: string; expiresAt: number }>;
}

/** The index in this process only: a single replica, or tests of the index logic without a server. */
export class MemoryIndexStore implements index.IdentityIndexStore {
  private readonly tenants = new Map<string, TenantState>();

  private state(tenant: string): TenantState {
    let state = this.tenants.get(tenant);
    if (!state) {
      state = { revision: 0, entries: new Map(), sources: new Map(), leases: new Map() };
      this.tenants.set(tenant, state);
    }
    return state;
  }

  async revision(tenant: string): Promise<number> {
    return this.tenants.get(tenant)?.revision ?? 0;
  }

  async changesSince(tenant: string, since: number): Promise<index.IndexChanges> {
    const state = this.state(tenant);
    const entries: StoredEntry[] = [];
    for (const { revision, ...entry } of state.entries.values())
      if (revision > since && !(since === 0 && entry.deleted)) entries.push(entry as StoredEntry);
    return { revision: state.revision, entries, sources: [...state.sources.values()] };
  }

  async write(tenant: string, change: index.IndexWrite): Promise<number> {
    const state = this.state(tenant);
    const revision = ++state.revision;
    for (const entry of change.upserts ?? [])
      state.entries.set(index.entryKey(entry.source, entry.id), { ...entry, revision } as StoredEntry & {
        revision: number;
      });
    for (const { source, id } of change.removals ?? []) {
      const key = index.entryKey(source, id);
      const existing = state.entries.get(key);
      if (existing) state.entries.set(key, { ...existing, deleted: true, revision });
    }
    for (const status of change.sources ?? []) state.sources.set(status.source, status);
    return revision;
  }

  async acquireLease(tenant: string, name: string, holder: string, ttlMs: number): Promise<boolean> {
    const leases = this.state(tenant).leases;
    const current = leases.get(name);
    if (current && current.holder !== holder && current.expiresAt > Date.now()) return false;
    leases.set(name, { holder, expiresAt: Date.now() + ttlMs });
    return true;
  }

  async releaseLease(tenant: string, name: string, holder: string): Promise<void> {
    const leases = this.state(tenant).leases;
    if (leases.get(name)?.holder === holder) leases.delete(name);
  }

  async close(): Promise<void> {}
}
