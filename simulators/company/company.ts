import { companyConfigFromEnv, type CompanyConfig } from './config.js';
import { generatePeople, type Person } from './people.js';

/** The one seeded company every simulator serves a view of. */
export interface Company {
  config: CompanyConfig;
  people: Person[];
}

export function generateCompany(config: CompanyConfig = companyConfigFromEnv()): Company {
  return { config, people: generatePeople(config) };
}

export type { CompanyConfig, Person };
export { companyConfigFromEnv };
