import type { InvoiceResolvers } from '../__generated__/graphql.js';
import { signedDownload } from './downloads.js';
import { money } from './money.js';

/** Amounts in the invoice's own currency. */
export const Invoice: InvoiceResolvers = {
  amountBilled: (invoice) => money(invoice.amountBilled, invoice.currency),
  amountPaid: (invoice) => money(invoice.amountPaid, invoice.currency),
  amountRemaining: (invoice) => money(invoice.amountRemaining, invoice.currency),
  document: (invoice, _args, ctx) => signedDownload(ctx, { kind: 'jumpcloud-invoice', id: invoice.id }),
};
