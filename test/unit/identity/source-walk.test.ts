import { describe, expect, it } from 'vitest';
import type {
  IndexSource,
  IndexWrite,
  SourceStatus,
  StoredEntry,
} from '../../../datasources/identity/index-store.js';
import { LocalIndex } from '../../../datasources/identity/local-index.js';
import { SourceWalk, WALK_WRITE_BATCH, type WalkStore } from '../../../datasources/identity/source-walk.js';
import { accountFixture } from '../../support/account-fixtures.js';

/**
 * A walk written as its pages arrive: in batches, the replica's copy rebuilt once at the end, the
 * entries it found unchanged not written, the accounts it did not meet removed, and a patch written
 * (here or through another replica) after the walk began kept over the walk's older reading.
 */

const complete = (source: IndexSource, entries = 0): SourceStatus => ({
  source,
  builtAt: 1,
  refreshedAt: 1,
  entries,
});
const snow = (i: number, name = `Person ${i}`): StoredEntry => ({
  source: 'SNOW',
  id: `sn-${i}`,
  email: `p${i}@example.com`,
  doc: accountFixture('SNOW', `p${i}@example.com`, 'ACTIVE', { displayName: name, externalId: `sn-${i}` }),
});
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/** A store that applies each write to the copy as the shared index does, and records it. */
function recordingStore(local: LocalIndex, onSync: () => void = () => undefined) {
  const writes: {
    upserts: number;
    removals: number;
    statuses: number;
    deferRebuild: boolean;
    sameSnapshot: boolean;
  }[] = [];
  const store: WalkStore = {
    sync: async () => onSync(),
    write: async (change: IndexWrite, { deferRebuild }) => {
      const before = local.snapshot;
      const applying = local.applying(local.revision + 1);
      applying.add([
        ...(change.upserts ?? []),
        ...(change.removals ?? []).map(({ source, id }) => ({ ...local.entry(source, id)!, deleted: true })),
      ]);
      if (deferRebuild) applying.defer();
      else applying.finish(change.sources ?? []);
      writes.push({
        upserts: change.upserts?.length ?? 0,
        removals: change.removals?.length ?? 0,
        statuses: change.sources?.length ?? 0,
        deferRebuild,
        sameSnapshot: local.snapshot === before,
      });
    },
  };
  return { store, writes };
}

async function walkInPages(walk: SourceWalk, entries: StoredEntry[], pageSize = 100) {
  await Promise.all(
    range(0, Math.ceil(entries.length / pageSize)).map((page) =>
      walk.take(entries.slice(page * pageSize, (page + 1) * pageSize)),
    ),
  );
}

describe.each([false, true])('a source walk (lite copy: %s)', (lite) => {
  it('writes in batches, rebuilds the served copy once at the end, and removes what it did not meet', async () => {
    const local = new LocalIndex(lite);
    local.apply({ revision: 1, sources: [complete('SNOW', 10)], entries: range(0, 10).map((i) => snow(i)) });
    const { store, writes } = recordingStore(local);
    const walked = range(5, 5 + Math.floor(2.5 * WALK_WRITE_BATCH)).map((i) => snow(i));
    const walk = new SourceWalk(local, 'SNOW', local.revision, store);
    await walkInPages(walk, walked);
    const result = await walk.finish({ source: 'SNOW', builtAt: 2, refreshedAt: 2 });

    // 0–4 are gone; 5–9 were found unchanged and are not written again.
    expect(result).toEqual({ upserts: walked.length - 5, removals: 5 });
    expect(writes.map((w) => w.deferRebuild)).toEqual([true, true, false]);
    expect(writes.slice(0, -1).every((w) => w.sameSnapshot && w.statuses === 0 && w.removals === 0)).toBe(
      true,
    );
    expect(writes.at(-1)).toMatchObject({ removals: 5, statuses: 1, sameSnapshot: false });
    expect(writes.reduce((sum, w) => sum + w.upserts, 0)).toBe(walked.length - 5);
    expect(local.status('SNOW')?.entries).toBe(walked.length);
    expect(local.snapshot!.users.map((u) => u.email)).toEqual(walked.map((e) => e.email).sort());
  });

  it('keeps a patch that landed after the walk began, read again before each batch', async () => {
    const local = new LocalIndex(lite);
    local.apply({ revision: 1, sources: [complete('SNOW', 3)], entries: [snow(0), snow(1), snow(2)] });
    const startRevision = local.revision;
    // Another replica renames person 1 and adds person 9 while the walk reads (the walk saw neither).
    let patched = false;
    const { store } = recordingStore(local, () => {
      if (patched) return;
      patched = true;
      local.apply({
        revision: local.revision + 1,
        sources: [complete('SNOW', 3)],
        entries: [snow(1, 'Patched 1'), snow(9)],
      });
    });
    const walk = new SourceWalk(local, 'SNOW', startRevision, store);
    await walk.take([snow(0, 'Walked 0'), snow(1, 'Walked 1'), snow(2)]);
    await walk.finish({ source: 'SNOW', builtAt: 2, refreshedAt: 2 });

    const names = Object.fromEntries(
      local.snapshot!.users.map((u) => [u.email, (u.accounts[0] as { displayName?: string }).displayName]),
    );
    expect(names).toEqual({
      'p0@example.com': 'Walked 0',
      'p1@example.com': 'Patched 1',
      'p2@example.com': 'Person 2',
      'p9@example.com': 'Person 9',
    });
  });
});
