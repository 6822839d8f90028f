import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { QueryTooComplexError, RateLimitedError } from '../../common/errors.js';
import type { GatewayContext } from '../../mutations/context.js';
import type { BudgetStatus, CostBudget } from './cost-budget.js';
import type { LimitSettings } from './limit-settings.js';
import { OperationPricing } from './operation-pricing.js';
import { shapeRules } from './shape-rules.js';

/** What `extensions.cost` of every response says (Shopify's names). */
export interface CostExtension {
  /** The operation's static cost; absent when it could not be priced (a parse or validation error). */
  requestedQueryCost?: number;
  maximumQueryCost: number;
  throttleStatus: BudgetStatus;
}

const refused = (status: number, headers: [string, string][] = []) => ({
  http: { status, headers: new HeaderMap(headers) },
});

/** One operation as the checks see it. */
export interface CheckedOperation {
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown>;
  callerId: string;
}

/**
 * Checks one operation against the limits, in order: its shape (depth, aliases, root fields,
 * directives), its static cost against the per-operation maximum, then the caller's budget. Throws
 * the refusal (`QUERY_TOO_COMPLEX`, `RATE_LIMITED`); answers the cost and the budget left.
 * `cost` is set as soon as it is known, so a refused operation still reports it.
 */
export async function checkLimits(
  pricing: OperationPricing,
  settings: LimitSettings,
  budget: CostBudget,
  operation: CheckedOperation,
  report: (cost: number, status?: BudgetStatus) => void = () => {},
): Promise<void> {
  const shapeErrors = pricing.shapeErrors(operation.document);
  if (shapeErrors !== null) throw new QueryTooComplexError(shapeErrors, refused(400));
  const cost = pricing.cost(operation.document, operation.operationName, operation.variables);
  // Variables that do not fit the operation: execution refuses them before any resolver runs, with
  // graphql-js's message (which formatError strips of the values it echoes), so nothing is priced.
  if (cost === null) return;
  report(cost);
  if (cost > settings.maxCost)
    throw new QueryTooComplexError(
      `The operation costs ${cost}, more than the ${settings.maxCost} one operation may cost: ask for fewer items (\`first\`, \`ids\`) or fewer nested lists`,
      { cost, maximumCost: settings.maxCost, ...refused(400) },
    );
  const outcome = await budget.spend(operation.callerId, cost);
  const { maximumAvailable, currentlyAvailable, restoreRate } = outcome;
  report(cost, { maximumAvailable, currentlyAvailable, restoreRate });
  if (!outcome.allowed) {
    const { retryAfterSeconds } = outcome;
    throw new RateLimitedError(
      `The operation costs ${cost} and ${currentlyAvailable} of this caller's budget is left: retry after ${retryAfterSeconds} s`,
      retryAfterSeconds,
      { cost, ...refused(429, [['retry-after', String(retryAfterSeconds)]]) },
    );
  }
}

/**
 * The limits as an Apollo plugin: checked once the operation is known and before anything runs
 * (a refused operation answers one error and makes no vendor call), the caller keyed by
 * `principal.id`; every response then carries `extensions.cost`.
 */
export function limitsPlugin(
  schema: GraphQLSchema,
  settings: LimitSettings,
  budget: CostBudget,
): ApolloServerPlugin<GatewayContext> {
  const pricing = new OperationPricing(schema, settings, shapeRules(settings));
  return {
    async requestDidStart() {
      let requestedQueryCost: number | undefined;
      let throttleStatus: BudgetStatus | undefined;
      return {
        async didResolveOperation({ document, operationName, request, contextValue }) {
          await checkLimits(
            pricing,
            settings,
            budget,
            { document, operationName, variables: request.variables, callerId: contextValue.principal.id },
            (cost, status) => {
              requestedQueryCost = cost;
              throttleStatus = status;
            },
          );
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const cost: CostExtension = {
            ...(requestedQueryCost !== undefined ? { requestedQueryCost } : {}),
            maximumQueryCost: settings.maxCost,
            throttleStatus: throttleStatus ?? (await budget.status(contextValue.principal.id)),
          };
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}
