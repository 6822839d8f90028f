/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL JSON in tests is untyped */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/** Every Node type: an ID taken from a list comes back through `node(id:)` as the same object. */
let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(async () => {
  await gw?.close();
});

const LISTS = /* GraphQL */ `
  {
    user(email: "jsmith@example.com") {
      id
      email
      subscriptions {
        id
        name
      }
    }
    groups(first: 100) {
      edges {
        node {
          id
          name
          source
        }
      }
    }
    workflows(first: 1) {
      edges {
        node {
          id
          name
        }
      }
    }
    policies(first: 100) {
      edges {
        node {
          id
          name
          vendor
        }
      }
    }
    integrations(first: 100) {
      edges {
        node {
          id
          name
          vendor
        }
      }
    }
    organizations(first: 100) {
      edges {
        node {
          id
          name
          vendor
        }
      }
    }
    provider {
      id
      externalId
    }
    applications(first: 1) {
      edges {
        node {
          id
          name
        }
      }
    }
    events(first: 60) {
      edges {
        node {
          id
          vendor
          externalId
          action
        }
      }
    }
  }
`;

async function fetchNode(id: string) {
  const res = await gw.query(
    `query($id: ID!) { node(id: $id) {
      id
      ... on User { email } ... on Group { name } ... on Workflow { name } ... on Policy { name }
      ... on Integration { name } ... on AtlassianOrganization { name } ... on ProviderOrganization { name }
      ... on Provider { externalId } ... on SaasSubscription { name } ... on Application { name }
      ... on AuditEvent { externalId action }
    } }`,
    { id },
  );
  expect(res.errors).toBeUndefined();
  return res.data.node;
}

describe('node(id:)', () => {
  it('fetches every kind of object again by the ID a list gave it', async () => {
    const res = await gw.query(LISTS);
    expect(res.errors).toBeUndefined();
    const d = res.data;
    const bySource = (source: string) =>
      d.groups.edges.map((e: any) => e.node).find((g: any) => g.source === source);
    const byVendor = (list: any, vendor: string) =>
      list.edges.map((e: any) => e.node).find((n: any) => n.vendor === vendor);
    const samples: { id: string; expect: Record<string, unknown> }[] = [
      { id: d.user.id, expect: { email: 'jsmith@example.com' } },
      { id: d.user.subscriptions[0].id, expect: { name: d.user.subscriptions[0].name } },
      ...['BETTERCLOUD', 'ATLASSIAN', 'SCIM'].map((s) => ({
        id: bySource(s).id,
        expect: { name: bySource(s).name },
      })),
      { id: d.workflows.edges[0].node.id, expect: { name: d.workflows.edges[0].node.name } },
      ...['ATLASSIAN', 'JUMPCLOUD'].map((v) => ({
        id: byVendor(d.policies, v).id,
        expect: { name: byVendor(d.policies, v).name },
      })),
      ...['BETTERCLOUD', 'JUMPCLOUD'].map((v) => ({
        id: byVendor(d.integrations, v).id,
        expect: { name: byVendor(d.integrations, v).name },
      })),
      ...['ATLASSIAN', 'JUMPCLOUD'].map((v) => ({
        id: byVendor(d.organizations, v).id,
        expect: { name: byVendor(d.organizations, v).name },
      })),
      { id: d.provider.id, expect: { externalId: d.provider.externalId } },
      { id: d.applications.edges[0].node.id, expect: { name: d.applications.edges[0].node.name } },
      ...['BETTERCLOUD', 'ATLASSIAN'].map((v) => {
        const event = byVendor(d.events, v);
        return { id: event.id, expect: { externalId: event.externalId, action: event.action } };
      }),
    ];
    for (const sample of samples) {
      const node = await fetchNode(sample.id);
      expect(node, `node(${Buffer.from(sample.id, 'base64url').toString()})`).toMatchObject({
        id: sample.id,
        ...sample.expect,
      });
    }
  });

  it('answers null for an object that does not exist, and BAD_USER_INPUT for something that is not an ID', async () => {
    const missingWorkflow = Buffer.from('Workflow:wf-999999').toString('base64url');
    expect(await fetchNode(missingWorkflow)).toBeNull();
    const res = await gw.query(`{ node(id: "definitely-not-an-id") { id } }`);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers nodes(ids:) in the order asked, with null where nothing exists', async () => {
    const { data } = await gw.query(
      `{ user(email: "jsmith@example.com") { id } workflows(first: 1) { edges { node { id } } } }`,
    );
    const missing = Buffer.from('Workflow:wf-999999').toString('base64url');
    const res = await gw.query(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: [data.workflows.edges[0].node.id, missing, data.user.id],
    });
    expect(res.data.nodes).toEqual([{ id: data.workflows.edges[0].node.id }, null, { id: data.user.id }]);
  });
});
