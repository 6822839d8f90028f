import { createHash } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryOutline, type IndexEntry } from '../../../datasources/identity/index-store.js';
import { LocalIndex } from '../../../datasources/identity/local-index.js';
import {
  CURSOR_BATCH,
  PostgresIndexStore,
} from '../../../datasources/identity/stores/postgres-index-store.js';
import { accountFixture } from '../../support/account-fixtures.js';
import { databaseUrl, uniqueName } from '../../support/replicas.js';

/**
 * The PostgreSQL index store against the machine's PostgreSQL: documents come back exactly as they
 * were written (they are kept as json text), and a table an earlier version made with jsonb
 * documents is converted once on first use, keeping its rows.
 */

let pool: pg.Pool;
beforeAll(() => {
  pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
});
afterAll(() => pool.end());

const docType = async (table: string) =>
  (
    await pool.query<{ data_type: string }>(
      `SELECT data_type FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = $1 AND column_name = 'doc'`,
      [table],
    )
  ).rows[0]?.data_type;

describe('the PostgreSQL identity index store', () => {
  it('answers every document as it was written, in a json column', async () => {
    const prefix = uniqueName('idx_store');
    const store = new PostgresIndexStore(pool, prefix);
    const entries: IndexEntry[] = [
      {
        source: 'BETTERCLOUD',
        id: 'bc-1',
        email: 'ann@example.com',
        doc: accountFixture('BETTERCLOUD', 'Ann@Example.com', 'ACTIVE', {
          displayName: 'Ann Lee',
          department: 'Sales',
        }),
      },
      {
        source: 'ATLASSIAN',
        id: 'at-1',
        email: 'ann@example.com',
        doc: accountFixture('ATLASSIAN', 'ann@example.com', 'SUSPENDED', {
          productAccess: [{ key: 'jira', name: 'Jira', url: null, lastActiveAt: null }],
        }),
      },
    ];
    const revision = await store.write('tenant-a', { upserts: entries });
    const changes = await store.changesSince('tenant-a', 0);
    expect(changes.revision).toBe(revision);
    const byKey = <T extends { source: string; id: string }>(list: T[]) =>
      [...list].sort((a, b) => `${a.source}:${a.id}`.localeCompare(`${b.source}:${b.id}`));
    expect(byKey(changes.entries).map(({ deleted: _deleted, digest: _digest, ...entry }) => entry)).toEqual(
      byKey(entries),
    );
    // The digest a lite replica compares a walk with is the MD5 of the JSON it wrote.
    const md5 = (doc: unknown) => createHash('md5').update(JSON.stringify(doc)).digest('hex');
    expect(byKey(changes.entries).map((e) => e.digest)).toEqual(byKey(entries).map((e) => md5(e.doc)));
    // Outlines (a lite copy's start): what pages and filters, with the same digests.
    const outlines = await store.changesSince('tenant-a', 0, { outlines: true });
    expect(byKey(outlines.entries).map((e) => e.doc)).toEqual(
      byKey(entries).map(({ doc }) => {
        const { vendor, status, displayName, department, lastActiveAt } = doc as any; // eslint-disable-line @typescript-eslint/no-explicit-any
        return { vendor, status, displayName, department, lastActiveAt };
      }),
    );
    expect(byKey(outlines.entries).map((e) => e.digest)).toEqual(byKey(changes.entries).map((e) => e.digest));
    expect(await docType(`${prefix}_entries`)).toBe('json');
  });

  it('hands a large catch-up over in batches, each with its revision, and leaves them out of the answer', async () => {
    const store = new PostgresIndexStore(pool, uniqueName('idx_batches'));
    const count = Math.round(CURSOR_BATCH * 2.5);
    const upserts: IndexEntry[] = Array.from({ length: count }, (_, i) => ({
      source: 'SNOW',
      id: `sn-${i}`,
      email: `p${i}@example.com`,
      doc: accountFixture('SNOW', `p${i}@example.com`, 'ACTIVE'),
    }));
    const revision = await store.write('tenant-a', { upserts });
    const batches: { size: number; revision: number }[] = [];
    const seen = new Set<string>();
    const changes = await store.changesSince('tenant-a', 0, {
      outlines: true,
      onEntries: (entries, at) => {
        batches.push({ size: entries.length, revision: at });
        for (const e of entries) seen.add(e.id);
      },
    });
    expect(changes.entries).toEqual([]);
    expect(changes.revision).toBe(revision);
    expect(batches.length).toBe(Math.ceil(count / CURSOR_BATCH));
    expect(batches.every((b) => b.size <= CURSOR_BATCH && b.revision === revision)).toBe(true);
    expect([...seen].sort()).toEqual(upserts.map((e) => e.id).sort());
    // Without a taker, the same rows come back in the answer.
    expect((await store.changesSince('tenant-a', 0)).entries).toHaveLength(count);
  });

  it("answers one person's entries by normalized email, without deleted ones or other tenants'", async () => {
    const store = new PostgresIndexStore(pool, uniqueName('idx_email'));
    const doc = (vendor: 'SNOW' | 'BETTERCLOUD', email: string) => accountFixture(vendor, email, 'ACTIVE');
    await store.write('tenant-a', {
      upserts: [
        { source: 'SNOW', id: 'sn-1', email: 'ann@example.com', doc: doc('SNOW', 'ann@example.com') },
        {
          source: 'BETTERCLOUD',
          id: 'bc-1',
          email: 'ann@example.com',
          doc: doc('BETTERCLOUD', 'ann@example.com'),
        },
        { source: 'SNOW', id: 'sn-2', email: 'bob@example.com', doc: doc('SNOW', 'bob@example.com') },
      ],
    });
    await store.write('tenant-b', {
      upserts: [
        { source: 'SNOW', id: 'sn-9', email: 'ann@example.com', doc: doc('SNOW', 'ann@example.com') },
      ],
    });
    await store.write('tenant-a', { removals: [{ source: 'BETTERCLOUD', id: 'bc-1' }] });
    const found = await store.entriesOfEmails('tenant-a', ['ann@example.com', 'nobody@example.com']);
    expect(found.map((e) => `${e.source}:${e.id}`)).toEqual(['SNOW:sn-1']);
    expect(found[0].doc).toEqual(doc('SNOW', 'ann@example.com'));
    expect(await store.entriesOfEmails('tenant-a', [])).toEqual([]);
  });

  it('converts a table made with jsonb documents once, keeping its rows', async () => {
    const prefix = uniqueName('idx_old');
    const doc = accountFixture('SNOW', 'bob@example.com', 'ACTIVE');
    // The tables as an earlier version created them.
    await pool.query(`
      CREATE TABLE ${prefix}_tenants (tenant text PRIMARY KEY, revision bigint NOT NULL, sources jsonb NOT NULL DEFAULT '{}'::jsonb);
      CREATE TABLE ${prefix}_entries (
        tenant text NOT NULL, source text NOT NULL, id text NOT NULL, email text NOT NULL,
        display_name text, department text, last_active text, doc jsonb NOT NULL,
        revision bigint NOT NULL, deleted boolean NOT NULL DEFAULT false, PRIMARY KEY (tenant, source, id));
      INSERT INTO ${prefix}_tenants VALUES ('tenant-a', 1, '{}');`);
    await pool.query(
      `INSERT INTO ${prefix}_entries (tenant, source, id, email, doc, revision) VALUES ('tenant-a', 'SNOW', 'sn-1', 'bob@example.com', $1::jsonb, 1)`,
      [JSON.stringify(doc)],
    );
    const store = new PostgresIndexStore(pool, prefix);
    const changes = await store.changesSince('tenant-a', 0);
    expect(changes.entries).toHaveLength(1);
    expect(changes.entries[0]).toMatchObject({ source: 'SNOW', id: 'sn-1', email: 'bob@example.com', doc });
    expect(await docType(`${prefix}_entries`)).toBe('json');
    // A row from before outlines were kept sends its document; a lite copy cuts it to the outline.
    const asOutlines = await store.changesSince('tenant-a', 0, { outlines: true });
    expect(asOutlines.entries[0].doc).toEqual(doc);
    const lite = new LocalIndex(true);
    lite.apply(asOutlines);
    const held = lite.entry('SNOW', 'sn-1')!;
    expect(entryOutline(held)).toEqual(entryOutline(asOutlines.entries[0]));
    // Its ID is the entry's, answered through a getter: no copy of the document's own.
    expect(Object.keys(held.doc as object)).not.toContain('externalId');
    expect((held.doc as { externalId: string }).externalId).toBe('sn-1');
    expect(held.doc).not.toHaveProperty('vendorStatus');
    // Written to after the conversion, like any other table.
    await store.write('tenant-a', {
      upserts: [{ source: 'SNOW', id: 'sn-2', email: 'cy@example.com', doc }],
    });
    expect((await store.changesSince('tenant-a', 1)).entries.map((e) => e.id)).toEqual(['sn-2']);
  });
});
