import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { IntegrationMappingResolvers } from '../__generated__/graphql.js';
import type { ProviderOrganizationModel } from '../datasources/model/index.js';

/** What a mapping row itself says of its organization: enough for these fields, with no call. */
const fieldsTheRowHolds = new Set(['__typename', 'id', 'vendor', 'externalId', 'name']);

/** Whether the field's selection (through fragments) asks only for `allowed` fields. */
function selectsOnly(info: GraphQLResolveInfo, allowed: ReadonlySet<string>): boolean {
  const within = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).every((selection) => {
      if (selection.kind === Kind.FIELD) return allowed.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return within(selection.selectionSet);
      return within(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.every((node) => within(node.selectionSet));
}

export const IntegrationMapping: IntegrationMappingResolvers = {
  /**
   * The ProviderOrganization the row maps. A row names the organization's ID and name, so a selection
   * of only those costs nothing; anything more (maxSystemUsers) reads the provider's organization list
   * (one call per request). An organization JumpCloud no longer lists still shows as the row names it.
   */
  organization: async (mapping, _args, ctx, info) => {
    if (!mapping.organizationId) return null;
    const fromRow: ProviderOrganizationModel | null =
      mapping.organizationName === null
        ? null
        : {
            vendor: 'JUMPCLOUD',
            externalId: mapping.organizationId,
            name: mapping.organizationName,
            maxSystemUsers: null,
          };
    if (fromRow && selectsOnly(info, fieldsTheRowHolds)) return fromRow;
    const organizations = await ctx.datasources.jumpcloud.listAllOrganizations();
    return organizations.find((org) => org.externalId === mapping.organizationId) ?? fromRow;
  },
  /**
   * The agreement (ConnectWise) or contract (Autotask) the row bills on, as the row knows it: its
   * company is the row's company, and of its additions only the one the row bills on. The full list
   * of an agreement's additions is `Integration.agreements` (one call per agreement).
   */
  agreement: (mapping) =>
    mapping.agreement && {
      ...mapping.agreement,
      companyId: mapping.company.id,
      additions: mapping.addition ? [mapping.addition] : [],
    },
};
