import type { SimulatedVendor } from '../simulators/index.js';

/** The instant benchmarks pin both the simulators (`SIM_NOW`) and the gateway (`ADMINGRAPH_NOW`) to. */
export const BENCH_NOW = '2026-11-01T12:00:00.000Z';

/** The gateway's settings for vendors reached over the network, as a user would write them. */
export async function vendorEnv(urls: Record<SimulatedVendor, string>): Promise<NodeJS.ProcessEnv> {
  const atlassian = (await (await fetch(`${urls.atlassian}/__sim/info`)).json()) as {
    mainOrgId: string;
    mainDirectoryId: string;
  };
  const jumpcloud = (await (await fetch(`${urls.jumpcloud}/__sim/info`)).json()) as { providerId: string };
  return {
    BETTERCLOUD_BASE_URL: `${urls.bettercloud}/v1`,
    BETTERCLOUD_API_KEY: 'dev-bettercloud-key',
    ATLASSIAN_BASE_URL: urls.atlassian,
    ATLASSIAN_API_TOKEN: 'dev-atlassian-token',
    ATLASSIAN_ORG_ID: atlassian.mainOrgId,
    ATLASSIAN_DIRECTORY_ID: atlassian.mainDirectoryId,
    ATLASSIAN_SCIM_BASE_URL: urls.atlassian,
    ATLASSIAN_SCIM_TOKEN: 'dev-atlassian-token',
    SNOW_BASE_URL: urls.snow,
    SNOW_API_TOKEN: 'dev-snow-token',
    JUMPCLOUD_BASE_URL: `${urls.jumpcloud}/api/v2`,
    JUMPCLOUD_API_KEY: 'dev-jumpcloud-key',
    JUMPCLOUD_PROVIDER_ID: jumpcloud.providerId,
    // Configured as real vendors, the gateway would read real time: pin it to the simulators' instant.
    ADMINGRAPH_NOW: BENCH_NOW,
  };
}
