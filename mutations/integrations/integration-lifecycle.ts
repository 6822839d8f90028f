import {
  jumpCloudCreateIntegration,
  jumpCloudDeleteIntegration,
  jumpCloudUpdateIntegration,
  toIntegrationType,
  type JumpCloudIntegrationType,
} from '../../datasources/writes.js';
import { createdId } from '../created-id.js';
import type { IntegrationKind, IntegrationModel } from '../../datasources/model/index.js';
import type { GatewayContext } from '../context.js';
import type { MutationDefinition, MutationInput } from '../pipeline.js';
import { plannedCall } from '../plan.js';
import { userError, type UserErrorModel } from '../user-errors.js';
import {
  connectionShapes,
  readConnection,
  redactConnections,
  sameAccount,
  type ConnectionInputs,
} from './integration-connection.js';
import {
  findPsaIntegration,
  inputField,
  jumpCloudWriteReads,
  psaNames,
  type PsaIntegration,
} from './psa-integration.js';

const GONE = [404] as const;

/** The integration of `type` already connected to the same PSA account, if any (one configuration call per integration of the type). */
async function sameAccountIntegration(
  type: JumpCloudIntegrationType,
  connection: Record<string, string>,
  ctx: GatewayContext,
  except?: string,
): Promise<string | undefined> {
  const reads = jumpCloudWriteReads(ctx);
  const others = (await reads.integrations()).filter(
    (ref) => ref.type === type && ref.integrationId !== except,
  );
  const configs = await Promise.all(others.map((ref) => reads.configuration(type, ref.integrationId)));
  return others.find((_, i) => {
    const config = configs[i] as Record<string, unknown> | undefined;
    return config !== undefined && sameAccount(type, { ...config, ...connection }, config);
  })?.integrationId;
}

const duplicate = (type: JumpCloudIntegrationType, id: string): UserErrorModel =>
  userError(
    inputField(connectionShapes[type].key),
    `${psaNames[type]} integration ${id} already connects this ${psaNames[type]} account`,
    'ALREADY_EXISTS',
  );

/** `CreateIntegrationInput`. */
export interface CreateIntegrationInput extends MutationInput, ConnectionInputs {
  kind: IntegrationKind;
}

interface CreateTarget {
  type: JumpCloudIntegrationType;
  connection: Record<string, string>;
  /** The provider's integrations before: the new one is the one not among them. */
  before: Set<string>;
}

/** Connects a PSA: credentials are sent to JumpCloud, shown masked, and left out of the audit log. */
export const createIntegrationMutation: MutationDefinition<
  CreateIntegrationInput,
  CreateTarget,
  IntegrationModel
> = {
  name: 'createIntegration',
  async prepare(input, ctx) {
    const type = toIntegrationType(input.kind);
    if (!type)
      return {
        ok: false,
        userErrors: [
          userError(
            inputField('kind'),
            `${input.kind} is not a PSA: use CONNECTWISE, SYNCRO or AUTOTASK`,
            'NOT_A_PSA_KIND',
          ),
        ],
      };
    const read = readConnection(type, input, 'create');
    if (!read.ok) return { ok: false, userErrors: read.errors };
    const existing = await sameAccountIntegration(type, read.connection, ctx);
    if (existing) return { ok: false, userErrors: [duplicate(type, existing)] };
    const before = new Set((await ctx.datasources.jumpcloud.listIntegrations()).map((i) => i.externalId));
    return { ok: true, target: { type, connection: read.connection, before } };
  },
  plan({ type, connection }, _input, ctx) {
    const shape = connectionShapes[type];
    const account = shape.identity.map((field) => connection[field]).join(' / ');
    return {
      steps: [
        plannedCall(
          {
            api: 'jumpcloud',
            externalId: null,
            description: `Connect ${psaNames[type]} (${account}) to the JumpCloud provider`,
          },
          jumpCloudCreateIntegration(
            ctx.mutations.tenantIds.jumpcloud.providerId,
            type,
            connection,
            shape.secrets,
          ),
        ),
      ],
    };
  },
  async reread({ type, before }, ctx, written) {
    const id =
      createdId(written) ??
      (await ctx.datasources.jumpcloud.listIntegrations()).find(
        (i) => !before.has(i.externalId) && toIntegrationType(i.kind) === type,
      )?.externalId;
    return id ? ((await ctx.datasources.jumpcloud.getIntegration(id)) ?? null) : null;
  },
  auditInput: redactConnections,
};

/** `UpdateIntegrationInput`. */
export interface UpdateIntegrationInput extends MutationInput, ConnectionInputs {
  integrationId: string;
}

interface UpdateTarget {
  psa: PsaIntegration;
  connection: Record<string, string>;
}

/** Changes a PSA connection; JumpCloud checks it with the PSA again (422 when refused). */
export const updateIntegrationMutation: MutationDefinition<
  UpdateIntegrationInput,
  UpdateTarget,
  IntegrationModel
> = {
  name: 'updateIntegration',
  async prepare(input, ctx) {
    const found = await findPsaIntegration(input.integrationId, inputField('integrationId'), ctx);
    if (!found.ok) return { ok: false, userErrors: found.errors };
    const psa = found.value;
    const read = readConnection(psa.type, input, 'update');
    if (!read.ok) return { ok: false, userErrors: read.errors };
    const touchesAccount = connectionShapes[psa.type].identity.some((field) => field in read.connection);
    if (touchesAccount) {
      const current = (await jumpCloudWriteReads(ctx).configuration(psa.type, psa.uuid)) as
        Record<string, string> | undefined;
      const existing = await sameAccountIntegration(
        psa.type,
        { ...current, ...read.connection },
        ctx,
        psa.uuid,
      );
      if (existing) return { ok: false, userErrors: [duplicate(psa.type, existing)] };
    }
    return { ok: true, target: { psa, connection: read.connection } };
  },
  plan({ psa, connection }) {
    const fields = Object.keys(connection).join(', ');
    return {
      steps: [
        plannedCall(
          {
            api: 'jumpcloud',
            externalId: psa.uuid,
            description: `Change ${fields} of ${psaNames[psa.type]} integration ${psa.uuid}`,
          },
          jumpCloudUpdateIntegration(psa.type, psa.uuid, connection, connectionShapes[psa.type].secrets),
        ),
      ],
    };
  },
  reread: async ({ psa }, ctx) => (await ctx.datasources.jumpcloud.getIntegration(psa.uuid)) ?? null,
  auditInput: redactConnections,
};

/** `DeleteIntegrationInput`. */
export interface DeleteIntegrationInput extends MutationInput {
  integrationId: string;
}

/** Disconnects a PSA; JumpCloud deletes its mapping rows with it. */
export const deleteIntegrationMutation: MutationDefinition<
  DeleteIntegrationInput,
  PsaIntegration,
  IntegrationModel
> = {
  name: 'deleteIntegration',
  async prepare(input, ctx) {
    const found = await findPsaIntegration(input.integrationId, inputField('integrationId'), ctx);
    return found.ok ? { ok: true, target: found.value } : { ok: false, userErrors: found.errors };
  },
  plan: (psa) => ({
    steps: [
      plannedCall(
        {
          api: 'jumpcloud',
          externalId: psa.uuid,
          description: `Delete ${psaNames[psa.type]} integration ${psa.uuid} and its mapping rows`,
        },
        jumpCloudDeleteIntegration(psa.type, psa.uuid),
        GONE,
      ),
    ],
  }),
  reread: async (psa, ctx) => (await ctx.datasources.jumpcloud.getIntegration(psa.uuid)) ?? null,
};
