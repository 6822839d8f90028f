import { jumpCloudPatchMappings, type JumpCloudMappingRow } from '../../datasources/writes.js';
import type { IntegrationModel } from '../../datasources/model/index.js';
import type { MutationDefinition, MutationInput } from '../pipeline.js';
import { plannedCall } from '../plan.js';
import { checkMappingRows, type MappingRowInput } from './mapping-rows.js';
import { findPsaIntegration, inputField, psaNames, type PsaIntegration } from './psa-integration.js';

/** `UpdateIntegrationMappingsInput`. */
export interface UpdateMappingsInput extends MutationInput {
  integrationId: string;
  rows: readonly MappingRowInput[];
}

interface MappingsTarget {
  psa: PsaIntegration;
  rows: JumpCloudMappingRow[];
}

/** Creates, replaces and deletes mapping rows in one PATCH (JumpCloud applies it all or nothing). */
export const updateIntegrationMappingsMutation: MutationDefinition<
  UpdateMappingsInput,
  MappingsTarget,
  IntegrationModel
> = {
  name: 'updateIntegrationMappings',
  async prepare(input, ctx) {
    const found = await findPsaIntegration(input.integrationId, inputField('integrationId'), ctx);
    if (!found.ok) return { ok: false, userErrors: found.errors };
    const checked = await checkMappingRows(found.value, input.rows, ctx);
    if (!checked.ok) return { ok: false, userErrors: checked.errors };
    return { ok: true, target: { psa: found.value, rows: checked.rows } };
  },
  plan({ psa, rows }) {
    const deletes = rows.filter((row) => row.delete).length;
    return {
      steps: [
        plannedCall(
          {
            api: 'jumpcloud',
            externalId: psa.uuid,
            description: `Write ${rows.length} mapping row(s) of ${psaNames[psa.type]} integration ${psa.uuid} (${rows.length - deletes} created or replaced, ${deletes} deleted)`,
          },
          jumpCloudPatchMappings(psa.type, psa.uuid, rows),
        ),
      ],
    };
  },
  reread: async ({ psa }, ctx) => (await ctx.datasources.jumpcloud.getIntegration(psa.uuid)) ?? null,
};
