import { ExponentialBackoff, handleWhen, retry } from 'cockatiel';

export interface GraphqlResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface GatewayTarget {
  /** The GraphQL endpoint (default `ADMINGRAPH_URL` or http://127.0.0.1:4000/). */
  url: string;
  /** An API key, sent as `Authorization: Bearer <key>` (default `ADMINGRAPH_KEY`, or `ADMINGRAPH_API_KEY`). */
  key?: string;
}

class RetryableFailure extends Error {}

/** Network failures, 5xx and retryable vendor errors are tried again; anything else fails at once. */
const policy = retry(
  handleWhen((e) => e instanceof RetryableFailure),
  { maxAttempts: 4, backoff: new ExponentialBackoff({ initialDelay: 500, maxDelay: 8_000 }) },
);

/** POSTs one operation to the gateway (the CLI's only way in: it sees what any client sees). */
export async function postGraphql(
  target: GatewayTarget,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphqlResponse> {
  return policy.execute(async () => {
    let res: Response;
    try {
      res = await fetch(target.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(target.key ? { authorization: `Bearer ${target.key}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
    } catch (error) {
      throw new RetryableFailure(`Cannot reach ${target.url}: ${(error as Error).message}`);
    }
    const text = await res.text();
    if (res.status >= 500)
      throw new RetryableFailure(`HTTP ${res.status} from ${target.url}: ${text.slice(0, 200)}`);
    let body: GraphqlResponse;
    try {
      body = JSON.parse(text) as GraphqlResponse;
    } catch {
      throw new Error(`HTTP ${res.status} from ${target.url} is not JSON: ${text.slice(0, 200)}`);
    }
    if (!body.data && body.errors?.some((e) => e.extensions?.retryable === true))
      throw new RetryableFailure(body.errors.map((e) => e.message).join('; '));
    return body;
  });
}

export function defaultTarget(env: NodeJS.ProcessEnv = process.env): GatewayTarget {
  return {
    url: env.ADMINGRAPH_URL ?? 'http://127.0.0.1:4000/',
    key: env.ADMINGRAPH_KEY || env.ADMINGRAPH_API_KEY || undefined,
  };
}
