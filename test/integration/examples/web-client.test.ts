import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offboardingSummary, wastedLicenses } from '../../../examples/web-client/src/offboarding-screen.js';
import * as operations from '../../../examples/web-client/src/operations.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

const manifest = JSON.parse(
  readFileSync('examples/web-client/src/__generated__/persisted-documents.json', 'utf8'),
) as Record<string, string>;

describe('examples/web-client (typed documents)', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => gw?.close());

  it('has every operation in the persisted-operations manifest under its hash', () => {
    const documents = Object.values(operations);
    expect(Object.keys(manifest)).toHaveLength(documents.length);
    for (const document of documents) {
      const hash = document.__meta__!.hash as string;
      expect(manifest[hash]).toBeDefined();
      expect(createHash('sha1').update(manifest[hash]).digest('hex')).toBe(hash);
    }
  });

  it("answers an offboarding screen's questions through the typed client", async () => {
    const person = gw.fleet.company.people[0];
    const summary = await offboardingSummary({ url: gw.running.url, apiKey: gw.keys.operator }, person.email);
    const api = await gw.query('query($e: String!) { user(email: $e) { accounts { vendor status } } }', {
      e: person.email,
    });
    expect(summary!.activeIn).toEqual(
      api.data.user.accounts
        .filter((a: { status: string }) => a.status === 'ACTIVE')
        .map((a: { vendor: string }) => a.vendor),
    );
    expect(summary!.plannedCalls.length).toBeGreaterThan(0);

    let count = 0;
    for await (const license of wastedLicenses({ url: gw.running.url, apiKey: gw.keys.viewer })) {
      expect(license.reasons.length).toBeGreaterThan(0);
      count += 1;
    }
    const total = await gw.query('{ licenseWaste(first: 1) { totalCount } }');
    expect(count).toBe(total.data.licenseWaste.totalCount);
  });
});
