import { describe, expect, it } from 'vitest';
import {
  allOf,
  between,
  compare,
  contains,
  equals,
  matchesPattern,
  oneOf,
  sortBy,
} from '../../../datasources/jumpcloud/filter.js';
import {
  integrationEndpoint,
  jumpCloudAccountStatus,
  toAdministrator,
  toAlertConfiguration,
  toAutotaskAgreements,
  toConfiguredPolicyTemplate,
  toConnectWiseAgreement,
  toIntegration,
  toIntegrationKind,
  toIntegrationMapping,
  toIntegrationSettings,
  toIntegrationType,
  toInvoice,
  toInvoiceStatus,
  toJumpCloudAccount,
  toPolicyGroupTemplate,
  toProvider,
  toProviderBilling,
  toProviderOrganization,
  toPsaCompany,
  toPsaCompanyType,
  toSupportCase,
  toSyncError,
} from '../../../datasources/jumpcloud/mapping.js';
import {
  allJumpCloudItems,
  jumpCloudPageWindow,
  jumpCloudWindow,
  type JumpCloudPageRequest,
} from '../../../datasources/jumpcloud/pagination.js';
import type {
  JumpCloudAdministrator,
  JumpCloudCase,
  JumpCloudIntegrationConfiguration,
  JumpCloudInvoice,
  JumpCloudList,
} from '../../../datasources/jumpcloud/types.js';
import { VendorError } from '../../../common/errors.js';

/** An administrator as providersListAdministrators answers it (specs/jumpcloud.yaml, Administrator). */
const rawAdmin: JumpCloudAdministrator = {
  id: '5f1b2c3d4e5f60718293a4b5',
  email: 'jsmith@example.com',
  firstname: 'Jane',
  lastname: 'Smith',
  role: '5f1b2c3d4e5f60718293a400',
  roleName: 'Administrator with Billing',
  enableMultiFactor: true,
  registered: true,
  suspended: false,
  organizationAccessTotal: 26,
  apiKeyAllowed: true,
};

describe('JumpCloud administrator status (`suspended`)', () => {
  it('suspended: false → ACTIVE', () => {
    expect(jumpCloudAccountStatus({ suspended: false })).toBe('ACTIVE');
  });
  it('suspended: true → SUSPENDED', () => {
    expect(jumpCloudAccountStatus({ suspended: true })).toBe('SUSPENDED');
  });
  it('suspended absent (the field is optional) → ACTIVE', () => {
    expect(jumpCloudAccountStatus({})).toBe('ACTIVE');
  });
});

describe('administrators', () => {
  it('maps an administrator to a JumpCloud account', () => {
    expect(toJumpCloudAccount(rawAdmin)).toStrictEqual({
      vendor: 'JUMPCLOUD',
      externalId: '5f1b2c3d4e5f60718293a4b5',
      email: 'jsmith@example.com',
      normalizedEmail: 'jsmith@example.com',
      status: 'ACTIVE',
      vendorStatus: 'active',
      lastActiveAt: null,
      createdAt: null,
      displayName: 'Jane Smith',
      department: null,
      title: null,
      location: null,
      role: 'Administrator with Billing',
      mfaEnabled: true,
      organizationAccessTotal: 26,
    });
  });

  it('a suspended administrator with only the required fields, email kept as stored', () => {
    expect(toJumpCloudAccount({ id: 'a1', email: ' Ops@Example.com', suspended: true })).toStrictEqual({
      vendor: 'JUMPCLOUD',
      externalId: 'a1',
      email: ' Ops@Example.com',
      normalizedEmail: 'ops@example.com',
      status: 'SUSPENDED',
      vendorStatus: 'suspended',
      lastActiveAt: null,
      createdAt: null,
      displayName: null,
      department: null,
      title: null,
      location: null,
      role: null,
      mfaEnabled: null,
      organizationAccessTotal: null,
    });
  });

  it('maps an administrator to the Administrator model (role name, not role ID)', () => {
    expect(toAdministrator(rawAdmin)).toStrictEqual({
      id: '5f1b2c3d4e5f60718293a4b5',
      email: 'jsmith@example.com',
      firstName: 'Jane',
      lastName: 'Smith',
      role: 'Administrator with Billing',
      suspended: false,
      registered: true,
      apiKeyAllowed: true,
    });
    expect(toAdministrator({ id: 'a2', email: 'new@example.com', registered: false })).toStrictEqual({
      id: 'a2',
      email: 'new@example.com',
      firstName: null,
      lastName: null,
      role: null,
      suspended: false,
      registered: false,
      apiKeyAllowed: null,
    });
  });
});

describe('provider and organizations', () => {
  it('maps the provider', () => {
    expect(toProvider({ id: 'p1', name: 'example MSP', disallowOrgCreation: false })).toStrictEqual({
      externalId: 'p1',
      name: 'example MSP',
    });
    expect(toProvider({ id: 'p1' })).toStrictEqual({ externalId: 'p1', name: null });
  });
  it('maps a client organization', () => {
    expect(toProviderOrganization({ id: 'o1', name: 'Acme Dental', maxSystemUsers: 50 })).toStrictEqual({
      vendor: 'JUMPCLOUD',
      externalId: 'o1',
      name: 'Acme Dental',
      maxSystemUsers: 50,
    });
    expect(toProviderOrganization({ id: 'o2', name: 'Bare' }).maxSystemUsers).toBeNull();
  });
});

describe('PSA integrations', () => {
  // What a careless vendor (or a future API version) could send back: every credential field.
  const leaky = {
    connectwise: {
      id: 'cw-1',
      url: 'https://na.myconnectwise.net',
      companyId: 'examplemsp',
      isMspAuthConfigured: true,
      publicKey: 'PUB-cw-1111',
      privateKey: 'PRIV-cw-2222',
    },
    syncro: { id: 'sy-1', subdomain: 'examplemsp', isMspAuthConfigured: false, apiToken: 'TOKEN-sy-3333' },
    autotask: {
      id: 'at-1',
      username: 'jumpcloud-api@examplemsp.com',
      isMspAuthConfigured: true,
      secret: 'SECRET-at-4444',
    },
  } as const;
  const secrets = ['PUB-cw-1111', 'PRIV-cw-2222', 'TOKEN-sy-3333', 'SECRET-at-4444'];

  it('maps each integration type with its endpoint', () => {
    expect(
      toIntegration(
        { integrationId: 'cw-1', type: 'connectwise' },
        leaky.connectwise as JumpCloudIntegrationConfiguration,
      ),
    ).toStrictEqual({
      vendor: 'JUMPCLOUD',
      externalId: 'cw-1',
      kind: 'CONNECTWISE',
      name: 'ConnectWise',
      status: null,
      connectedAt: null,
      endpoint: 'https://na.myconnectwise.net',
      isConfigured: true,
    });
    expect(
      toIntegration(
        { integrationId: 'sy-1', type: 'syncro' },
        leaky.syncro as JumpCloudIntegrationConfiguration,
      ),
    ).toStrictEqual({
      vendor: 'JUMPCLOUD',
      externalId: 'sy-1',
      kind: 'SYNCRO',
      name: 'Syncro',
      status: null,
      connectedAt: null,
      endpoint: 'https://examplemsp.syncromsp.com',
      isConfigured: false,
    });
    expect(
      toIntegration(
        { integrationId: 'at-1', type: 'autotask' },
        leaky.autotask as JumpCloudIntegrationConfiguration,
      ),
    ).toStrictEqual({
      vendor: 'JUMPCLOUD',
      externalId: 'at-1',
      kind: 'AUTOTASK',
      name: 'Autotask',
      status: null,
      connectedAt: null,
      endpoint: 'jumpcloud-api@examplemsp.com',
      isConfigured: true,
    });
  });

  it('an integration read from the list alone has no endpoint yet', () => {
    expect(toIntegration({ integrationId: 'cw-1', type: 'connectwise' })).toStrictEqual({
      vendor: 'JUMPCLOUD',
      externalId: 'cw-1',
      kind: 'CONNECTWISE',
      name: 'ConnectWise',
      status: null,
      connectedAt: null,
      endpoint: null,
      isConfigured: null,
    });
  });

  it('no credential ever appears in a mapped integration, whatever the vendor sends', () => {
    for (const [type, config] of Object.entries(leaky)) {
      const mapped = toIntegration(
        { integrationId: config.id, type: type as keyof typeof leaky },
        config as JumpCloudIntegrationConfiguration,
      );
      const json = JSON.stringify(mapped);
      for (const secret of secrets) expect(json).not.toContain(secret);
      for (const key of Object.keys(mapped)) expect(key).not.toMatch(/privateKey|publicKey|apiToken|secret/i);
    }
  });

  it('the endpoint is the public field of each PSA, or null when the vendor sent none', () => {
    expect(integrationEndpoint('connectwise', { id: 'x', url: '', companyId: 'c' })).toBeNull();
    expect(integrationEndpoint('syncro', { id: 'x', subdomain: '' })).toBeNull();
    expect(integrationEndpoint('autotask', { id: 'x', username: 'api@x.com' })).toBe('api@x.com');
  });

  it('kinds and route types correspond one to one; BetterCloud kinds have no route', () => {
    expect(toIntegrationKind('connectwise')).toBe('CONNECTWISE');
    expect(toIntegrationKind('syncro')).toBe('SYNCRO');
    expect(toIntegrationKind('autotask')).toBe('AUTOTASK');
    expect(toIntegrationType('CONNECTWISE')).toBe('connectwise');
    expect(toIntegrationType('SYNCRO')).toBe('syncro');
    expect(toIntegrationType('AUTOTASK')).toBe('autotask');
    expect(toIntegrationType('SAAS_APPLICATION')).toBeUndefined();
  });

  it('maps settings (PSA company type IDs as strings; Syncro has none)', () => {
    expect(toIntegrationSettings({ automaticTicketing: true, companyTypeIds: [1, 6] })).toStrictEqual({
      automaticTicketing: true,
      companyTypeIds: ['1', '6'],
    });
    expect(toIntegrationSettings({ automaticTicketing: false })).toStrictEqual({
      automaticTicketing: false,
      companyTypeIds: [],
    });
  });
});

describe('mappings', () => {
  const sync = { lastSyncDateTime: '2026-10-30T08:00:00.000Z', lastSyncStatus: 'success' };

  it('ConnectWise: agreement and addition', () => {
    expect(
      toIntegrationMapping({
        organization: { id: 'o1', name: 'Acme Dental' },
        company: { id: '19001', name: 'Acme Dental' },
        agreement: { id: '701', name: 'Acme Dental - Managed Services' },
        addition: { id: '5001', name: 'JumpCloud SSO' },
        ...sync,
      }),
    ).toStrictEqual({
      organizationId: 'o1',
      organizationName: 'Acme Dental',
      company: { id: '19001', name: 'Acme Dental' },
      agreement: { id: '701', name: 'Acme Dental - Managed Services' },
      addition: { id: '5001', name: 'JumpCloud SSO' },
      lastSyncAt: '2026-10-30T08:00:00.000Z',
      lastSyncStatus: 'success',
      billingConfiguration: null,
    });
  });

  it('Autotask: contract and service become agreement and addition', () => {
    expect(
      toIntegrationMapping({
        organization: { id: 'o2', name: 'Bolt Legal' },
        company: { id: '29680001', name: 'Bolt Legal' },
        contract: { id: '29684001', name: 'Bolt Legal Recurring Services' },
        service: { id: '29690002', name: 'Helpdesk Seat', nonBillableUsers: 2 },
        lastSyncStatus: 'failed',
      }),
    ).toStrictEqual({
      organizationId: 'o2',
      organizationName: 'Bolt Legal',
      company: { id: '29680001', name: 'Bolt Legal' },
      agreement: { id: '29684001', name: 'Bolt Legal Recurring Services' },
      addition: { id: '29690002', name: 'Helpdesk Seat' },
      lastSyncAt: null,
      lastSyncStatus: 'failed',
      billingConfiguration: null,
    });
  });

  it('Syncro: billing schedules are no agreement but a billing configuration; a row never synced has no sync data', () => {
    expect(
      toIntegrationMapping({
        organization: { id: 'o3', name: 'Cedar Clinic' },
        company: { id: '2340001', name: 'Cedar Clinic' },
        billingConfigurations: {
          fields: {
            schedule_id: { value: 88001 },
            schedule_name: { value: 'Monthly' },
            line_item_id: { value: 410001 },
          },
        },
      }),
    ).toStrictEqual({
      organizationId: 'o3',
      organizationName: 'Cedar Clinic',
      company: { id: '2340001', name: 'Cedar Clinic' },
      agreement: null,
      addition: null,
      lastSyncAt: null,
      lastSyncStatus: null,
      billingConfiguration: {
        scheduleId: 88001,
        scheduleName: 'Monthly',
        lineItemId: 410001,
        lineItemName: null,
      },
    });
  });

  it('Syncro: a billing configuration without its line item reads as none', () => {
    const row = toIntegrationMapping({
      organization: { id: 'o3', name: 'Cedar Clinic' },
      company: { id: '2340001', name: 'Cedar Clinic' },
      billingConfigurations: { fields: { schedule_id: { value: 88001 } } },
    });
    expect(row.billingConfiguration).toBeNull();
  });

  it('`{}` references read as none', () => {
    const row = toIntegrationMapping({
      organization: { id: 'o1', name: 'A' },
      company: { id: '1', name: 'A' },
      agreement: {} as never,
      addition: {} as never,
    });
    expect(row.agreement).toBeNull();
    expect(row.addition).toBeNull();
  });
});

describe('companies, agreements, alerts, errors', () => {
  it('maps companies and company types (numeric IDs as strings)', () => {
    expect(toPsaCompany({ id: '19001', name: 'Acme Dental' })).toStrictEqual({
      id: '19001',
      name: 'Acme Dental',
    });
    expect(toPsaCompanyType({ id: 6, name: 'Managed Services Client' })).toStrictEqual({
      id: '6',
      name: 'Managed Services Client',
    });
  });

  it('a ConnectWise agreement with its additions', () => {
    expect(
      toConnectWiseAgreement({ id: '701', name: 'Acme - Managed Services', companyId: '19001' }, [
        { id: '5001', name: 'JumpCloud SSO' },
        { id: '5002', name: 'JumpCloud Platform Prime' },
      ]),
    ).toStrictEqual({
      id: '701',
      name: 'Acme - Managed Services',
      companyId: '19001',
      additions: [
        { id: '5001', name: 'JumpCloud SSO' },
        { id: '5002', name: 'JumpCloud Platform Prime' },
      ],
    });
  });

  it('Autotask contracts with their services, matched by contractId', () => {
    expect(
      toAutotaskAgreements(
        [
          { id: 'c1', name: 'Acme Recurring Services', companyId: '29680001' },
          { id: 'c2', name: 'Bolt Recurring Services', companyId: '29680002' },
        ],
        [
          { id: 's1', name: 'Helpdesk Seat', contractId: 'c2' },
          { id: 's2', name: 'JumpCloud User License', contractId: 'c1' },
          { id: 's3', name: 'JumpCloud Device License', contractId: 'c2' },
        ],
      ),
    ).toStrictEqual([
      {
        id: 'c1',
        name: 'Acme Recurring Services',
        companyId: '29680001',
        additions: [{ id: 's2', name: 'JumpCloud User License' }],
      },
      {
        id: 'c2',
        name: 'Bolt Recurring Services',
        companyId: '29680002',
        additions: [
          { id: 's1', name: 'Helpdesk Seat' },
          { id: 's3', name: 'JumpCloud Device License' },
        ],
      },
    ]);
  });

  const alert = {
    alertId: '8d3c1a9e-2f4b-4c6d-8e1f-0a2b3c4d5e6f',
    id: 3,
    category: 'Devices',
    description: 'A device went offline',
    displayName: 'Device offline',
  };

  it('a ConnectWise alert configuration (PSA options by name)', () => {
    expect(
      toAlertConfiguration({
        ...alert,
        shouldCreateTickets: true,
        dueDays: 2,
        priority: { id: 8, name: 'Priority 2 - High' },
        source: { id: 2, name: 'Email' },
      }),
    ).toStrictEqual({
      id: '8d3c1a9e-2f4b-4c6d-8e1f-0a2b3c4d5e6f',
      name: 'Device offline',
      category: 'Devices',
      description: 'A device went offline',
      shouldCreateTickets: true,
      priority: 'Priority 2 - High',
      dueDays: 2,
      source: 'Email',
    });
  });

  it('an Autotask alert configuration', () => {
    expect(
      toAlertConfiguration({
        ...alert,
        shouldCreateTickets: false,
        destination: 'queue',
        dueDays: 4,
        priority: { id: 1, name: 'High' },
        queue: { id: 29683, name: 'Monitoring Alert' },
        source: { id: 4, name: 'Monitoring Alert' },
        status: { id: 1, name: 'New' },
      }),
    ).toStrictEqual({
      id: alert.alertId,
      name: 'Device offline',
      category: 'Devices',
      description: 'A device went offline',
      shouldCreateTickets: false,
      priority: 'High',
      dueDays: 4,
      source: 'Monitoring Alert',
    });
  });

  it('a Syncro alert configuration (labels; no source)', () => {
    expect(
      toAlertConfiguration({
        ...alert,
        shouldCreateTickets: true,
        priority: '1 High',
        status: 'New',
        problemType: 'Network',
        userId: 7,
        username: 'Tech',
      }),
    ).toStrictEqual({
      id: alert.alertId,
      name: 'Device offline',
      category: 'Devices',
      description: 'A device went offline',
      shouldCreateTickets: true,
      priority: '1 High',
      dueDays: null,
      source: null,
    });
  });

  it('a sync error', () => {
    expect(
      toSyncError({
        errorType: 'company_not_found',
        message: 'Could not update billing',
        orgId: 'o1',
        timestamp: '2026-10-30T08:00:00.000Z',
      }),
    ).toStrictEqual({
      errorType: 'company_not_found',
      message: 'Could not update billing',
      organizationId: 'o1',
      occurredAt: '2026-10-30T08:00:00.000Z',
    });
  });
});

describe('invoices and cases', () => {
  const invoice: JumpCloudInvoice = {
    id: '231234',
    amountBilled: '14382.00',
    amountPaid: '5752.80',
    amountRemaining: '8629.20',
    currency: 'USD',
    dueDate: '2026-10-31',
    status: 'Partially Paid',
  };

  it('maps an invoice: decimal text to numbers, the due date to midnight UTC', () => {
    expect(toInvoice(invoice)).toStrictEqual({
      id: '231234',
      status: 'PARTIALLY_PAID',
      currency: 'USD',
      amountBilled: 14382,
      amountPaid: 5752.8,
      amountRemaining: 8629.2,
      dueDate: '2026-10-31T00:00:00.000Z',
    });
  });

  it('invoice status Open → OPEN', () => expect(toInvoiceStatus('Open')).toBe('OPEN'));
  it('invoice status Partially Paid → PARTIALLY_PAID', () =>
    expect(toInvoiceStatus('Partially Paid')).toBe('PARTIALLY_PAID'));
  it('invoice status Paid → PAID', () => expect(toInvoiceStatus('Paid')).toBe('PAID'));
  it('an unknown invoice status keeps its words, upper-cased', () =>
    expect(toInvoiceStatus('Written Off')).toBe('WRITTEN_OFF'));

  it('an amount that is not a number reads as null', () => {
    expect(toInvoice({ ...invoice, amountPaid: 'n/a', amountRemaining: '' }).amountPaid).toBeNull();
    expect(toInvoice({ ...invoice, amountRemaining: '' }).amountRemaining).toBeNull();
  });

  it('maps a case, keeping the vendor JSON as details', () => {
    const raw: JumpCloudCase = {
      caseNumber: '00412345',
      caseSubmissionProductType: 'Directory',
      date: '2026-09-12T10:20:30.000Z',
      description: 'SSO login loop. Reported for Acme Dental.',
      label: 'Support',
      organization: 'o1',
      os: 'macOS',
      reporter: 'Jane Smith',
      reporterEmail: 'jsmith@example.com',
      status: 'Open',
      subject: 'SSO login loop',
    };
    expect(toSupportCase(raw)).toStrictEqual({
      id: '00412345',
      subject: 'SSO login loop',
      status: 'Open',
      createdAt: '2026-09-12T10:20:30.000Z',
      details: raw,
    });
  });
});

describe('policy templates', () => {
  it('a configured policy template → POLICY_TEMPLATE', () => {
    const values = [{ configFieldId: 'f1', name: 'minLength', value: 12 }];
    expect(
      toConfiguredPolicyTemplate({ id: 't1', name: 'Password - Length', policyTemplateId: 'pt1', values }),
    ).toStrictEqual({
      vendor: 'JUMPCLOUD',
      externalId: 't1',
      name: 'Password - Length',
      kind: 'POLICY_TEMPLATE',
      vendorType: 'configuredpolicytemplate',
      enabled: null,
      description: null,
      attributes: { policyTemplateId: 'pt1', values },
      resources: [],
      orgId: null,
      createdAt: null,
      updatedAt: null,
    });
  });

  it('a policy group template → POLICY_GROUP_TEMPLATE with its members', () => {
    const members = [{ id: 't1', name: 'Password - Length', policyTemplateId: 'pt1' }];
    expect(
      toPolicyGroupTemplate({ id: 'g1', name: 'Baseline', description: 'Baseline security', members }),
    ).toStrictEqual({
      vendor: 'JUMPCLOUD',
      externalId: 'g1',
      name: 'Baseline',
      kind: 'POLICY_GROUP_TEMPLATE',
      vendorType: 'policygrouptemplate',
      enabled: null,
      description: 'Baseline security',
      attributes: { members },
      resources: [],
      orgId: null,
      createdAt: null,
      updatedAt: null,
    });
    expect(toPolicyGroupTemplate({ id: 'g2', name: 'Empty' }).attributes).toStrictEqual({ members: [] });
  });
});

describe('JumpCloud pagination (limit ≤ 100 / skip, totalCount)', () => {
  /** A fake list endpoint over `n` items, in either envelope, recording each request. */
  function fakeList(n: number, envelope: 'records' | 'results') {
    const items = Array.from({ length: n }, (_, i) => i);
    const requests: JumpCloudPageRequest[] = [];
    const fetch = async (page: JumpCloudPageRequest): Promise<JumpCloudList<number>> => {
      requests.push(page);
      if (page.limit > 100) throw new Error('JumpCloud answers 400 above 100');
      const slice = items.slice(page.skip, page.skip + page.limit);
      return envelope === 'records' ? { records: slice, totalCount: n } : { results: slice, totalCount: n };
    };
    return { fetch, requests };
  }

  it('reads both envelopes', () => {
    expect(jumpCloudPageWindow({ records: [1, 2], totalCount: 5 })).toStrictEqual({
      items: [1, 2],
      total: 5,
    });
    expect(jumpCloudPageWindow({ results: [3], totalCount: 1 })).toStrictEqual({ items: [3], total: 1 });
  });

  it('a list with neither envelope is a typed vendor error', () => {
    expect(() => jumpCloudPageWindow({ data: [] } as never)).toThrow(VendorError);
    try {
      jumpCloudPageWindow({ data: [] } as never);
    } catch (error) {
      expect((error as VendorError).extensions).toMatchObject({
        code: 'VENDOR_BAD_RESPONSE',
        vendor: 'JUMPCLOUD',
        retryable: true,
      });
    }
  });

  it('a window of up to 100 is one call, skip = offset', async () => {
    const { fetch, requests } = fakeList(250, 'results');
    expect(await jumpCloudWindow(120, 20, fetch)).toStrictEqual({
      items: Array.from({ length: 20 }, (_, i) => 120 + i),
      total: 250,
    });
    expect(requests).toStrictEqual([{ skip: 120, limit: 20 }]);
  });

  it('a window wider than 100 is cut into pages of at most 100', async () => {
    const { fetch, requests } = fakeList(250, 'records');
    const window = await jumpCloudWindow(30, 150, fetch);
    expect(window.items).toStrictEqual(Array.from({ length: 150 }, (_, i) => 30 + i));
    expect(requests).toStrictEqual([
      { skip: 30, limit: 100 },
      { skip: 130, limit: 50 },
    ]);
  });

  it('walks a whole list in ⌈N / 100⌉ calls, each item once', async () => {
    const { fetch, requests } = fakeList(250, 'records');
    expect(await allJumpCloudItems(fetch)).toStrictEqual(Array.from({ length: 250 }, (_, i) => i));
    expect(requests).toStrictEqual([
      { skip: 0, limit: 100 },
      { skip: 100, limit: 100 },
      { skip: 200, limit: 100 },
    ]);
  });

  it('an empty list is one call', async () => {
    const { fetch, requests } = fakeList(0, 'results');
    expect(await allJumpCloudItems(fetch)).toStrictEqual([]);
    expect(requests).toHaveLength(1);
  });
});

describe('JumpCloud filters (field:operator:value)', () => {
  it('builds one repeatable filter value per condition', () => {
    expect(
      allOf(equals('email', 'jsmith@example.com'), compare('organizationAccessTotal', 'ge', 3)),
    ).toStrictEqual(['email:eq:jsmith@example.com', 'organizationAccessTotal:ge:3']);
  });

  it('keeps colons and spaces in values as they are (the value is everything after the second colon)', () => {
    expect(equals('name', 'Acme: East Coast').filter).toBe('name:eq:Acme: East Coast');
    expect(contains('name', 'a:b').filter).toBe('name:search:a:b');
  });

  it('refuses characters JumpCloud cannot escape where they are special', () => {
    expect(() => equals('email', 'j*@example.com')).toThrow(RangeError);
    expect(() => equals('email', 'x', 'ne')).not.toThrow();
    expect(() => oneOf('type', ['connectwise|syncro'])).toThrow(RangeError);
    expect(() => oneOf('type', ['a*'])).toThrow(RangeError);
    expect(() => between('dueDate', '2026-01-01,x', '2026-12-31')).toThrow(RangeError);
    expect(() => equals('name', 'line\nbreak')).toThrow(RangeError);
  });

  it('allows what each operator treats literally', () => {
    expect(contains('email', 'j*smith').filter).toBe('email:search:j*smith');
    expect(matchesPattern('name', 'Acme*').filter).toBe('name:eq:Acme*');
    expect(oneOf('type', ['connectwise', 'syncro']).filter).toBe('type:in:connectwise|syncro');
    expect(between('dueDate', '2026-01-01', '2026-12-31').filter).toBe(
      'dueDate:between:2026-01-01,2026-12-31',
    );
    expect(equals('organization.id', 'o1').filter).toBe('organization.id:eq:o1');
  });

  it('rejects field names that are not identifiers (a programming error) and non-finite numbers', () => {
    expect(() => equals('email:eq:x', 'y')).toThrow(Error);
    expect(() => compare('n', 'gt', Number.NaN)).toThrow(RangeError);
    expect(() => oneOf('type', [])).toThrow(RangeError);
  });
});

describe('JumpCloud sort (field or -field)', () => {
  it('sorts by the field, then by id the same way, so offset pages never share or skip a tied record', () => {
    expect(sortBy('lastname', 'ASC')).toBe('lastname,id');
    expect(sortBy('lastname', 'DESC')).toBe('-lastname,-id');
    expect(sortBy('dueDate', 'DESC')).toBe('-dueDate,-id');
  });

  it('does not repeat id when id is the field', () => {
    expect(sortBy('id', 'ASC')).toBe('id');
    expect(sortBy('id', 'DESC')).toBe('-id');
  });

  it('rejects field names that are not identifiers (a programming error)', () => {
    expect(() => sortBy('-name', 'ASC')).toThrow(Error);
    expect(() => sortBy('name,email', 'ASC')).toThrow(Error);
  });
});

describe('JumpCloud billing details', () => {
  it('maps the contract and each product field by field, leaving out what the graph does not model', () => {
    const product = {
      name: 'JumpCloud Platform Prime',
      capabilities: ['sso', 'mfa'],
      includedLicenses: 100,
      purchasedLicenses: 1250,
    };
    const details = {
      assignedLicenses: 1234,
      contractType: 'MSP Annual Commit',
      hasContract: true,
      // Fields JumpCloud might add, on the object and on a product: they must not reach clients unmodelled.
      products: [{ ...product, sku: 'JC-PRIME' }],
      internalNotes: 'not for clients',
    };
    expect(toProviderBilling(details)).toStrictEqual({
      hasContract: true,
      contractType: 'MSP Annual Commit',
      assignedLicenses: 1234,
      products: [product],
    });
  });
});
