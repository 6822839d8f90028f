import type { VendorActionResultResolvers } from '../__generated__/graphql.js';
import { roleAllows } from '../common/principal.js';

/**
 * A FAILED action's message is the vendor's error text, which can name vendor URLs and objects:
 * admins read it as it is, operators (who may suspend) get the vendor, code and status only.
 */
export const VendorActionResult: VendorActionResultResolvers = {
  message: (result, _args, ctx) =>
    result.status !== 'FAILED' || roleAllows(ctx.principal.role, 'admin')
      ? result.message
      : `${result.vendor} failed (${result.code ?? 'error'}${result.httpStatus ? `, HTTP ${result.httpStatus}` : ''}); details are shown to admins`,
};
