/**
 * Expected business failures of a mutation, answered as data (`userErrors`), never thrown: the
 * input is wrong and nothing was sent to any vendor. Matches `UserError` in schema/base.graphql.
 */
export interface UserErrorModel {
  /** Path to the input field at fault, e.g. `['input', 'email']`. */
  field: string[] | null;
  message: string;
  code: string;
}

export const userError = (field: string[] | null, message: string, code: string): UserErrorModel => ({
  field,
  message,
  code,
});
