import { notFound } from '../../core/http-types.js';
import type { Router } from '../../core/router.js';
import { listQuery } from '../list-query.js';
import type { JumpCloudStore } from '../store.js';
import { pdfDocument } from '../pdf.js';

const invoiceFields = [
  'id',
  'amountBilled',
  'amountPaid',
  'amountRemaining',
  'currency',
  'dueDate',
  'status',
];
const caseFields = [
  'caseNumber',
  'caseSubmissionProductType',
  'date',
  'description',
  'label',
  'organization',
  'os',
  'reporter',
  'reporterEmail',
  'status',
  'subject',
];

/** Invoices, support cases and the billing contract (https://docs.jumpcloud.com/api/2.0/index.html#tag/Managed-Service-Provider). */
export function addBillingRoutes(router: Router, store: JumpCloudStore): void {
  router.get('/api/v2/providers/{provider_id}/invoices', 'providersRetrieveInvoices', (req) => {
    store.requireProvider(req);
    const page = listQuery(req, store.data.invoices, { fields: invoiceFields, projection: false });
    return { body: { records: page.items, totalCount: page.totalCount } };
  });

  // JumpCloud answers the invoice itself, as a PDF download.
  router.get('/api/v2/providers/{provider_id}/invoices/{ID}', 'providersRetrieveInvoice', (req) => {
    store.requireProvider(req);
    const invoice = store.data.invoices.find((i) => i.id === req.params.ID);
    if (!invoice) throw notFound(`Invoice ${req.params.ID} not found`);
    const lines = [
      `JumpCloud invoice ${invoice.id}`,
      `Provider ${store.data.provider.id}`,
      `Due ${invoice.dueDate}`,
      `Billed ${invoice.amountBilled} ${invoice.currency}`,
      `Paid ${invoice.amountPaid} ${invoice.currency}`,
      `Remaining ${invoice.amountRemaining} ${invoice.currency}`,
      `Status ${invoice.status}`,
    ];
    return pdfReply(lines, `invoice-${invoice.id}.pdf`);
  });

  router.get('/api/v2/providers/{provider_id}/cases', 'providerListCase', (req) => {
    store.requireProvider(req);
    const page = listQuery(req, store.data.cases, { fields: caseFields, projection: false });
    return { body: { results: page.items, totalCount: page.totalCount } };
  });

  router.get('/api/v2/providers/{provider_id}/billing/contract', 'providerBillingGetContract', (req) => {
    store.requireProvider(req);
    const { billingDetails, contractStartDate, provider } = store.data;
    const lines = [
      `JumpCloud MSP contract for provider ${provider.id}`,
      `Contract type ${billingDetails.contractType}, starting ${contractStartDate}`,
      ...billingDetails.products.map(
        (p) => `${p.name}: ${p.purchasedLicenses} purchased, ${p.includedLicenses} included`,
      ),
    ];
    return pdfReply(lines, `contract-${provider.id}.pdf`);
  });

  router.get('/api/v2/providers/{provider_id}/billing/details', 'providerBillingGetDetails', (req) => {
    store.requireProvider(req);
    return { body: store.data.billingDetails };
  });
}

function pdfReply(lines: string[], fileName: string) {
  return {
    body: Buffer.from(pdfDocument(lines), 'latin1'),
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${fileName}"`,
    },
  };
}
