import { describe, expect, it } from 'vitest';
import { companyConfigFromEnv, generateCompany } from '../../../simulators/company/company.js';
import { loadConfig } from '../../../src/config.js';

const DAY = 86_400_000;

describe("the simulated company's instant", () => {
  it('follows the moment the simulators start unless SIM_NOW pins it', () => {
    const before = Date.now();
    const now = companyConfigFromEnv({}).now.getTime();
    expect(now).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(now).toBeLessThanOrEqual(Date.now());
    expect(companyConfigFromEnv({ SIM_NOW: '2026-11-01T12:00:00.000Z' }).now.toISOString()).toBe(
      '2026-11-01T12:00:00.000Z',
    );
    expect(() => companyConfigFromEnv({ SIM_NOW: 'next tuesday' })).toThrow(/SIM_NOW must be an ISO 8601/);
  });

  it('gives the same seed the same ages on any day', () => {
    const at = (iso: string) =>
      generateCompany({ seed: 7, people: 50, now: new Date(iso), domain: 'example.com' });
    const ages = (iso: string) => {
      const company = at(iso);
      return company.people.map((p) => [
        p.email,
        Math.round((Date.parse(iso) - Date.parse(p.hiredAt)) / DAY),
      ]);
    };
    expect(ages('2027-03-15T08:30:00.000Z')).toEqual(ages('2026-11-01T12:00:00.000Z'));
  });
});

describe("the gateway's clock setting", () => {
  it('reads ADMINGRAPH_NOW, else follows SIM_NOW while a vendor is simulated, else real time', () => {
    expect(loadConfig({}).now).toBeUndefined();
    expect(loadConfig({ ADMINGRAPH_NOW: '2026-05-01T00:00:00Z' }).now?.toISOString()).toBe(
      '2026-05-01T00:00:00.000Z',
    );
    expect(loadConfig({ SIM_NOW: '2026-11-01T12:00:00Z' }).now?.toISOString()).toBe(
      '2026-11-01T12:00:00.000Z',
    );
    const allReal = {
      BETTERCLOUD_API_KEY: 'k',
      BETTERCLOUD_BASE_URL: 'https://bc.example',
      ATLASSIAN_API_TOKEN: 't',
      ATLASSIAN_BASE_URL: 'https://at.example',
      ATLASSIAN_SCIM_TOKEN: 't',
      ATLASSIAN_SCIM_BASE_URL: 'https://at.example',
      SNOW_API_TOKEN: 't',
      SNOW_BASE_URL: 'https://snow.example',
      JUMPCLOUD_API_KEY: 'k',
      JUMPCLOUD_BASE_URL: 'https://jc.example',
    };
    expect(loadConfig({ ...allReal, SIM_NOW: '2026-11-01T12:00:00Z' }).now).toBeUndefined();
    expect(() => loadConfig({ ADMINGRAPH_NOW: 'soon' })).toThrow(/ADMINGRAPH_NOW must be an ISO 8601/);
  });
});
