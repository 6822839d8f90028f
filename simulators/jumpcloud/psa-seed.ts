import type { SeededRandom } from '../core/random.js';
import { organizationNameParts } from './catalog.js';
import { numericIds } from './ids.js';
import type { IdName, IntegrationType, JumpCloudIntegration } from './model.js';

type PsaSide = Pick<
  JumpCloudIntegration,
  | 'companies'
  | 'companyTypes'
  | 'agreements'
  | 'additions'
  | 'contracts'
  | 'services'
  | 'contractFields'
  | 'billingOptions'
>;

const companyIdStart: Record<IntegrationType, number> = {
  connectwise: 19_000,
  syncro: 2_340_000,
  autotask: 29_680_000,
};
const companyTypeNames = [
  'Client',
  'Prospect',
  'Partner',
  'Vendor',
  'Former Client',
  'Managed Services Client',
];

/**
 * What the PSA behind one integration holds: its companies (the MSP's clients, so most JumpCloud
 * organizations have a namesake company, plus prospects and vendors), company types and, per PSA,
 * the billing objects a mapping can point at.
 */
export function buildPsaSide(
  type: IntegrationType,
  random: SeededRandom,
  organizationNames: string[],
): PsaSide {
  const companyCount = 36 + random.int(0, 8);
  const names = new Set(organizationNames);
  while (names.size < companyCount)
    names.add(`${random.pick(organizationNameParts.first)} ${random.pick(organizationNameParts.second)}`);
  const ids = numericIds(companyIdStart[type], names.size, random);
  const companies: IdName[] = [...names].map((name, i) => ({ id: ids[i], name }));

  const side: PsaSide = {
    companies,
    companyTypes: type === 'syncro' ? [] : companyTypeNames.map((name, i) => ({ id: i + 1, name })),
    agreements: [],
    additions: new Map(),
    contracts: [],
    services: [],
    contractFields: [],
    billingOptions: [],
  };
  if (type === 'connectwise') addConnectWiseAgreements(side, random);
  if (type === 'autotask') addAutotaskContracts(side, random);
  if (type === 'syncro') side.billingOptions = syncroBillingOptions(random);
  return side;
}

function addConnectWiseAgreements(side: PsaSide, random: SeededRandom): void {
  const agreementIds = numericIds(700, side.companies.length * 2, random);
  const additionIds = numericIds(5_000, side.companies.length * 6, random);
  let nextAgreement = 0;
  let nextAddition = 0;
  for (const company of side.companies) {
    const kinds = random.chance(0.4) ? ['Managed Services', 'JumpCloud Seats'] : ['Managed Services'];
    for (const kind of kinds) {
      const agreement = {
        id: agreementIds[nextAgreement++],
        name: `${company.name} - ${kind}`,
        companyId: company.id,
      };
      side.agreements.push(agreement);
      const products = random.sample(
        [
          'JumpCloud Core Platform',
          'JumpCloud Platform Prime',
          'JumpCloud SSO',
          'JumpCloud Device Management',
        ],
        random.int(1, 3),
      );
      side.additions.set(
        agreement.id,
        products.map((name) => ({ id: additionIds[nextAddition++], name })),
      );
    }
  }
}

function addAutotaskContracts(side: PsaSide, random: SeededRandom): void {
  const contractIds = numericIds(29_684_000, side.companies.length, random);
  const serviceIds = numericIds(29_690_000, side.companies.length * 3, random);
  let nextService = 0;
  side.companies.forEach((company, i) => {
    const contract = {
      id: contractIds[i],
      name: `${company.name} Recurring Services`,
      companyId: company.id,
    };
    side.contracts.push(contract);
    for (const name of random.sample(
      ['JumpCloud User License', 'JumpCloud Device License', 'Helpdesk Seat'],
      random.int(1, 3),
    ))
      side.services.push({ id: serviceIds[nextService++], name, contractId: contract.id });
  });
  side.contractFields = [
    {
      name: 'contractType',
      values: [
        { label: 'Recurring Service', value: '7' },
        { label: 'Time and Materials', value: '1' },
        { label: 'Block Hours', value: '6' },
      ],
    },
    {
      name: 'status',
      values: [
        { label: 'Active', value: '1' },
        { label: 'Inactive', value: '0' },
      ],
    },
    {
      name: 'billingPreference',
      values: [
        { label: 'Manual', value: '1' },
        { label: 'Immediate', value: '2' },
        { label: 'Timesheet', value: '3' },
      ],
    },
  ];
}

function syncroBillingOptions(random: SeededRandom): PsaSide['billingOptions'] {
  const scheduleIds = numericIds(88_000, 4, random);
  const lineIds = numericIds(410_000, 12, random);
  let nextLine = 0;
  const schedules = [
    'Monthly Managed Services',
    'Monthly JumpCloud Seats',
    'Quarterly Security Bundle',
    'Annual Compliance',
  ].map((label, i) => ({
    label,
    value: Number(scheduleIds[i]),
    lines: ['Per-user license', 'Per-device license', 'Support hours']
      .slice(0, random.int(1, 3))
      .map((line) => ({ label: line, value: Number(lineIds[nextLine++]) })),
  }));
  return [{ name: 'schedule', values: schedules }];
}
