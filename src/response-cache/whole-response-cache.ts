import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { VendorName } from '../../common/vendor.js';
import type { GatewayContext } from '../../mutations/context.js';
import { ResponseGenerations } from './generations.js';

const VENDORS: readonly VendorName[] = ['BETTERCLOUD', 'ATLASSIAN', 'SNOW', 'JUMPCLOUD'];

const hasErrors = (body: GraphQLResponse['body'] | undefined) =>
  body?.kind === 'single' && (body.singleResult.errors?.length ?? 0) > 0;

/** What the cache learned about one request before executing it. */
interface RequestKeyState {
  /** The vendors' generation tokens could not be read: this request neither reads nor writes the cache. */
  storeUnavailable: boolean;
}

/**
 * The whole-response tier: Apollo's response-cache plugin over the shared store, driven by the
 * `@cacheControl` hints of schema/cache-control.graphql. Only queries are cached (the plugin skips
 * mutations, and `shouldReadFromCache` says so again). An answer's key holds:
 * - the tenant (one per set of vendor credentials) and the caller's role, so PUBLIC answers are shared
 *   only by callers who may see the same thing;
 * - the `sessionId` (tenant and principal id), used by the plugin for PRIVATE answers alone;
 * - every vendor's generation token: a write bumps its vendors' tokens (`afterWrite`), so cached
 *   answers die on every replica at the next request. All four tokens are in every key because an
 *   answer's vendors are not known before it runs (a `users` page reads the cross-vendor index).
 * Answers with errors, or with a vendor's partial failure, are never stored.
 */
export class WholeResponseCache {
  private readonly generations: ResponseGenerations;
  private readonly requests = new WeakMap<GatewayContext, RequestKeyState>();

  constructor(
    private readonly store: KeyValueCache<string>,
    private readonly tenant: string,
  ) {
    this.generations = new ResponseGenerations(store);
  }

  plugin(): ApolloServerPlugin<GatewayContext> {
    return ApolloServerPluginResponseCache<GatewayContext>({
      cache: this.store,
      sessionId: async ({ contextValue }) => `${this.tenant}\n${contextValue.principal.id}`,
      extraCacheKeyData: async ({ contextValue }) => {
        const state: RequestKeyState = { storeUnavailable: false };
        this.requests.set(contextValue, state);
        let generations: string[] = [];
        try {
          generations = await this.generations.current(this.tenant, VENDORS);
        } catch {
          state.storeUnavailable = true;
        }
        return { tenant: this.tenant, role: contextValue.principal.role, generations };
      },
      shouldReadFromCache: async ({ contextValue, operation }) =>
        operation?.operation === 'query' && this.requests.get(contextValue)?.storeUnavailable === false,
      shouldWriteToCache: async ({ contextValue, response }) =>
        this.requests.get(contextValue)?.storeUnavailable === false &&
        contextValue.partialFailures.length === 0 &&
        !hasErrors(response.body),
    });
  }

  /** After a write to these vendors: no replica serves an answer cached before it. */
  async afterWrite(vendors: readonly VendorName[]): Promise<void> {
    await this.generations.bump(this.tenant, vendors);
  }

  /** Every vendor changed behind the gateway's back: drop every cached answer of this tenant. */
  async forgetAll(): Promise<void> {
    await this.generations.bump(this.tenant, VENDORS);
  }
}
