import { describe, expect, it } from 'vitest';
import type {
  AccountStatus,
  AtlassianAccountModel,
  BetterCloudAccountModel,
  JumpCloudAccountModel,
  ScimIdentityModel,
  SnowAccountModel,
} from '../../../datasources/model/index.js';
import { vendorUnavailable } from '../../../common/errors.js';
import type { PlanStep } from '../../../mutations/plan.js';
import { planLifecycle } from '../../../mutations/user-lifecycle/lifecycle-plan.js';
import {
  atlassianStep,
  betterCloudStep,
  jumpCloudStep,
  scimStep,
  snowStep,
  type LifecycleAction,
} from '../../../mutations/user-lifecycle/vendor-steps.js';

const base = (status: AccountStatus, vendorStatus: string) => ({
  email: 'a@example.com',
  normalizedEmail: 'a@example.com',
  status,
  vendorStatus,
  lastActiveAt: null,
  createdAt: null,
  displayName: null,
  department: null,
  title: null,
  location: null,
});
const bc = (status: AccountStatus): BetterCloudAccountModel => ({
  ...base(status, status.toLowerCase()),
  vendor: 'BETTERCLOUD',
  externalId: 'user-1',
  firstName: null,
  lastName: null,
  managerEmail: null,
});
const atl = (status: AccountStatus, directoryId: string | null = 'dir-1'): AtlassianAccountModel => ({
  ...base(status, status === 'DEPROVISIONED' ? 'closed' : status.toLowerCase()),
  vendor: 'ATLASSIAN',
  externalId: '712020:abc',
  accountType: 'atlassian',
  orgId: 'org-1',
  directoryId,
  productAccess: [],
});
const snow = (status: AccountStatus): SnowAccountModel => ({
  ...base(status, status === 'ACTIVE' ? 'Enabled' : 'Disabled'),
  vendor: 'SNOW',
  externalId: 'snow-1',
  isEnabled: status === 'ACTIVE',
  isInReview: null,
  isOnline: null,
  isQualified: null,
  licenseCount: null,
  potentialSavings: null,
  discoveryTypes: [],
  monthlyCost: null,
});
const jc = (status: AccountStatus): JumpCloudAccountModel => ({
  ...base(status, status === 'SUSPENDED' ? 'suspended' : 'active'),
  vendor: 'JUMPCLOUD',
  externalId: 'admin-1',
  role: 'Administrator',
  mfaEnabled: true,
  organizationAccessTotal: 1,
});
const scim = (active: boolean): ScimIdentityModel => ({
  id: 'scim-1',
  userName: 'A@example.com',
  active,
  externalId: null,
  groups: [],
});

/** What a step amounts to: its check state and code, and the call it sends. */
const outline = (step: PlanStep) => [
  step.check.state,
  'code' in step.check ? step.check.code : null,
  step.write ? `${step.write.method} ${step.write.path}` : null,
];

const ATL_USER = '/v2/orgs/org-1/directories/dir-1/users/712020%3Aabc';

describe('BetterCloud steps', () => {
  const cases: [LifecycleAction, AccountStatus, unknown[]][] = [
    ['suspend', 'ACTIVE', ['NEEDED', null, 'POST /users/user-1/suspend']],
    ['suspend', 'SUSPENDED', ['ALREADY_DONE', null, null]],
    ['suspend', 'DEPROVISIONED', ['ALREADY_DONE', null, null]],
    ['restore', 'ACTIVE', ['ALREADY_DONE', null, null]],
    ['restore', 'SUSPENDED', ['UNSUPPORTED', 'NOT_SUPPORTED_BY_VENDOR', null]],
    ['restore', 'DEPROVISIONED', ['UNSUPPORTED', 'ACCOUNT_DEPROVISIONED', null]],
    ['deprovision', 'ACTIVE', ['NEEDED', null, 'POST /users/user-1/deprovision']],
    ['deprovision', 'SUSPENDED', ['NEEDED', null, 'POST /users/user-1/deprovision']],
    ['deprovision', 'DEPROVISIONED', ['ALREADY_DONE', null, null]],
  ];
  it.each(cases)('%s of a %s user', (action, status, expected) => {
    expect(outline(betterCloudStep(action, bc(status)))).toStrictEqual(expected);
  });

  it('treats a 409 as "already there" for suspend and deprovision (the index may be older than BetterCloud)', () => {
    expect(betterCloudStep('suspend', bc('ACTIVE')).doneOnStatus).toEqual([409]);
    expect(betterCloudStep('deprovision', bc('ACTIVE')).doneOnStatus).toEqual([409]);
  });
});

describe('Atlassian directory steps', () => {
  const cases: [LifecycleAction, AccountStatus, unknown[]][] = [
    ['suspend', 'ACTIVE', ['NEEDED', null, `POST ${ATL_USER}/suspend`]],
    ['suspend', 'SUSPENDED', ['ALREADY_DONE', null, null]],
    ['suspend', 'DEPROVISIONED', ['ALREADY_DONE', null, null]],
    ['restore', 'SUSPENDED', ['NEEDED', null, `POST ${ATL_USER}/restore`]],
    ['restore', 'ACTIVE', ['ALREADY_DONE', null, null]],
    ['restore', 'DEPROVISIONED', ['UNSUPPORTED', 'ACCOUNT_DEPROVISIONED', null]],
    ['deprovision', 'ACTIVE', ['NEEDED', null, `DELETE ${ATL_USER}`]],
    ['deprovision', 'SUSPENDED', ['NEEDED', null, `DELETE ${ATL_USER}`]],
    ['deprovision', 'DEPROVISIONED', ['ALREADY_DONE', null, null]],
  ];
  it.each(cases)('%s of a %s account', (action, status, expected) => {
    expect(outline(atlassianStep(action, atl(status), 'fallback-dir'))).toStrictEqual(expected);
  });

  it("uses the tenant's directory when the account does not name one", () => {
    expect(atlassianStep('suspend', atl('ACTIVE', null), 'dir-9').write?.path).toBe(
      '/v2/orgs/org-1/directories/dir-9/users/712020%3Aabc/suspend',
    );
  });

  it('does not take a restore 409 for success (it also means "account closed")', () => {
    expect(atlassianStep('restore', atl('SUSPENDED'), 'd').doneOnStatus).toBeUndefined();
    expect(atlassianStep('deprovision', atl('ACTIVE'), 'd').doneOnStatus).toEqual([404]);
  });
});

describe('SCIM steps', () => {
  const patch = (value: boolean) => ({
    schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
    Operations: [{ op: 'replace', path: 'active', value }],
  });
  it('deactivates and reactivates with a PatchOp on active', () => {
    expect(scimStep('suspend', scim(true), 'dir-1').write).toStrictEqual({
      operation: 'patchUserInformationInAnActiveDirectory',
      method: 'PATCH',
      path: '/scim/directory/dir-1/Users/scim-1',
      body: patch(false),
    });
    expect(scimStep('restore', scim(false), 'dir-1').write?.body).toStrictEqual(patch(true));
  });
  it('finds an inactive user already suspended and an active one already restored', () => {
    expect(outline(scimStep('suspend', scim(false), 'dir-1'))).toStrictEqual(['ALREADY_DONE', null, null]);
    expect(outline(scimStep('restore', scim(true), 'dir-1'))).toStrictEqual(['ALREADY_DONE', null, null]);
  });
  it('deprovisions with DELETE, a 404 meaning already deleted', () => {
    const step = scimStep('deprovision', scim(false), 'dir-1');
    expect(outline(step)).toStrictEqual(['NEEDED', null, 'DELETE /scim/directory/dir-1/Users/scim-1']);
    expect(step.doneOnStatus).toEqual([404]);
  });
});

describe('Snow and JumpCloud steps', () => {
  it('skips every Snow action with a reason, unless Snow already shows the target state', () => {
    expect(outline(snowStep('suspend', snow('ACTIVE')))).toStrictEqual([
      'UNSUPPORTED',
      'NOT_SUPPORTED_BY_VENDOR',
      null,
    ]);
    expect(outline(snowStep('deprovision', snow('ACTIVE')))).toStrictEqual([
      'UNSUPPORTED',
      'NOT_SUPPORTED_BY_VENDOR',
      null,
    ]);
    expect(outline(snowStep('restore', snow('SUSPENDED')))).toStrictEqual([
      'UNSUPPORTED',
      'NOT_SUPPORTED_BY_VENDOR',
      null,
    ]);
    expect(outline(snowStep('suspend', snow('SUSPENDED')))).toStrictEqual(['ALREADY_DONE', null, null]);
    expect(outline(snowStep('restore', snow('ACTIVE')))).toStrictEqual(['ALREADY_DONE', null, null]);
    expect(snowStep('suspend', snow('ACTIVE')).check).toMatchObject({
      message: expect.stringMatching(/inventory/),
    });
  });

  it('removes a JumpCloud administrator to deprovision, reports one it cannot suspend as still active, and cannot restore one', () => {
    expect(outline(jumpCloudStep('deprovision', jc('ACTIVE'), 'prov-1'))).toStrictEqual([
      'NEEDED',
      null,
      'DELETE /providers/prov-1/administrators/admin-1',
    ]);
    const suspend = jumpCloudStep('suspend', jc('ACTIVE'), 'prov-1');
    expect(outline(suspend)).toStrictEqual(['ACCESS_REMAINS', 'VENDOR_CANNOT_SUSPEND', null]);
    expect(suspend.check.state === 'ACCESS_REMAINS' && suspend.check.message).toMatch(
      /still active.*deprovisionUser.*delete the administrator/,
    );
    expect(outline(jumpCloudStep('restore', jc('SUSPENDED'), 'prov-1'))).toStrictEqual([
      'UNSUPPORTED',
      'NOT_SUPPORTED_BY_VENDOR',
      null,
    ]);
    expect(outline(jumpCloudStep('suspend', jc('SUSPENDED'), 'prov-1'))).toStrictEqual([
      'ALREADY_DONE',
      null,
      null,
    ]);
  });
});

describe('planLifecycle', () => {
  const ids = {
    atlassian: { orgId: 'org-1', directoryId: 'dir-1' },
    scim: { directoryId: 'dir-1' },
    jumpcloud: { providerId: 'prov-1' },
  };
  const user = {
    email: 'a@example.com',
    accounts: [bc('ACTIVE'), atl('ACTIVE'), snow('ACTIVE'), jc('ACTIVE')],
  };

  it('plans every chosen vendor in vendor order, the Atlassian directory before its SCIM identity', () => {
    const plan = planLifecycle(
      'suspend',
      {
        email: user.email,
        user,
        scim: scim(true),
        vendors: ['BETTERCLOUD', 'ATLASSIAN', 'SNOW', 'JUMPCLOUD'],
        unreadable: [],
      },
      ids,
    );
    expect(plan.steps.map((s) => s.api)).toEqual(['bettercloud', 'atlassian', 'scim', 'snow', 'jumpcloud']);
  });

  it('leaves out the vendors not chosen', () => {
    const plan = planLifecycle(
      'suspend',
      { email: user.email, user, scim: scim(true), vendors: ['ATLASSIAN'], unreadable: [] },
      ids,
    );
    expect(plan.steps.map((s) => s.api)).toEqual(['atlassian', 'scim']);
  });

  it('adds a FAILED (blocked) step for a chosen vendor whose accounts could not be read', () => {
    const failure = vendorUnavailable('SNOW', 'HTTP 503');
    const plan = planLifecycle(
      'suspend',
      {
        email: user.email,
        user: { ...user, accounts: [bc('ACTIVE')] },
        scim: undefined,
        vendors: ['BETTERCLOUD', 'SNOW'],
        unreadable: [failure],
      },
      ids,
    );
    expect(plan.steps.map((s) => [s.api, s.check.state])).toEqual([
      ['bettercloud', 'NEEDED'],
      ['snow', 'BLOCKED'],
    ]);
    expect(plan.steps[1].check).toMatchObject({ code: 'VENDOR_NOT_READ', retryable: true });
  });
});
