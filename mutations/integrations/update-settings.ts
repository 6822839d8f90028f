import { jumpCloudPatchSettings, type JumpCloudSettingsPatch } from '../../datasources/writes.js';
import type { IntegrationModel } from '../../datasources/model/index.js';
import type { MutationDefinition, MutationInput } from '../pipeline.js';
import { alreadyDone, plannedCall } from '../plan.js';
import { userError, type UserErrorModel } from '../user-errors.js';
import { findPsaIntegration, inputField, psaNames, type PsaIntegration } from './psa-integration.js';

/** `UpdateIntegrationSettingsInput`. */
export interface UpdateSettingsInput extends MutationInput {
  integrationId: string;
  automaticTicketing?: boolean | null;
  companyTypeIds?: readonly string[] | null;
}

interface SettingsTarget {
  psa: PsaIntegration;
  patch: JumpCloudSettingsPatch;
  /** The settings already hold these values: nothing to send. */
  unchanged: boolean;
}

/** JumpCloud keeps at most 150 company types (PsaSettingsPatchReq.companyTypeIds maxItems). */
const MAX_COMPANY_TYPES = 150;

const sameSet = (a: readonly string[], b: readonly string[]) =>
  new Set(a).size === new Set(b).size && a.every((x) => b.includes(x));

/** Automatic ticketing and synchronized company types, validated against the PSA's company types. */
export const updateIntegrationSettingsMutation: MutationDefinition<
  UpdateSettingsInput,
  SettingsTarget,
  IntegrationModel
> = {
  name: 'updateIntegrationSettings',
  async prepare(input, ctx) {
    const found = await findPsaIntegration(input.integrationId, inputField('integrationId'), ctx);
    if (!found.ok) return { ok: false, userErrors: found.errors };
    const psa = found.value;
    const ticketing = input.automaticTicketing ?? undefined;
    const typeIds = input.companyTypeIds ?? undefined;
    const errors: UserErrorModel[] = [];
    if (ticketing === undefined && typeIds === undefined)
      errors.push(
        userError(['input'], 'Give automaticTicketing, companyTypeIds or both', 'NOTHING_TO_CHANGE'),
      );
    if (typeIds && psa.type === 'syncro')
      errors.push(
        userError(
          inputField('companyTypeIds'),
          'Syncro integrations have no company types',
          'NOT_APPLICABLE',
        ),
      );
    if (typeIds && typeIds.length > MAX_COMPANY_TYPES)
      errors.push(
        userError(
          inputField('companyTypeIds'),
          `JumpCloud keeps at most ${MAX_COMPANY_TYPES} company types`,
          'TOO_MANY',
        ),
      );
    if (errors.length) return { ok: false, userErrors: errors };

    const [types, current] = await Promise.all([
      typeIds ? ctx.datasources.jumpcloud.companyTypes(psa.integration) : Promise.resolve([]),
      ctx.datasources.jumpcloud.settings(psa.integration),
    ]);
    const known = new Set(types.map((t) => t.id));
    typeIds?.forEach((id, i) => {
      if (!known.has(id))
        errors.push(
          userError(
            inputField('companyTypeIds', i),
            `${psaNames[psa.type]} integration ${psa.uuid} has no company type ${id}`,
            'UNKNOWN_COMPANY_TYPE',
          ),
        );
    });
    if (errors.length) return { ok: false, userErrors: errors };

    const patch: JumpCloudSettingsPatch = {
      ...(ticketing !== undefined ? { automaticTicketing: ticketing } : {}),
      // PSA company type IDs are numbers; the graph shows them as strings.
      ...(typeIds ? { companyTypeIds: [...new Set(typeIds)].map(Number) } : {}),
    };
    const unchanged =
      current !== undefined &&
      (ticketing === undefined || current.automaticTicketing === ticketing) &&
      (typeIds === undefined || sameSet(current.companyTypeIds, typeIds));
    return { ok: true, target: { psa, patch, unchanged } };
  },
  plan({ psa, patch, unchanged }) {
    const on = {
      api: 'jumpcloud' as const,
      externalId: psa.uuid,
      description: `Change the settings of ${psaNames[psa.type]} integration ${psa.uuid}`,
    };
    return {
      steps: [
        unchanged
          ? alreadyDone(on, `${psaNames[psa.type]} integration ${psa.uuid} already has these settings`)
          : plannedCall(on, jumpCloudPatchSettings(psa.type, psa.uuid, patch)),
      ],
    };
  },
  reread: async ({ psa }, ctx) => (await ctx.datasources.jumpcloud.getIntegration(psa.uuid)) ?? null,
};
