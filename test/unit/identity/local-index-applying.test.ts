import { describe, expect, it } from 'vitest';
import type { IndexSource, SourceStatus, StoredEntry } from '../../../datasources/identity/index-store.js';
import { LocalIndex } from '../../../datasources/identity/local-index.js';
import { accountFixture } from '../../support/account-fixtures.js';

/**
 * A replica's copy taking a revision's changes batch by batch (a store reading them through a
 * cursor): fed in batches it holds what it holds fed the whole answer, and a read that fails half
 * way leaves the snapshot before it until the same revision is read again.
 */

const complete = (source: IndexSource): SourceStatus => ({ source, builtAt: 1, refreshedAt: 1, entries: 0 });
const sources = (['BETTERCLOUD', 'ATLASSIAN', 'SNOW', 'JUMPCLOUD', 'SCIM'] as const).map(complete);
const entry = (source: 'BETTERCLOUD' | 'SNOW', id: string, email: string, name: string): StoredEntry => ({
  source,
  id,
  email,
  doc: accountFixture(source, email, 'ACTIVE', { displayName: name, externalId: id }),
});
const people = (index: LocalIndex) =>
  index.snapshot!.users.map((u) => ({
    email: u.email,
    accounts: u.accounts.map((a) => `${a.vendor}:${a.displayName}`),
  }));

const first = Array.from({ length: 30 }, (_, i) => [
  entry('BETTERCLOUD', `bc-${i}`, `p${i}@example.com`, `Person ${i}`),
  entry('SNOW', `sn-${i}`, `p${i}@example.com`, `Person ${i}`),
]).flat();
// Revision 2: one account moves to another person, one is renamed, one is gone, one is new.
const second: StoredEntry[] = [
  entry('SNOW', 'sn-3', 'p4@example.com', 'Person 4'),
  entry('BETTERCLOUD', 'bc-5', 'p5@example.com', 'Renamed 5'),
  { ...entry('SNOW', 'sn-7', 'p7@example.com', 'Person 7'), deleted: true },
  entry('BETTERCLOUD', 'bc-new', 'new@example.com', 'New Person'),
];

describe.each([false, true])('a local copy (lite: %s) applying changes in batches', (lite) => {
  const whole = () => {
    const index = new LocalIndex(lite);
    index.apply({ revision: 1, sources, entries: first });
    index.apply({ revision: 2, sources, entries: second });
    return index;
  };

  it('holds what it holds when fed the whole answer at once', () => {
    const batched = new LocalIndex(lite);
    for (const [revision, entries] of [
      [1, first],
      [2, second],
    ] as const) {
      const applying = batched.applying(revision);
      for (let i = 0; i < entries.length; i += 7) applying.add(entries.slice(i, i + 7));
      applying.finish(sources);
    }
    expect(batched.revision).toBe(2);
    expect(people(batched)).toEqual(people(whole()));
    expect(people(batched).find((p) => p.email === 'p3@example.com')!.accounts).toEqual([
      'BETTERCLOUD:Person 3',
    ]);
  });

  it('serves the snapshot before a read that fails half way, and finishes when the revision is read again', () => {
    const index = new LocalIndex(lite);
    index.apply({ revision: 1, sources, entries: first });
    const before = people(index);
    // The moved account is taken, then the read fails: nothing of it shows yet.
    index.applying(2).add(second.slice(0, 2));
    expect(index.revision).toBe(1);
    expect(people(index)).toEqual(before);
    // Read again (the account already moved here): the person it left is rebuilt too.
    const again = index.applying(2);
    again.add(second);
    again.finish(sources);
    expect(people(index)).toEqual(people(whole()));
  });
});
