import { VendorError } from '../../common/errors.js';
import type { Datasources } from '../contracts.js';
import { normalizeEmail } from '../model/index.js';
import { identitySources } from './identity-sources.js';
import { entryKey, type IndexEntry, type IndexSource } from './index-store.js';
import type { LocalIndex } from './local-index.js';

/** What a mutation's writes touched: the APIs written, the objects addressed, the people acted on. */
export interface WriteTouch {
  apis: (keyof Datasources)[];
  /** The vendor ID each write addressed (an account, a group, a policy...), by API. */
  objects: { api: keyof Datasources; externalId: string | null }[];
  /** People the mutation acted on, by email (suspend, invite, membership...). */
  emails: string[];
  /** Accounts the writes created, by API and the ID the vendor answered (read by ID, then added). */
  created?: { api: keyof Datasources; externalId: string }[];
}

const sourceOfApi: Record<keyof Datasources, IndexSource> = {
  bettercloud: 'BETTERCLOUD',
  atlassian: 'ATLASSIAN',
  scim: 'SCIM',
  snow: 'SNOW',
  jumpcloud: 'JUMPCLOUD',
};

/** Atlassian's admin API and its SCIM directory show one account twice: a write to one can change the other. */
const alsoChanged: Partial<Record<IndexSource, IndexSource>> = { ATLASSIAN: 'SCIM', SCIM: 'ATLASSIAN' };

/**
 * The index rows a mutation changed, read again from the vendors it wrote to: each touched person's
 * known accounts there by ID (one call each), and where the person had none, the vendor's email
 * filter (an account the write created). The cost is the touched accounts, whatever the company's
 * size. A vendor whose re-read fails keeps its row; the background refresh corrects it.
 */
export async function readTouchedEntries(
  local: LocalIndex,
  datasources: Datasources,
  touch: WriteTouch,
): Promise<{ upserts: IndexEntry[]; removals: { source: IndexSource; id: string }[] }> {
  const emails = new Set(touch.emails.map(normalizeEmail));
  for (const { api, externalId } of touch.objects) {
    const entry = externalId ? local.entry(sourceOfApi[api], externalId) : undefined;
    if (entry) emails.add(entry.email);
  }
  const written = new Set(touch.apis.map((api) => sourceOfApi[api]));
  const upserts: IndexEntry[] = [];
  const removals: { source: IndexSource; id: string }[] = [];
  const reads: Promise<void>[] = [];
  for (const { api, externalId } of touch.created ?? []) {
    const reader = identitySources[sourceOfApi[api]];
    if (local.entry(reader.source, externalId) || !reader.getById) continue;
    reads.push(
      reader.getById(datasources, externalId).then((fresh) => {
        if (fresh) upserts.push(fresh);
      }),
    );
  }
  for (const email of emails) {
    const held = local.entriesOfEmail(email);
    const sources = new Set(written);
    for (const source of written) {
      const linked = alsoChanged[source];
      if (linked && held.some((e) => e.source === linked)) sources.add(linked);
    }
    for (const source of sources) {
      const reader = identitySources[source];
      const known = held.filter((e) => e.source === source);
      if (known.length && reader.getById) {
        for (const entry of known)
          reads.push(
            reader.getById(datasources, entry.id).then((fresh) => {
              if (fresh) upserts.push(fresh);
              else removals.push({ source, id: entry.id });
            }),
          );
      } else if (reader.findByEmail) {
        reads.push(
          reader.findByEmail(datasources, email).then((found) => {
            upserts.push(...found);
            const ids = new Set(found.map((e) => entryKey(e.source, e.id)));
            for (const entry of known)
              if (!ids.has(entryKey(entry.source, entry.id))) removals.push({ source, id: entry.id });
          }),
        );
      }
    }
  }
  await Promise.all(
    reads.map((read) =>
      read.catch((error: unknown) => {
        if (!(error instanceof VendorError)) throw error;
      }),
    ),
  );
  return { upserts, removals };
}
