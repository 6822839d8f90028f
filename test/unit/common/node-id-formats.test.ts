import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../common/global-id.js';
import { checkNodeId } from '../../../common/node-id-formats.js';

const tenant = {
  atlassian: { orgId: '60cb4904-149c-46a3-9c1a-e5fb245eb36a' },
  jumpcloud: { providerId: 'ba5f175e2b6c983e01b000ad' },
};
const org = tenant.atlassian.orgId;

describe('checkNodeId', () => {
  it('accepts the IDs AdminGraph issues, without the vendor in the parts', () => {
    expect(
      checkNodeId(toGlobalId('Policy', 'ATLASSIAN', '13f5b572-82f0-4844-b1c6-3a4f31f1f9b0', org), tenant),
    ).toStrictEqual({
      ok: true,
      prefix: 'Policy',
      typename: 'Policy',
      vendor: 'ATLASSIAN',
      parts: ['13f5b572-82f0-4844-b1c6-3a4f31f1f9b0', org],
    });
    expect(
      checkNodeId(toGlobalId('Account', 'ATLASSIAN', '712020:2409df52-56df-4f18-83f6-f534bb031474'), tenant),
    ).toMatchObject({
      ok: true,
      typename: 'AtlassianAccount',
    });
    // A JumpCloud policy ID made before the template kind was added still reads.
    expect(checkNodeId(toGlobalId('Policy', 'JUMPCLOUD', 'f126bd0bae665e848065030b'), tenant).ok).toBe(true);
  });

  it.each([
    ['a dot part', toGlobalId('Group', 'BETTERCLOUD', '..')],
    ['a slash in a part', toGlobalId('Group', 'BETTERCLOUD', 'a/b')],
    ['a JumpCloud ID that is not 24 hex', toGlobalId('Provider', 'ba5f175e2b6c983e01b000a')],
    ['an unknown vendor', toGlobalId('Group', 'OKTA', 'group-1')],
    ['too many parts', toGlobalId('Workflow', 'wf-1', 'extra')],
    [
      'an Atlassian policy without its org',
      toGlobalId('Policy', 'ATLASSIAN', '13f5b572-82f0-4844-b1c6-3a4f31f1f9b0'),
    ],
    ['no global ID at all', 'not-an-id'],
  ])('refuses %s as INVALID_ID', (_, id) => {
    expect(checkNodeId(id, tenant)).toMatchObject({ ok: false, code: 'INVALID_ID' });
  });

  it('answers NOT_FOUND for another organization or provider', () => {
    const other = '3b04ff08-8dc0-4347-a49a-41fff7681c9d';
    expect(checkNodeId(toGlobalId('Organization', 'ATLASSIAN', other), tenant)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(checkNodeId(toGlobalId('Provider', 'f'.repeat(24)), tenant)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });

  it('refuses an ID of another type than expected', () => {
    const group = toGlobalId('Group', 'BETTERCLOUD', 'group-akej00');
    expect(checkNodeId(group, tenant, 'Group').ok).toBe(true);
    expect(checkNodeId(group, tenant, 'Policy')).toMatchObject({ ok: false, code: 'INVALID_ID' });
  });
});
