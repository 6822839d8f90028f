import { describe, expect, it } from 'vitest';
import {
  toAccountStatus,
  toAuditEvent,
  toBetterCloudAccount,
  toGroup,
  toGroupRole,
  toIntegration,
  toMembership,
  toBetterCloudWorkflowStatus,
  toWorkflow,
} from '../../../datasources/bettercloud/mapping.js';
import {
  allBetterCloudItems,
  betterCloudOffsetWindow,
  betterCloudWindow,
  singlePageFrom,
} from '../../../datasources/bettercloud/pagination.js';
import type {
  BetterCloudEvent,
  BetterCloudGroup,
  BetterCloudGroupMember,
  BetterCloudIntegration,
  BetterCloudPage,
  BetterCloudUser,
  BetterCloudWorkflow,
} from '../../../datasources/bettercloud/types.js';
import { VendorError } from '../../../common/errors.js';

/** Recorded from the simulator (specs/bettercloud.yaml shapes). */
const user: BetterCloudUser = {
  id: 'user-0a1b2c3d',
  email: 'JSmith@Example.com',
  first_name: 'Jane',
  last_name: 'Smith',
  status: 'active',
  department: 'Engineering',
  title: 'Staff Engineer',
  manager_email: 'boss@example.com',
  location: 'Berlin',
  created_at: '2019-03-01T09:00:00.000Z',
  updated_at: '2026-10-01T09:00:00.000Z',
};

const group: BetterCloudGroup = {
  id: 'group-akej00',
  name: 'Product',
  email: 'product@example.com',
  description: 'Everyone in Product',
  member_count: 131,
  created_at: '2018-10-06T12:00:00.000Z',
  updated_at: '2026-04-27T18:08:32.916Z',
};

describe('BetterCloud mapping', () => {
  it('maps a user to a BetterCloud account, keeping the stored email and normalizing the join key', () => {
    expect(toBetterCloudAccount(user)).toStrictEqual({
      vendor: 'BETTERCLOUD',
      externalId: 'user-0a1b2c3d',
      email: 'JSmith@Example.com',
      normalizedEmail: 'jsmith@example.com',
      status: 'ACTIVE',
      vendorStatus: 'active',
      lastActiveAt: null,
      createdAt: '2019-03-01T09:00:00.000Z',
      displayName: 'Jane Smith',
      department: 'Engineering',
      title: 'Staff Engineer',
      location: 'Berlin',
      firstName: 'Jane',
      lastName: 'Smith',
      managerEmail: 'boss@example.com',
    });
  });

  it('maps null profile fields to null', () => {
    const sparse = toBetterCloudAccount({
      ...user,
      department: null,
      title: null,
      location: null,
      manager_email: null,
    });
    expect([sparse.department, sparse.title, sparse.location, sparse.managerEmail]).toStrictEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it.each([
    ['active', 'ACTIVE'],
    ['suspended', 'SUSPENDED'],
    ['deprovisioned', 'DEPROVISIONED'],
  ] as const)('maps user status %s to %s', (status, expected) => {
    expect(toAccountStatus(status)).toBe(expected);
    const account = toBetterCloudAccount({ ...user, status });
    expect([account.status, account.vendorStatus]).toStrictEqual([expected, status]);
  });

  it('maps a group', () => {
    expect(toGroup(group)).toStrictEqual({
      vendor: 'BETTERCLOUD',
      source: 'BETTERCLOUD',
      externalId: 'group-akej00',
      name: 'Product',
      email: 'product@example.com',
      description: 'Everyone in Product',
      memberCount: 131,
      createdAt: '2018-10-06T12:00:00.000Z',
    });
  });

  it.each([
    ['owner', 'OWNER'],
    ['manager', 'MANAGER'],
    ['member', 'MEMBER'],
  ] as const)('maps member role %s to %s', (role, expected) => {
    expect(toGroupRole(role)).toBe(expected);
    const member: BetterCloudGroupMember = {
      user_id: 'user-0a1b2c3d',
      email: ' JSmith@Example.com',
      name: 'Jane Smith',
      role,
    };
    expect(toMembership(member, toGroup(group))).toStrictEqual({
      group: toGroup(group),
      email: 'jsmith@example.com',
      role: expected,
    });
  });

  it('maps a workflow', () => {
    const workflow: BetterCloudWorkflow = {
      id: 'wf-100100',
      name: 'Employee Offboarding',
      description: 'Suspends the user',
      status: 'active',
      trigger_type: 'manual',
      action_count: 12,
      created_at: '2025-07-10T12:00:00.000Z',
      updated_at: null,
    };
    expect(toWorkflow(workflow)).toStrictEqual({
      externalId: 'wf-100100',
      name: 'Employee Offboarding',
      description: 'Suspends the user',
      status: 'active',
      triggerType: 'manual',
      actionCount: 12,
      createdAt: '2025-07-10T12:00:00.000Z',
      updatedAt: null,
    });
  });

  it("spells the schema's workflow statuses as BetterCloud's `status` filter does", () => {
    expect(
      (['ACTIVE', 'INACTIVE', 'DRAFT'] as const).map((s) => toBetterCloudWorkflowStatus(s)),
    ).toStrictEqual(['active', 'inactive', 'draft']);
    expect(toBetterCloudWorkflowStatus(undefined)).toBeUndefined();
  });

  it('maps an event about a person, and one by BetterCloud automation about nobody', () => {
    const event: BetterCloudEvent = {
      id: 'evt-502331',
      type: 'user.suspended',
      actor_email: 'admin@example.com',
      target_email: 'JSmith@Example.com',
      description: 'User suspended via the BetterCloud API',
      occurred_at: '2026-11-01T10:00:00.000Z',
    };
    expect(toAuditEvent(event)).toStrictEqual({
      vendor: 'BETTERCLOUD',
      externalId: 'evt-502331',
      action: 'user.suspended',
      occurredAt: '2026-11-01T10:00:00.000Z',
      actor: 'admin@example.com',
      targetEmail: 'jsmith@example.com',
      targetDescription: 'JSmith@Example.com',
      description: 'User suspended via the BetterCloud API',
    });
    const automated = toAuditEvent({ ...event, actor_email: null, target_email: null });
    expect([automated.actor, automated.targetEmail, automated.targetDescription]).toStrictEqual([
      null,
      null,
      null,
    ]);
  });

  it.each(['connected', 'disconnected', 'error'] as const)('maps an integration with status %s', (status) => {
    const integration: BetterCloudIntegration = {
      id: 'int-g001',
      name: 'Google Workspace',
      type: 'google_workspace',
      status,
      connected_at: status === 'disconnected' ? null : '2020-01-01T00:00:00.000Z',
    };
    expect(toIntegration(integration)).toStrictEqual({
      vendor: 'BETTERCLOUD',
      externalId: 'int-g001',
      kind: 'SAAS_APPLICATION',
      name: 'Google Workspace',
      status,
      connectedAt: integration.connected_at,
      endpoint: null,
      isConfigured: null,
    });
  });
});

/** A fake BetterCloud list of `total` numbered items that records the pages asked for. */
function fakeList(total: number) {
  const calls: [number, number][] = [];
  const fetchPage = async (page: number, perPage: number): Promise<BetterCloudPage<number>> => {
    calls.push([page, perPage]);
    const start = (page - 1) * perPage;
    const data = Array.from({ length: Math.max(0, Math.min(perPage, total - start)) }, (_, i) => start + i);
    return { data, meta: { page, per_page: perPage, total } };
  };
  return { calls, fetchPage };
}

describe('BetterCloud pagination', () => {
  it('walks a whole list with per_page=100: ⌈N/100⌉ calls, each item once', async () => {
    const list = fakeList(1826);
    const items = await allBetterCloudItems(list.fetchPage);
    expect(items).toStrictEqual(Array.from({ length: 1826 }, (_, i) => i));
    expect(list.calls).toHaveLength(19);
    expect(list.calls.every(([, perPage]) => perPage === 100)).toBe(true);
    expect(list.calls.map(([page]) => page).sort((a, b) => a - b)).toStrictEqual(
      Array.from({ length: 19 }, (_, i) => i + 1),
    );
  });

  it('walks an empty list with one call', async () => {
    const list = fakeList(0);
    expect(await allBetterCloudItems(list.fetchPage)).toStrictEqual([]);
    expect(list.calls).toStrictEqual([[1, 100]]);
  });

  it('reads a sequential window in one call and an unaligned one from the covering pages', async () => {
    const aligned = fakeList(15);
    expect(await betterCloudOffsetWindow(10, 5, aligned.fetchPage)).toStrictEqual({
      items: [10, 11, 12, 13, 14],
      total: 15,
    });
    expect(aligned.calls).toStrictEqual([[3, 5]]);

    const unaligned = fakeList(300);
    const window = await betterCloudOffsetWindow(95, 10, unaligned.fetchPage);
    expect(window).toStrictEqual({ items: Array.from({ length: 10 }, (_, i) => 95 + i), total: 300 });
    expect(unaligned.calls).toStrictEqual([
      [10, 10],
      [11, 10],
    ]);
  });

  it('rejects a list answer without data or meta.total as a bad vendor response', () => {
    const bad = () => betterCloudWindow({ data: [] } as unknown as BetterCloudPage<number>);
    expect(bad).toThrow(VendorError);
    try {
      bad();
    } catch (error) {
      expect((error as VendorError).extensions).toMatchObject({
        code: 'VENDOR_BAD_RESPONSE',
        vendor: 'BETTERCLOUD',
        retryable: true,
      });
    }
  });

  it.each([
    [0, 20],
    [37, 20],
    [95, 100],
    [100, 100],
    [199, 1],
    [2333, 100],
    [4321, 50],
  ])('plans the one page that covers the most from offset %i (want %i)', (offset, want) => {
    const plan = singlePageFrom(offset, want);
    expect(plan.perPage).toBeLessThanOrEqual(100);
    // The planned page really holds items offset .. offset + covered - 1.
    expect((plan.page - 1) * plan.perPage + plan.skip).toBe(offset);
    expect(plan.skip + plan.covered).toBeLessThanOrEqual(plan.perPage);
    // No page size up to 100 covers more.
    const best = Math.max(
      ...Array.from({ length: 100 }, (_, k) => Math.min(k + 1 - (offset % (k + 1)), want)),
    );
    expect(plan.covered).toBe(best);
  });

  it('covers a whole page of 20 from an unaligned offset in one call', () => {
    expect(singlePageFrom(37, 20)).toStrictEqual({ page: 2, perPage: 29, skip: 8, covered: 20 });
    expect(singlePageFrom(40, 20)).toStrictEqual({ page: 3, perPage: 20, skip: 0, covered: 20 });
  });
});
