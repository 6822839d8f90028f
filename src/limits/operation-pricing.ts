import { validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { LimitSettings } from './limit-settings.js';
import { operationCost } from './query-cost.js';

/** Variable sets remembered per document: a frontend's page asks with a handful (its cursors, filters). */
const MAX_VARIABLE_SETS = 64;
/**
 * Longer variables are priced every time and not kept: a repeated page has short ones (a cursor, a
 * filter), while a long list (`ids`, an invite's emails) is rarely sent twice, and keeping such keys
 * would let a caller fill memory with 64 bodies per document.
 */
const MAX_KEPT_KEY_LENGTH = 2_048;

interface Priced {
  /** The shape rules' messages, joined; null when the shape is within the limits. */
  shapeErrors: string | null;
  /** Cost per operation name and variables; null: the variables do not fit (execution refuses them). */
  costs: Map<string, number | null>;
}

/**
 * The shape check and the static cost of operations already seen. Apollo hands every request for
 * the same query text the same parsed document (its document store), and one document with the
 * same variables always has the same shape and cost, so a repeated operation (a frontend's page, a
 * persisted query) is priced once instead of walked on every request: on a warm directory page
 * served from the response cache, pricing was 5.5% of the gateway's time. Held weakly by document.
 */
export class OperationPricing {
  private readonly byDocument = new WeakMap<DocumentNode, Priced>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly settings: LimitSettings,
    private readonly rules: ValidationRule[],
  ) {}

  shapeErrors(document: DocumentNode): string | null {
    return this.priced(document).shapeErrors;
  }

  /** The operation's cost; null when its variables do not fit it (nothing is priced then). */
  cost(
    document: DocumentNode,
    operationName?: string | null,
    variables?: Record<string, unknown>,
  ): number | null {
    const { costs } = this.priced(document);
    const key = `${operationName ?? ''}\n${JSON.stringify(variables ?? {})}`;
    if (costs.has(key)) return costs.get(key)!;
    let cost: number | null;
    try {
      cost = operationCost({
        schema: this.schema,
        document,
        operationName,
        variables,
        settings: this.settings,
      });
    } catch {
      cost = null;
    }
    if (key.length > MAX_KEPT_KEY_LENGTH) return cost;
    if (costs.size >= MAX_VARIABLE_SETS) costs.delete(costs.keys().next().value!);
    costs.set(key, cost);
    return cost;
  }

  private priced(document: DocumentNode): Priced {
    let priced = this.byDocument.get(document);
    if (!priced) {
      const errors = validate(this.schema, document, this.rules);
      priced = {
        shapeErrors: errors.length ? errors.map((e) => e.message).join(' ') : null,
        costs: new Map(),
      };
      this.byDocument.set(document, priced);
    }
    return priced;
  }
}
