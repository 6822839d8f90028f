import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

/**
 * graphql-js echoes input values in its coercion and validation messages (`Variable "$input" got
 * invalid value { privateKey: "…", typo: 1 }; Field "typo" is not defined…`): beside a mistake the
 * echo can carry a secret. Apollo's `formatError` runs on every error it sends, so the values are
 * cut out there, keeping what a client needs to fix the request (variable, path, the rule broken).
 */
const VARIABLE_PREFIX = /^Variable "\$([^"]+)" got invalid value /;
const AT_PATH = / at "([^"]+)"$/;

/** Inner messages ("String cannot represent a non string value: 123", "found 123.") without the value. */
function withoutValue(message: string): string {
  return message
    .replace(/(cannot represent [^:]*value): [\s\S]*$/, '$1 (value not shown)')
    .replace(/(Expected value of type "[^"]+"), found [\s\S]*$/, '$1 (value not shown)');
}

export function maskInputEcho(message: string, innerMessage?: string): string {
  const variable = VARIABLE_PREFIX.exec(message);
  if (!variable) return withoutValue(message);
  const inner = innerMessage && message.endsWith(`; ${innerMessage}`) ? innerMessage : undefined;
  const prefix = inner ? message.slice(0, message.length - inner.length - 2) : message;
  const at = AT_PATH.exec(prefix)?.[1];
  return `Variable "$${variable[1]}" got an invalid value${at ? ` at "${at}"` : ''}${inner ? `; ${withoutValue(inner)}` : ''}`;
}

/** Apollo's `formatError`: the message with input values cut out. */
export function formatErrorWithoutInputEcho(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error) as { originalError?: Error } | undefined;
  const masked = maskInputEcho(formatted.message, original?.originalError?.message);
  return masked === formatted.message ? formatted : { ...formatted, message: masked };
}
