import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import { startGateway, type RunningGateway } from '../../src/start.js';
import { startSimulators, type SimulatorFleet } from '../../simulators/index.js';
import { testCompany } from '../support/simulators.js';
import { launchChromium } from '../support/browser.js';

const screenshots = new URL('./screenshots/', import.meta.url);
const adminKey = 'e2e-local-admin-key';

describe('GraphiQL in a real browser', () => {
  let fleet: SimulatorFleet;
  let running: RunningGateway;
  let browser: Browser;

  beforeAll(async () => {
    fleet = await startSimulators({
      company: testCompany(),
      ports: { bettercloud: 0, atlassian: 0, snow: 0, jumpcloud: 0 },
    });
    for (const sim of Object.values(fleet.running)) sim.faults.set({});
    running = await startGateway({ config: { ...loadConfig({}), port: 0 }, fleet, adminKey });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
    await fleet?.close();
  });

  it('loads offline from the gateway, shows the examples and the admin key, and runs a query', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const outside: string[] = [];
    const origin = new URL(running.url).origin;
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) outside.push(r.url());
    });
    await page.goto(new URL('/graphql', running.url).toString());
    await page.locator('.graphiql-container').waitFor();

    // One tab per saved example, named after its operation.
    const tabs = page.locator('.graphiql-tab');
    await expect.poll(() => tabs.count()).toBeGreaterThanOrEqual(4);
    const tabText = (await tabs.allInnerTexts()).join(' ');
    for (const name of ['PersonProfile', 'OffboardingDryRun', 'LicenseWasteAndSpend', 'IntegrationMappings'])
      expect(tabText).toContain(name);

    // The headers editor holds the local admin key.
    await page.getByText('Headers', { exact: true }).click();
    await expect
      .poll(() => page.locator('.graphiql-editor-tool').innerText())
      .toContain(`Bearer ${adminKey}`);

    // Run the first example (a person's profile) and see the person's data.
    const person = testCompany().people[0];
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(() => page.locator('.result-window').innerText(), { timeout: 20_000 })
      .toContain(person.email);
    const result = await page.locator('.result-window').innerText();
    expect(result).toContain('"accounts"');
    expect(result).not.toContain('"errors"');

    // The schema docs, with the descriptions from schema/, and the explorer are there.
    await page.locator('[aria-label="Show Documentation Explorer"]').click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).click();
    await page.getByText('Everyone with an account in any vendor', { exact: false }).first().waitFor();
    await page.locator('[aria-label="Show GraphiQL Explorer"]').click();
    await page.locator('.docExplorerWrap, .graphiql-explorer-root').first().waitFor();
    await page.screenshot({ path: new URL('graphiql.png', screenshots).pathname });
    expect(outside).toEqual([]);
  });

  it('still answers API clients at /graphql with JSON, once they authenticate', async () => {
    const ask = (headers: Record<string, string>) =>
      fetch(new URL('/graphql', running.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    // Compared on `data`: every answer also carries `extensions.cost` (src/limits).
    const answer = (await (await ask({ authorization: `Bearer ${adminKey}` })).json()) as { data: unknown };
    expect(answer.data).toEqual({ __typename: 'Query' });
    expect((await ask({})).status).toBe(401);
  });
});
