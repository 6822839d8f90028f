/**
 * Fixed vocabularies of the simulated provider: JumpCloud's admin roles, its ticketing alerts, and the
 * option lists each PSA (ConnectWise, Autotask, Syncro) offers for alert tickets. Names follow what the
 * JumpCloud console and the PSAs show; numeric values are the PSAs' own style of small integer IDs.
 */

/** JumpCloud's built-in administrator roles (https://jumpcloud.com/support/admin-portal-roles). */
export const adminRoleNames = [
  'Administrator with Billing',
  'Administrator',
  'Manager',
  'Command Runner with Billing',
  'Command Runner',
  'Help Desk',
  'Read Only',
] as const;

export const ticketingAlertCatalog = [
  {
    name: 'Device Offline',
    category: 'devices',
    description: 'A managed device has not checked in for 7 days.',
  },
  {
    name: 'Device Disk Encryption Disabled',
    category: 'devices',
    description: 'Full-disk encryption was turned off on a device.',
  },
  { name: 'Low Disk Space', category: 'devices', description: 'A device has less than 10% free disk space.' },
  {
    name: 'User Locked Out',
    category: 'users',
    description: 'A user account was locked after repeated failed logins.',
  },
  {
    name: 'User Password Expiring',
    category: 'users',
    description: 'A user password expires within 7 days.',
  },
  {
    name: 'MFA Not Enrolled',
    category: 'users',
    description: 'A user has not enrolled a multi-factor authenticator.',
  },
  { name: 'Policy Failed', category: 'policies', description: 'A policy failed to apply on a device.' },
  { name: 'Command Failed', category: 'commands', description: 'A scheduled command exited with an error.' },
  {
    name: 'Directory Sync Failed',
    category: 'directories',
    description: 'A directory integration failed to sync.',
  },
  {
    name: 'License Limit Reached',
    category: 'billing',
    description: 'An organization reached its maximum number of users.',
  },
] as const;

type Option = { label: string; value: number };
const options = (labels: string[], first = 1): Option[] =>
  labels.map((label, i) => ({ label, value: first + i }));

export const connectWiseAlertOptions = {
  priority: options([
    'Priority 1 - Emergency Response',
    'Priority 2 - Quick Response',
    'Priority 3 - Normal Response',
    'Priority 4 - Schedule Maintenance',
    'Do Not Respond',
  ]),
  source: options(['Email', 'Phone', 'Portal', 'Monitoring']),
};

export const autotaskAlertOptions = {
  priority: options(['High', 'Medium', 'Low', 'Critical']),
  queue: options(
    ['Client Portal', 'Post Sale', 'Level I Support', 'Level II Support', 'Monitoring Alert'],
    5,
  ),
  source: options(['Phone', 'Email', 'Monitoring Alert', 'Web Portal']),
  status: options(['New', 'In Progress', 'Waiting Customer', 'Complete']),
  resources: [
    { id: 29682885, name: 'Alex Rivera', roles: options(['Technician', 'Engineer'], 29683400) },
    { id: 29682886, name: 'Sam Patel', roles: options(['Technician', 'Dispatcher'], 29683402) },
    { id: 29682887, name: 'Jordan Lee', roles: options(['Engineer'], 29683401) },
  ],
};

export const syncroAlertOptions = {
  priority: options(['0 Urgent', '1 High', '2 Normal', '3 Low'], 0),
  status: options(['New', 'In Progress', 'Scheduled', 'Waiting on Customer', 'Resolved']),
  problemType: options(['Hardware', 'Software', 'Network', 'Security', 'Other']),
  user: [
    { label: 'dispatch@msp.example.net', value: 41221 },
    { label: 'tier1@msp.example.net', value: 41222 },
    { label: 'tier2@msp.example.net', value: 41223 },
  ],
};

export const policyTemplateCatalog = [
  { name: 'Windows - Lock Screen Timeout', field: 'timeoutMinutes', values: [5, 10, 15] },
  {
    name: 'Windows - BitLocker Full Disk Encryption',
    field: 'encryptionMethod',
    values: ['XTS-AES 128', 'XTS-AES 256'],
  },
  { name: 'Windows - Disable USB Storage', field: 'enabled', values: [true] },
  { name: 'Windows - Windows Update Deferral', field: 'deferralDays', values: [0, 7, 14] },
  { name: 'macOS - FileVault 2', field: 'enabled', values: [true] },
  { name: 'macOS - Screen Saver Idle Time', field: 'idleSeconds', values: [300, 600, 900] },
  { name: 'macOS - Software Update Schedule', field: 'schedule', values: ['daily', 'weekly'] },
  { name: 'Linux - Password Complexity', field: 'minLength', values: [12, 14, 16] },
  { name: 'Linux - Lock Screen', field: 'timeoutMinutes', values: [10, 15] },
  { name: 'Windows - Firewall Enabled', field: 'enabled', values: [true] },
  {
    name: 'macOS - Gatekeeper',
    field: 'allowedSources',
    values: ['App Store', 'App Store and identified developers'],
  },
  { name: 'Windows - Restrict Control Panel', field: 'enabled', values: [true, false] },
] as const;

export const policyGroupCatalog = [
  {
    name: 'Baseline Security - Windows',
    description: 'Encryption, lock screen and firewall for every Windows fleet.',
    prefix: 'Windows',
  },
  {
    name: 'Baseline Security - macOS',
    description: 'FileVault, screen saver and Gatekeeper for Mac fleets.',
    prefix: 'macOS',
  },
  {
    name: 'Baseline Security - Linux',
    description: 'Password and lock screen rules for Linux servers and desktops.',
    prefix: 'Linux',
  },
  {
    name: 'Strict Device Control',
    description: 'USB and Control Panel restrictions for regulated clients.',
    prefix: 'Windows - Restrict',
  },
] as const;

export const organizationNameParts = {
  first: [
    'Acme',
    'Northwind',
    'Bluebird',
    'Cedar',
    'Harbor',
    'Summit',
    'Pioneer',
    'Silverline',
    'Redwood',
    'Lakeside',
    'Granite',
    'Evergreen',
    'Beacon',
    'Keystone',
    'Meridian',
    'Oakridge',
    'Riverbend',
    'Sterling',
    'Trident',
    'Willow',
  ],
  second: [
    'Dental',
    'Logistics',
    'Law Group',
    'Accounting',
    'Architects',
    'Clinic',
    'Realty',
    'Manufacturing',
    'Foods',
    'Insurance',
    'Engineering',
    'Veterinary',
    'Schools',
    'Credit Union',
    'Studios',
  ],
};

export const caseCatalog = [
  { subject: 'Agent not reporting after macOS upgrade', product: 'Device Management', os: 'macOS' },
  { subject: 'SSO login loop for Microsoft 365', product: 'SSO', os: 'Windows' },
  { subject: 'Invoice shows wrong number of users', product: 'Billing', os: '' },
  { subject: 'Feature request: bulk org creation from CSV', product: 'MTP', os: '' },
  { subject: 'ConnectWise sync skips new agreements', product: 'PSA Integrations', os: '' },
  { subject: 'Windows policy fails with error 0x80070005', product: 'Policies', os: 'Windows' },
  { subject: 'RADIUS authentication timeouts', product: 'RADIUS', os: '' },
  { subject: 'Linux agent install fails on Ubuntu 24.04', product: 'Device Management', os: 'Linux' },
  { subject: 'Feature request: per-org alert routing', product: 'MTP', os: '' },
  { subject: 'LDAP bind errors from printer fleet', product: 'LDAP', os: '' },
] as const;
