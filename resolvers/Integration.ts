import type { IntegrationResolvers } from '../__generated__/graphql.js';
import type { IntegrationModel } from '../datasources/model/index.js';
import { connectionFromOffsetFetch } from '../datasources/paging/connection.js';
import type { GatewayContext } from '../mutations/context.js';
import { definedOnly, sortOf } from './list-args.js';
import { nodeIds } from './node-ids.js';
import { projection, selectedFields, selectedNodeFields } from './selection.js';

/** The JumpCloud record fields each PSA GraphQL field reads (mapping.ts). */
const psaNameFields: Record<string, readonly string[]> = { id: ['id'], name: ['name'] };
const agreementFields: Record<string, readonly string[]> = {
  id: ['id'],
  name: ['name'],
  companyId: ['companyId'],
  additions: [],
};

/** Only JumpCloud's PSA integrations have PSA data; BetterCloud's SaaS integrations answer null for those fields. */
const isPsa = (integration: IntegrationModel) => integration.vendor === 'JUMPCLOUD';

/**
 * JumpCloud's integration list carries no configuration: the endpoint and `isConfigured` come from
 * `getIntegration`, read only when a client selects them (one call per integration shown; repeated
 * reads within the request share it).
 */
async function withConfiguration(
  integration: IntegrationModel,
  ctx: GatewayContext,
): Promise<IntegrationModel> {
  if (!isPsa(integration)) return integration;
  return (await ctx.datasources.jumpcloud.getIntegration(integration.externalId)) ?? integration;
}

export const Integration: IntegrationResolvers = {
  id: (integration) => nodeIds.integration(integration),
  endpoint: async (integration, _args, ctx) => (await withConfiguration(integration, ctx)).endpoint,
  isConfigured: async (integration, _args, ctx) => (await withConfiguration(integration, ctx)).isConfigured,
  settings: async (integration, _args, ctx) =>
    isPsa(integration) ? ((await ctx.datasources.jumpcloud.settings(integration)) ?? null) : null,
  mappings: (integration, args, ctx, info) => {
    if (!isPsa(integration)) return null;
    const query = { ...definedOnly(args.filter), sort: sortOf(args.sort) };
    const selected = [...selectedNodeFields(info)];
    return connectionFromOffsetFetch(
      args,
      (offset, limit) =>
        ctx.datasources.jumpcloud.listMappings(integration, offset, limit, {
          ...query,
          ...(selected.length ? { selected } : {}),
        }),
      query,
    );
  },
  companies: (integration, args, ctx, info) => {
    if (!isPsa(integration)) return null;
    const query = { ...definedOnly(args.filter), sort: sortOf(args.sort) };
    const fields = projection(selectedNodeFields(info), psaNameFields);
    return connectionFromOffsetFetch(
      args,
      (offset, limit) =>
        ctx.datasources.jumpcloud.listCompanies(integration, offset, limit, { ...query, fields }),
      query,
    );
  },
  companyTypes: (integration, _args, ctx) =>
    isPsa(integration) ? ctx.datasources.jumpcloud.companyTypes(integration) : null,
  agreements: (integration, args, ctx, info) =>
    isPsa(integration)
      ? ctx.datasources.jumpcloud.agreements(integration, {
          ...definedOnly(args.filter),
          sort: sortOf(args.sort),
          fields: projection(selectedFields(info, []), agreementFields),
          additionFields: projection(selectedFields(info, ['additions']), psaNameFields),
        })
      : null,
  alertConfigurations: (integration, _args, ctx) =>
    isPsa(integration) ? ctx.datasources.jumpcloud.alertConfigurations(integration) : null,
  alertConfigurationOptions: async (integration, _args, ctx) =>
    isPsa(integration)
      ? ((await ctx.datasources.jumpcloud.alertConfigurationOptions(integration)) ?? null)
      : null,
  billingMappingOptions: async (integration, args, ctx) =>
    isPsa(integration)
      ? ((await ctx.datasources.jumpcloud.billingMappingOptions(
          integration,
          args.nameContains ?? undefined,
        )) ?? null)
      : null,
  syncErrors: (integration, args, ctx) =>
    isPsa(integration)
      ? connectionFromOffsetFetch(args, (offset, limit) =>
          ctx.datasources.jumpcloud.listSyncErrors(integration, offset, limit),
        )
      : null,
};
