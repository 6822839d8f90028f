import { describe, expect, it } from 'vitest';
import { buildIdentity } from '../../../datasources/identity/build-identity.js';
import { snapshotPeople } from '../../../datasources/identity/people-view.js';
import type { AccountModel } from '../../../datasources/model/index.js';
import { toGlobalId } from '../../../common/global-id.js';
import type { GatewayContext } from '../../../mutations/context.js';
import { vendorUnavailable } from '../../../common/errors.js';
import { resolveLifecycleTarget } from '../../../mutations/user-lifecycle/lifecycle-target.js';

const account = (vendor: AccountModel['vendor'], email: string) =>
  ({ vendor, email, externalId: `${vendor}-1`, status: 'ACTIVE' }) as AccountModel;
const identity = buildIdentity(
  [
    [account('BETTERCLOUD', 'A@Example.com')],
    [account('ATLASSIAN', 'a@example.com')],
    [account('SNOW', 'b@example.com')],
  ],
  [{ id: 'scim-1', userName: 'a@example.com', active: true, externalId: null, groups: [] }],
  [],
);
const ctxWith = (snapshot = identity) =>
  ({ people: async () => snapshotPeople(snapshot) }) as unknown as GatewayContext;

describe('resolveLifecycleTarget', () => {
  it('finds the person by email (normalized) and acts in every vendor they are in', async () => {
    const prepared = await resolveLifecycleTarget({ email: '  A@EXAMPLE.com ' }, ctxWith());
    expect(prepared.ok && prepared.target.vendors).toEqual(['BETTERCLOUD', 'ATLASSIAN']);
    expect(prepared.ok && prepared.target.scim?.id).toBe('scim-1');
  });

  it('finds the person by global ID', async () => {
    const prepared = await resolveLifecycleTarget({ userId: toGlobalId('User', 'b@example.com') }, ctxWith());
    expect(prepared.ok && prepared.target.vendors).toEqual(['SNOW']);
  });

  it.each([
    [{}, ['input'], 'INVALID_INPUT'],
    [{ email: 'a@example.com', userId: toGlobalId('User', 'a@example.com') }, ['input'], 'INVALID_INPUT'],
    [{ email: 'a@' }, ['input', 'email'], 'INVALID_EMAIL'],
    [{ userId: 'garbage' }, ['input', 'userId'], 'INVALID_ID'],
    [{ userId: toGlobalId('Workflow', 'w1') }, ['input', 'userId'], 'INVALID_ID'],
    [{ email: 'nobody@example.com' }, ['input', 'email'], 'NOT_FOUND'],
    [{ userId: toGlobalId('User', 'nobody@example.com') }, ['input', 'userId'], 'NOT_FOUND'],
    [
      { email: 'b@example.com', vendors: ['SNOW', 'JUMPCLOUD'] },
      ['input', 'vendors', '1'],
      'NO_ACCOUNT_IN_VENDOR',
    ],
    [{ email: 'b@example.com', vendors: [] }, ['input', 'vendors'], 'INVALID_INPUT'],
  ] as const)('rejects %j at %j with %s', async (input, field, code) => {
    const prepared = await resolveLifecycleTarget(input as never, ctxWith());
    expect(prepared.ok).toBe(false);
    expect(!prepared.ok && prepared.userErrors.map((e) => [e.field, e.code])).toEqual([[field, code]]);
  });

  it('keeps a vendor whose accounts could not be read among the targets (to report it), and accepts it when named', async () => {
    const degraded = { ...identity, failures: [vendorUnavailable('JUMPCLOUD', 'HTTP 503')] };
    const byDefault = await resolveLifecycleTarget({ email: 'a@example.com' }, ctxWith(degraded));
    expect(byDefault.ok && byDefault.target.vendors).toEqual(['BETTERCLOUD', 'ATLASSIAN', 'JUMPCLOUD']);
    expect(byDefault.ok && byDefault.target.unreadable.map((f) => f.vendor)).toEqual(['JUMPCLOUD']);
    const named = await resolveLifecycleTarget(
      { email: 'a@example.com', vendors: ['JUMPCLOUD'] },
      ctxWith(degraded),
    );
    expect(named.ok).toBe(true);
  });
});
