import type { GatewayContext } from '../../mutations/context.js';
import {
  runMutation,
  type MutationDefinition,
  type MutationInput,
  type MutationOutcome,
} from '../../mutations/pipeline.js';

/** What every payload carries besides the changed object: `results`, `plannedCalls`, `userErrors`. */
export type PayloadOf<F> = F & Omit<MutationOutcome<unknown>, 'subject'>;

/**
 * The one Mutation resolver: runs `definition` through the pipeline and answers its payload, with
 * the changed object under the fields `fields` names (`user`, `integration`, a deleted ID, ...).
 */
export function mutationResolver<I extends MutationInput, T, S, F extends object>(
  definition: MutationDefinition<I, T, S>,
  fields: (subject: S | null, outcome: MutationOutcome<S>, input: I) => F,
) {
  return async (_root: unknown, { input }: { input: I }, ctx: GatewayContext): Promise<PayloadOf<F>> => {
    const outcome = await runMutation(definition, input, ctx);
    const { subject, ...rest } = outcome;
    return { ...fields(subject, outcome, input), ...rest };
  };
}

/** The changed object under one field, e.g. `subjectAs('user')` → `{ user }`. */
export const subjectAs =
  <K extends string>(key: K) =>
  <S>(subject: S | null) =>
    ({ [key]: subject }) as { [P in K]: S | null };
