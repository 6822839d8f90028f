import { describe, expect, it } from 'vitest';
import type { Datasources } from '../../../datasources/contracts.js';
import { SharedIdentityIndex } from '../../../datasources/identity/shared-identity-index.js';
import { MemoryIndexStore } from '../../../datasources/identity/stores/memory-index-store.js';
import { readTouchedEntries } from '../../../datasources/identity/patch-identity.js';
import type { AccountModel } from '../../../datasources/model/index.js';
import { accountFixture as account } from '../../support/account-fixtures.js';

/** Fake vendors over a mutable account list, counting every read by kind. */
function fakeVendors(people: string[]) {
  const accounts = new Map<string, AccountModel>();
  for (const email of people)
    for (const vendor of ['BETTERCLOUD', 'SNOW'] as const) {
      const a = account(vendor, email, 'ACTIVE', { displayName: email });
      accounts.set(a.externalId, a);
    }
  const calls = { list: 0, byId: 0, byEmail: 0 };
  let gate: Promise<void> = Promise.resolve();
  const source = (vendor: AccountModel['vendor']) => ({
    // The walk's pages: read at once, handed over after `gate` opens, two accounts a page.
    eachAccountPage: async (take: (page: AccountModel[]) => Promise<void>) => {
      calls.list++;
      const copy = [...accounts.values()].filter((a) => a.vendor === vendor).map((a) => ({ ...a }));
      await gate;
      for (let i = 0; i < copy.length; i += 2) await take(copy.slice(i, i + 2));
    },
    getAccount: async (id: string) => {
      calls.byId++;
      const a = accounts.get(id);
      return a && a.vendor === vendor ? { ...a } : undefined;
    },
    findAccountsByEmail: async (email: string) => {
      calls.byEmail++;
      return [...accounts.values()].filter((a) => a.vendor === vendor && a.normalizedEmail === email);
    },
  });
  const none = {
    eachAccountPage: async () => undefined,
    getAccount: async () => undefined,
    findAccountsByEmail: async () => [],
  };
  const datasources = {
    bettercloud: { ...source('BETTERCLOUD'), listEvents: async () => ({ items: [], total: 0 }) },
    snow: source('SNOW'),
    atlassian: {
      ...none,
      configuredOrgId: 'org',
      listEventsPage: async () => ({ items: [] }),
    },
    jumpcloud: none,
    scim: { eachIdentityPage: async () => undefined, findIdentityByEmail: async () => undefined },
  } as unknown as Datasources;
  return {
    datasources,
    calls,
    accounts,
    holdWalks: () => {
      let release!: () => void;
      gate = new Promise((resolve) => (release = resolve));
      return release;
    },
  };
}

/** The person suspended at the fake vendors, then their accounts re-read into the index (a write's patch). */
async function suspendAndPatch(
  index: SharedIdentityIndex,
  vendors: ReturnType<typeof fakeVendors>,
  email: string,
) {
  for (const a of vendors.accounts.values()) if (a.normalizedEmail === email) a.status = 'SUSPENDED';
  await index.patch(
    't',
    await readTouchedEntries(index.local('t'), vendors.datasources, {
      apis: ['bettercloud', 'snow'],
      objects: [],
      emails: [email],
    }),
  );
}

const people = Array.from({ length: 50 }, (_, i) => `person${String(i).padStart(2, '0')}@example.com`);

describe('SharedIdentityIndex', () => {
  it('builds once across replicas: the second, beside a complete index, reads no vendor', async () => {
    const store = new MemoryIndexStore();
    const vendors = fakeVendors(people);
    const first = new SharedIdentityIndex(store);
    const second = new SharedIdentityIndex(store);
    const [a, b] = await Promise.all([
      first.get('t', vendors.datasources),
      second.get('t', vendors.datasources),
    ]);
    // Two vendors with accounts, each listed once in all: the lease kept the second replica waiting.
    expect(vendors.calls.list).toBe(2);
    expect(a.users.map((u) => u.email)).toEqual(people);
    expect(b.users.map((u) => u.email)).toEqual(people);
    const third = new SharedIdentityIndex(store);
    await third.sync('t');
    expect(third.peek('t')?.users).toHaveLength(people.length);
    expect(vendors.calls.list).toBe(2);
    expect(third.status('t').ready).toBe(true);
  });

  it('never lets a catch-up read at one revision finish over a write applied meanwhile', async () => {
    const store = new MemoryIndexStore();
    const vendors = fakeVendors(people);
    const index = new SharedIdentityIndex(store);
    const other = new SharedIdentityIndex(store);
    await index.get('t', vendors.datasources);
    await other.sync('t');
    // Another replica writes: this one has a catch-up to do, and its read of the store is slow.
    await suspendAndPatch(other, vendors, people[0]);
    const changesSince = store.changesSince.bind(store);
    store.changesSince = async (...args) => {
      const changes = await changesSince(...args);
      await new Promise((resolve) => setTimeout(resolve, 30));
      return changes;
    };
    // While that catch-up reads, this replica writes a source's status (a walk's last write marks
    // its source complete so): the catch-up read before it must not put the old status back.
    const status = { ...index.local('t').status('SNOW')!, refreshedAt: 123_456 };
    await Promise.all([index.sync('t'), index.setStatus('t', status)]);
    expect(index.local('t').status('SNOW')?.refreshedAt).toBe(123_456);
    expect(index.local('t').revision).toBe(await store.revision('t'));
    expect(
      index
        .peek('t')!
        .byEmail.get(people[0])!
        .accounts.map((a) => a.status),
    ).toEqual(['SUSPENDED', 'SUSPENDED']);
  });

  it('takes over a build whose holder stopped renewing its lease', async () => {
    const store = new MemoryIndexStore();
    const vendors = fakeVendors(people);
    // A replica took the lease and died: nobody renews it.
    expect(await store.acquireLease('t', 'build', 'dead-replica', 150)).toBe(true);
    const index = new SharedIdentityIndex(store, { pollMs: 20 });
    const started = Date.now();
    const snapshot = await index.get('t', vendors.datasources);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(snapshot.users).toHaveLength(people.length);
  });

  it('patches the accounts a write touched, seen by another replica on its next sync', async () => {
    const store = new MemoryIndexStore();
    const vendors = fakeVendors(people);
    const writer = new SharedIdentityIndex(store);
    const reader = new SharedIdentityIndex(store);
    await writer.get('t', vendors.datasources);
    await reader.sync('t');
    const target = people[7];
    const before = { ...vendors.calls };
    const untouched = reader.peek('t')!.byEmail.get(people[8]);
    await suspendAndPatch(writer, vendors, target);
    // One by-ID read per account the person holds in the written vendors; no list walk.
    expect(vendors.calls.byId - before.byId).toBe(2);
    expect(vendors.calls.list).toBe(before.list);
    await reader.sync('t');
    const seen = reader.peek('t')!;
    expect(seen.byEmail.get(target)!.accounts.map((a) => a.status)).toEqual(['SUSPENDED', 'SUSPENDED']);
    expect(seen.users.find((u) => u.email === target)!.accounts[0].status).toBe('SUSPENDED');
    // Everyone else is the very same object: the patch rebuilt one person, not the company.
    expect(seen.byEmail.get(people[8])).toBe(untouched);
  });

  it('keeps a patch that lands while a walk that began before it is still reading', async () => {
    const store = new MemoryIndexStore();
    const vendors = fakeVendors(people);
    const index = new SharedIdentityIndex(store);
    await index.get('t', vendors.datasources);
    await index.forget('t'); // the next reader walks again
    const release = vendors.holdWalks();
    const walk = index.get('t', vendors.datasources);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const target = people[3];
    await suspendAndPatch(index, vendors, target);
    release(); // the walk read the person before the suspend
    const snapshot = await walk;
    expect(snapshot.byEmail.get(target)!.accounts.map((a) => a.status)).toEqual(['SUSPENDED', 'SUSPENDED']);
  });

  it('finds the people of a write by the account IDs it addressed', async () => {
    const store = new MemoryIndexStore();
    const vendors = fakeVendors(people);
    const index = new SharedIdentityIndex(store);
    await index.get('t', vendors.datasources);
    const id = `SNOW-${people[5]}`;
    vendors.accounts.get(id)!.status = 'DEPROVISIONED';
    vendors.accounts.delete(`BETTERCLOUD-${people[5]}`);
    const change = await readTouchedEntries(index.local('t'), vendors.datasources, {
      apis: ['snow', 'bettercloud'],
      objects: [{ api: 'snow', externalId: id }],
      emails: [],
    });
    await index.patch('t', change);
    const person = index.peek('t')!.byEmail.get(people[5])!;
    expect(person.accounts.map((a) => [a.vendor, a.status])).toEqual([['SNOW', 'DEPROVISIONED']]);
  });
});
