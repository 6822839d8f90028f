import {
  betterCloudUpdateUser,
  type BetterCloudUserUpdateRequest,
  snowUpdateUser,
  type SnowUserRequest,
} from '../../datasources/writes.js';
import type { BetterCloudAccountModel, SnowAccountModel, UserModel } from '../../datasources/model/index.js';
import type { GatewayContext } from '../context.js';
import type { MutationDefinition, Prepared } from '../pipeline.js';
import { alreadyDone, plannedCall, unsupported, type PlanStep } from '../plan.js';
import { userError, type UserErrorModel } from '../user-errors.js';
import { ACCOUNT_DEPROVISIONED } from '../user-lifecycle/vendor-steps.js';
import { accountsIn, resolvePerson, type PersonInput } from './person.js';

/** `UpdateUserInput`. */
export interface UpdateUserInput extends PersonInput {
  firstName?: string | null;
  lastName?: string | null;
  department?: string | null;
  title?: string | null;
  location?: string | null;
  isInReview?: boolean | null;
  isOnline?: boolean | null;
  isQualified?: boolean | null;
}

/** Input field → BetterCloud attribute and the account model field holding its current value. */
const betterCloudFields = {
  firstName: ['first_name', 'firstName'],
  lastName: ['last_name', 'lastName'],
  department: ['department', 'department'],
  title: ['title', 'title'],
  location: ['location', 'location'],
} as const satisfies Record<string, [keyof BetterCloudUserUpdateRequest, keyof BetterCloudAccountModel]>;

const snowFlags = [
  'isInReview',
  'isOnline',
  'isQualified',
] as const satisfies readonly (keyof SnowUserRequest & keyof SnowAccountModel)[];

type BetterCloudField = keyof typeof betterCloudFields;

interface UserUpdate {
  email: string;
  betterCloud: { accounts: BetterCloudAccountModel[]; values: Partial<Record<BetterCloudField, string>> };
  snow: { accounts: SnowAccountModel[]; values: SnowUserRequest };
}

/**
 * Validation before any write: the person, at least one field, non-empty texts, and an account in
 * the vendor each given field belongs to (BetterCloud attributes, Snow flags).
 */
async function prepareUpdate(input: UpdateUserInput, ctx: GatewayContext): Promise<Prepared<UserUpdate>> {
  const errors: UserErrorModel[] = [];
  const values: Partial<Record<BetterCloudField, string>> = {};
  for (const key of Object.keys(betterCloudFields) as BetterCloudField[]) {
    const value = input[key];
    if (value == null) continue;
    if (value.trim() === '')
      errors.push(userError(['input', key], `${key} cannot be empty`, 'INVALID_INPUT'));
    else values[key] = value.trim();
  }
  const flags: SnowUserRequest = {};
  for (const key of snowFlags) if (input[key] != null) flags[key] = input[key]!;
  const givenBetterCloud = (Object.keys(betterCloudFields) as BetterCloudField[]).filter(
    (k) => input[k] != null,
  );
  const givenSnow = snowFlags.filter((k) => input[k] != null);
  if (givenBetterCloud.length === 0 && givenSnow.length === 0)
    errors.push(
      userError(
        ['input'],
        `Give at least one field to change: ${[...Object.keys(betterCloudFields), ...snowFlags].join(', ')}`,
        'INVALID_INPUT',
      ),
    );

  const person = await resolvePerson(input, ctx);
  if (!person.ok) return { ok: false, userErrors: [...person.userErrors, ...errors] };
  const noAccount = (vendor: string, fields: readonly string[]) =>
    fields.map((f) =>
      userError(
        ['input', f],
        `${person.target.email} has no ${vendor} account, which is where ${f} lives`,
        'NO_ACCOUNT_IN_VENDOR',
      ),
    );
  const betterCloud =
    givenBetterCloud.length > 0 ? await accountsIn(person.target, 'BETTERCLOUD', ctx) : { accounts: [] };
  const snow = givenSnow.length > 0 ? await accountsIn(person.target, 'SNOW', ctx) : { accounts: [] };
  if ('error' in betterCloud) errors.push(...noAccount('BETTERCLOUD', givenBetterCloud));
  if ('error' in snow) errors.push(...noAccount('SNOW', givenSnow));
  if (errors.length > 0 || 'error' in betterCloud || 'error' in snow)
    return { ok: false, userErrors: errors };
  return {
    ok: true,
    target: {
      email: person.target.email,
      betterCloud: { accounts: betterCloud.accounts, values },
      snow: { accounts: snow.accounts, values: flags },
    },
  };
}

function betterCloudStep(
  account: BetterCloudAccountModel,
  values: UserUpdate['betterCloud']['values'],
): PlanStep {
  const id = account.externalId;
  const changes: BetterCloudUserUpdateRequest = {};
  for (const [key, value] of Object.entries(values) as [BetterCloudField, string][]) {
    const [attribute, current] = betterCloudFields[key];
    if (account[current] !== value) changes[attribute] = value;
  }
  const on = {
    api: 'bettercloud' as const,
    externalId: id,
    description: `Update BetterCloud user ${id} (${Object.keys(changes).join(', ')})`,
  };
  if (Object.keys(changes).length === 0)
    return alreadyDone(on, `BetterCloud user ${id} already has the values given`);
  if (account.status === 'DEPROVISIONED')
    return unsupported(
      on,
      ACCOUNT_DEPROVISIONED,
      `BetterCloud user ${id} is deprovisioned and can no longer be updated`,
    );
  return plannedCall(on, betterCloudUpdateUser(id, changes));
}

function snowStep(account: SnowAccountModel, flags: SnowUserRequest): PlanStep {
  const id = account.externalId;
  const changes: SnowUserRequest = {};
  for (const key of snowFlags)
    if (flags[key] !== undefined && account[key] !== flags[key]) changes[key] = flags[key];
  const on = {
    api: 'snow' as const,
    externalId: id,
    description: `Update Snow user ${id} (${Object.keys(changes).join(', ')})`,
  };
  if (Object.keys(changes).length === 0)
    return alreadyDone(on, `Snow user ${id} already has the flags given`);
  return plannedCall(on, snowUpdateUser(id, changes));
}

/** BetterCloud `updateUser` (attributes) and Snow `updateUser` (flags), on each account the fields belong to. */
export const updateUserMutation: MutationDefinition<UpdateUserInput, UserUpdate, UserModel> = {
  name: 'updateUser',
  prepare: prepareUpdate,
  plan: ({ betterCloud, snow }) => ({
    steps: [
      ...betterCloud.accounts.map((a) => betterCloudStep(a, betterCloud.values)),
      ...snow.accounts.map((a) => snowStep(a, snow.values)),
    ],
  }),
  touchedEmails: (target) => [target.email],
  reread: async (target, ctx) => (await (await ctx.people()).person(target.email)) ?? null,
};
