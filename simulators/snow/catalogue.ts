/**
 * The SaaS estate Snow discovers in the seeded company: applications, their vendors, the
 * subscriptions (paid plans) bought for them, and the discovery sources that report usage.
 * Fixed facts, so IDs depend only on the seed, never on the number of people.
 */

export type BillingPeriod = 'Monthly' | 'Annual';

export interface CataloguePlan {
  name: string;
  /** List price per user per month, USD. */
  monthlyCostPerUser: number;
  billingPeriod: BillingPeriod;
  /** Relative share of the application's users on this plan. */
  weight: number;
}

export interface CatalogueApplication {
  name: string;
  vendor: string;
  plans: CataloguePlan[];
  /** Departments whose people hold this subscription; `all` for company-wide tools. */
  departments: readonly string[] | 'all';
  /** Days without use after which Snow calls a seat inactive (its "activity threshold"). */
  activityThresholdDays: number;
  /** Discovery source key that reports this application when a SaaS connector exists for it. */
  connector?: DiscoverySourceKey;
}

const plan = (
  name: string,
  monthlyCostPerUser: number,
  billingPeriod: BillingPeriod = 'Annual',
  weight = 1,
): CataloguePlan => ({
  name,
  monthlyCostPerUser,
  billingPeriod,
  weight,
});

/** Applications bought with paid subscriptions. */
export const paidApplications: readonly CatalogueApplication[] = [
  {
    name: 'Slack',
    vendor: 'Salesforce, Inc.',
    plans: [plan('Slack Business+', 15, 'Annual', 4), plan('Slack Pro', 8.75, 'Monthly', 1)],
    departments: 'all',
    activityThresholdDays: 30,
  },
  {
    name: 'Zoom Workplace',
    vendor: 'Zoom Video Communications, Inc.',
    plans: [plan('Zoom Workplace Business', 21.99), plan('Zoom Workplace Pro', 13.33, 'Monthly')],
    departments: 'all',
    activityThresholdDays: 30,
  },
  {
    name: 'Microsoft 365',
    vendor: 'Microsoft Corporation',
    plans: [plan('Microsoft 365 E3', 36)],
    departments: 'all',
    activityThresholdDays: 30,
    connector: 'm365',
  },
  {
    name: 'Google Workspace',
    vendor: 'Google LLC',
    plans: [plan('Google Workspace Business Standard', 14, 'Monthly')],
    departments: 'all',
    activityThresholdDays: 30,
    connector: 'google',
  },
  {
    name: 'Notion',
    vendor: 'Notion Labs, Inc.',
    plans: [plan('Notion Plus', 10, 'Monthly')],
    departments: 'all',
    activityThresholdDays: 60,
  },
  {
    name: 'Confluence',
    vendor: 'Atlassian Corporation',
    plans: [plan('Confluence Standard', 6.05)],
    departments: 'all',
    activityThresholdDays: 60,
  },
  {
    name: '1Password',
    vendor: 'AgileBits Inc.',
    plans: [plan('1Password Business', 7.99)],
    departments: 'all',
    activityThresholdDays: 60,
  },
  {
    name: 'ChatGPT',
    vendor: 'OpenAI',
    plans: [plan('ChatGPT Team', 30, 'Monthly')],
    departments: 'all',
    activityThresholdDays: 30,
  },
  {
    name: 'Dropbox',
    vendor: 'Dropbox, Inc.',
    plans: [plan('Dropbox Business Advanced', 24)],
    departments: 'all',
    activityThresholdDays: 60,
  },
  {
    name: 'Salesforce Sales Cloud',
    vendor: 'Salesforce, Inc.',
    plans: [plan('Sales Cloud Enterprise', 165), plan('Sales Cloud Unlimited', 330, 'Annual', 0.2)],
    departments: ['Sales', 'Customer Success'],
    activityThresholdDays: 30,
    connector: 'salesforce',
  },
  {
    name: 'Figma',
    vendor: 'Figma, Inc.',
    plans: [plan('Figma Professional', 15, 'Monthly', 2), plan('Figma Organization', 45)],
    departments: ['Product', 'Marketing', 'Engineering'],
    activityThresholdDays: 60,
  },
  {
    name: 'Miro',
    vendor: 'Miro',
    plans: [plan('Miro Business', 16)],
    departments: ['Product', 'Engineering', 'Marketing', 'Operations'],
    activityThresholdDays: 60,
  },
  {
    name: 'Adobe Creative Cloud',
    vendor: 'Adobe Inc.',
    plans: [
      plan('Creative Cloud All Apps', 89.99, 'Annual', 2),
      plan('Creative Cloud Single App', 35.99, 'Monthly'),
    ],
    departments: ['Marketing', 'Product'],
    activityThresholdDays: 60,
  },
  {
    name: 'Postman',
    vendor: 'Postman, Inc.',
    plans: [plan('Postman Professional', 29)],
    departments: ['Engineering'],
    activityThresholdDays: 60,
  },
  {
    name: 'GitHub',
    vendor: 'GitHub, Inc.',
    plans: [plan('GitHub Enterprise', 21)],
    departments: ['Engineering', 'IT'],
    activityThresholdDays: 30,
  },
  {
    name: 'Jira',
    vendor: 'Atlassian Corporation',
    plans: [plan('Jira Standard', 8.15)],
    departments: ['Engineering', 'Product', 'IT'],
    activityThresholdDays: 30,
  },
  {
    name: 'DocuSign',
    vendor: 'DocuSign, Inc.',
    plans: [plan('DocuSign Business Pro', 40)],
    departments: ['Sales', 'Legal', 'Finance', 'People'],
    activityThresholdDays: 90,
  },
  {
    name: 'Tableau',
    vendor: 'Salesforce, Inc.',
    plans: [plan('Tableau Creator', 75), plan('Tableau Viewer', 15, 'Annual', 2)],
    departments: ['Finance', 'Operations', 'Sales'],
    activityThresholdDays: 60,
    connector: 'salesforce',
  },
  {
    name: 'HubSpot Marketing Hub',
    vendor: 'HubSpot, Inc.',
    plans: [plan('Marketing Hub Professional', 50, 'Monthly')],
    departments: ['Marketing'],
    activityThresholdDays: 30,
  },
  {
    name: 'Zendesk',
    vendor: 'Zendesk, Inc.',
    plans: [plan('Zendesk Suite Professional', 115)],
    departments: ['Customer Success'],
    activityThresholdDays: 30,
  },
  {
    name: 'Intercom',
    vendor: 'Intercom, Inc.',
    plans: [plan('Intercom Advanced', 85, 'Monthly')],
    departments: ['Customer Success'],
    activityThresholdDays: 30,
  },
  {
    name: 'Gong',
    vendor: 'Gong.io Ltd.',
    plans: [plan('Gong Platform', 100)],
    departments: ['Sales'],
    activityThresholdDays: 30,
  },
  {
    name: 'Outreach',
    vendor: 'Outreach Corporation',
    plans: [plan('Outreach Engage', 100)],
    departments: ['Sales'],
    activityThresholdDays: 30,
  },
  {
    name: 'LinkedIn Sales Navigator',
    vendor: 'LinkedIn Corporation',
    plans: [plan('Sales Navigator Core', 99.99, 'Monthly')],
    departments: ['Sales', 'People'],
    activityThresholdDays: 30,
  },
  {
    name: 'Workday',
    vendor: 'Workday, Inc.',
    plans: [plan('Workday HCM', 45)],
    departments: ['People', 'Finance'],
    activityThresholdDays: 90,
  },
  {
    name: 'Greenhouse',
    vendor: 'Greenhouse Software, Inc.',
    plans: [plan('Greenhouse Recruiting', 60)],
    departments: ['People'],
    activityThresholdDays: 60,
  },
  {
    name: 'NetSuite',
    vendor: 'Oracle Corporation',
    plans: [plan('NetSuite ERP', 129)],
    departments: ['Finance'],
    activityThresholdDays: 60,
  },
  {
    name: 'Expensify',
    vendor: 'Expensify, Inc.',
    plans: [plan('Expensify Control', 9, 'Monthly')],
    departments: ['Finance', 'Sales', 'Operations'],
    activityThresholdDays: 90,
  },
  {
    name: 'Datadog',
    vendor: 'Datadog, Inc.',
    plans: [plan('Datadog Pro', 23)],
    departments: ['Engineering'],
    activityThresholdDays: 60,
  },
  {
    name: 'PagerDuty',
    vendor: 'PagerDuty, Inc.',
    plans: [plan('PagerDuty Business', 41)],
    departments: ['Engineering', 'IT'],
    activityThresholdDays: 90,
  },
  {
    name: 'Sentry',
    vendor: 'Functional Software, Inc.',
    plans: [plan('Sentry Business', 26, 'Monthly')],
    departments: ['Engineering'],
    activityThresholdDays: 60,
  },
  {
    name: 'JetBrains All Products Pack',
    vendor: 'JetBrains s.r.o.',
    plans: [plan('All Products Pack for Organizations', 24.9)],
    departments: ['Engineering'],
    activityThresholdDays: 60,
  },
  {
    name: 'Asana',
    vendor: 'Asana, Inc.',
    plans: [plan('Asana Business', 24.99)],
    departments: ['Marketing', 'Operations', 'People'],
    activityThresholdDays: 60,
  },
  {
    name: 'Smartsheet',
    vendor: 'Smartsheet Inc.',
    plans: [plan('Smartsheet Business', 19)],
    departments: ['Operations', 'Finance'],
    activityThresholdDays: 60,
  },
  {
    name: 'Loom',
    vendor: 'Atlassian Corporation',
    plans: [plan('Loom Business', 15, 'Monthly')],
    departments: ['Product', 'Marketing', 'Customer Success'],
    activityThresholdDays: 60,
  },
  {
    name: 'Canva',
    vendor: 'Canva Pty Ltd',
    plans: [plan('Canva Teams', 10)],
    departments: ['Marketing'],
    activityThresholdDays: 60,
  },
  {
    name: 'Box',
    vendor: 'Box, Inc.',
    plans: [plan('Box Business Plus', 25)],
    departments: ['Legal', 'Finance'],
    activityThresholdDays: 90,
  },
  {
    name: 'Calendly',
    vendor: 'Calendly LLC',
    plans: [plan('Calendly Teams', 16, 'Monthly')],
    departments: ['Sales', 'People'],
    activityThresholdDays: 60,
  },
  {
    name: 'Grammarly',
    vendor: 'Grammarly, Inc.',
    plans: [plan('Grammarly Business', 15)],
    departments: ['Marketing', 'Customer Success', 'Legal'],
    activityThresholdDays: 60,
  },
  {
    name: 'ServiceNow ITSM',
    vendor: 'ServiceNow, Inc.',
    plans: [plan('ITSM Professional', 100)],
    departments: ['IT'],
    activityThresholdDays: 30,
  },
  {
    name: 'Ironclad',
    vendor: 'Ironclad, Inc.',
    plans: [plan('Ironclad Contract Management', 60)],
    departments: ['Legal'],
    activityThresholdDays: 90,
  },
  {
    name: 'Amplitude',
    vendor: 'Amplitude, Inc.',
    plans: [plan('Amplitude Growth', 50, 'Monthly')],
    departments: ['Product', 'Marketing'],
    activityThresholdDays: 60,
  },
];

/** Applications people use without a company subscription: found by the browser extension only (shadow IT). */
export const unsanctionedApplications: readonly { name: string; vendor: string }[] = [
  { name: 'Trello', vendor: 'Atlassian Corporation' },
  { name: 'Otter.ai', vendor: 'Otter.ai, Inc.' },
  { name: 'WeTransfer', vendor: 'WeTransfer B.V.' },
  { name: 'SurveyMonkey', vendor: 'SurveyMonkey Inc.' },
  { name: 'Typeform', vendor: 'Typeform SL' },
  { name: 'DeepL', vendor: 'DeepL SE' },
];

export type DiscoverySourceKey =
  | 'm365'
  | 'google'
  | 'salesforce'
  | 'okta'
  | 'entra'
  | 'browserVerified'
  | 'browserUnverified'
  | 'manual'
  | 'expense'
  | 'casb'
  | 'device';

/**
 * Discovery source types, as Snow numbers them (x-enumDescriptions in the vendor doc):
 * 0 SaaS connector, 1 manually added, 2 browser unverified, 3 SSO, 4 device, 7 browser verified, 8 CASB.
 */
export const discoveryTypes = {
  connector: 0,
  manual: 1,
  browserUnverified: 2,
  sso: 3,
  device: 4,
  browserVerified: 7,
  casb: 8,
} as const;

export interface CatalogueDiscoverySource {
  key: DiscoverySourceKey;
  /** Snow's technical name (`saas.collectors.m365` in the vendor doc's example). */
  name: string;
  /** What `UserSubscription.discoverySource` shows (`O365 Connector` in the vendor doc's example). */
  displayName: string;
  type: number;
  /** Days before the simulated "now" the source was connected. */
  connectedDaysAgo: number;
}

export const discoverySources: readonly CatalogueDiscoverySource[] = [
  {
    key: 'm365',
    name: 'saas.collectors.m365',
    displayName: 'O365 Connector',
    type: discoveryTypes.connector,
    connectedDaysAgo: 900,
  },
  {
    key: 'google',
    name: 'saas.collectors.google-workspace',
    displayName: 'Google Workspace Connector',
    type: discoveryTypes.connector,
    connectedDaysAgo: 700,
  },
  {
    key: 'salesforce',
    name: 'saas.collectors.salesforce',
    displayName: 'Salesforce Connector',
    type: discoveryTypes.connector,
    connectedDaysAgo: 500,
  },
  {
    key: 'okta',
    name: 'saas.collectors.okta',
    displayName: 'Okta SSO',
    type: discoveryTypes.sso,
    connectedDaysAgo: 1000,
  },
  {
    key: 'entra',
    name: 'saas.collectors.entra-id',
    displayName: 'Microsoft Entra ID SSO',
    type: discoveryTypes.sso,
    connectedDaysAgo: 800,
  },
  {
    key: 'browserVerified',
    name: 'saas.browser.extension',
    displayName: 'Browser Extension',
    type: discoveryTypes.browserVerified,
    connectedDaysAgo: 600,
  },
  {
    key: 'browserUnverified',
    name: 'saas.browser.extension.unverified',
    displayName: 'Browser Extension (unverified)',
    type: discoveryTypes.browserUnverified,
    connectedDaysAgo: 600,
  },
  {
    key: 'manual',
    name: 'saas.manual',
    displayName: 'Manually added',
    type: discoveryTypes.manual,
    connectedDaysAgo: 1000,
  },
  {
    key: 'expense',
    name: 'saas.imports.expense',
    displayName: 'Expense report import',
    type: discoveryTypes.manual,
    connectedDaysAgo: 400,
  },
  {
    key: 'casb',
    name: 'saas.collectors.netskope',
    displayName: 'Netskope CASB',
    type: discoveryTypes.casb,
    connectedDaysAgo: 300,
  },
  {
    key: 'device',
    name: 'saas.collectors.device-agent',
    displayName: 'Snow Device Agent',
    type: discoveryTypes.device,
    connectedDaysAgo: 1000,
  },
];

/** How a seat without a connector was discovered: mostly through SSO. */
export const seatSourceWeights: readonly (readonly [DiscoverySourceKey, number])[] = [
  ['okta', 50],
  ['entra', 15],
  ['browserVerified', 15],
  ['manual', 6],
  ['expense', 5],
  ['casb', 5],
  ['device', 4],
];

/** Where the simulated people sit, as Snow's `country` field reports it. */
export const countryOfLocation: Record<string, string> = {
  'New York': 'United States',
  'San Francisco': 'United States',
  Austin: 'United States',
  London: 'United Kingdom',
  Berlin: 'Germany',
  Sydney: 'Australia',
  Toronto: 'Canada',
  Bangalore: 'India',
  Remote: 'United States',
};

/** Activity window behind the user `status` and the KPI active/inactive split (Snow's default: 30 days). */
export const USER_ACTIVITY_WINDOW_DAYS = 30;
