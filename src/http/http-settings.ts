/** The HTTP surface's settings (README: Security model). */
export interface HttpSettings {
  /** Origins browsers may call the API from (`ADMINGRAPH_CORS_ORIGINS`, comma-separated); none by default. */
  corsOrigins: string[];
  /** Whether the schema can be introspected (`ADMINGRAPH_INTROSPECTION=off` turns it off). */
  introspection: boolean;
  /** Largest request body accepted (`ADMINGRAPH_MAX_BODY_BYTES`, default 1 MiB); larger ones get 413. */
  maxBodyBytes: number;
}

export const defaultHttpSettings: HttpSettings = {
  corsOrigins: [],
  introspection: true,
  maxBodyBytes: 1024 * 1024,
};

export function httpSettingsFromEnv(env: NodeJS.ProcessEnv): HttpSettings {
  const corsOrigins = (env.ADMINGRAPH_CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
    .map((origin) => {
      const url = URL.canParse(origin) ? new URL(origin) : undefined;
      if (!url || url.origin !== origin.replace(/\/$/, ''))
        throw new Error(
          `ADMINGRAPH_CORS_ORIGINS: "${origin}" is not an origin like https://admin.example.com`,
        );
      return url.origin;
    });
  const introspection = env.ADMINGRAPH_INTROSPECTION ?? 'on';
  if (!['on', 'off'].includes(introspection))
    throw new Error(`ADMINGRAPH_INTROSPECTION must be on or off, got "${introspection}"`);
  const maxBodyRaw = env.ADMINGRAPH_MAX_BODY_BYTES;
  const maxBodyBytes = maxBodyRaw ? Number(maxBodyRaw) : defaultHttpSettings.maxBodyBytes;
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1024)
    throw new Error(`ADMINGRAPH_MAX_BODY_BYTES must be an integer of at least 1024, got "${maxBodyRaw}"`);
  return { corsOrigins, introspection: introspection === 'on', maxBodyBytes };
}
