import { writeFile } from 'node:fs/promises';
import type { GatewayTarget } from '../graphql-request.js';
import { barChart, renderSvg, statusChart } from './charts.js';
import { collectReportData, type ReportData } from './collect.js';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The spend charts show the largest buckets; the rest are summed into one bar. */
const maxBars = 15;

function topBuckets(buckets: { key: string; monthlyCost: { amount: number } }[]) {
  const sorted = [...buckets].sort((a, b) => b.monthlyCost.amount - a.monthlyCost.amount);
  const values = sorted.slice(0, maxBars).map((b) => ({ label: b.key, value: b.monthlyCost.amount }));
  const rest = sorted.slice(maxBars);
  if (rest.length > 0)
    values.push({
      label: `${rest.length} others`,
      value: rest.reduce((s, b) => s + b.monthlyCost.amount, 0),
    });
  return values;
}

/** One self-contained HTML page: inline SVG charts and CSS, no script, nothing loaded from anywhere. */
export async function renderReport(data: ReportData): Promise<string> {
  const money = (n: number) =>
    new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: data.currency,
      maximumFractionDigits: 0,
    }).format(n);
  const title = `Monthly spend (${data.currency})`;
  const [vendorSvg, appSvg, deptSvg, wasteSvg, statusSvg] = await Promise.all([
    renderSvg(barChart({ values: topBuckets(data.spend.SOFTWARE_VENDOR.buckets), valueTitle: title })),
    renderSvg(barChart({ values: topBuckets(data.spend.APPLICATION.buckets), valueTitle: title })),
    renderSvg(barChart({ values: topBuckets(data.spend.DEPARTMENT.buckets), valueTitle: title })),
    renderSvg(
      barChart({
        values: data.waste.map((w) => ({ label: `${w.reason} (${w.licenses})`, value: w.monthlyCost })),
        valueTitle: `Monthly cost of wasted licenses (${data.currency})`,
        color: '#e45756',
      }),
    ),
    renderSvg(statusChart(data.accountStatus)),
  ]);
  const gapRows = data.gaps
    .slice(0, 25)
    .map(
      (g) =>
        `<tr><td>${escapeHtml(g.email)}</td><td>${escapeHtml(g.department ?? '')}</td><td>${g.offIn.join(', ')}</td><td>${g.activeIn.join(', ')}</td><td class="num">${money(g.monthlyCost)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>AdminGraph report</title>
<style>
  body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; margin: 2rem auto; max-width: 1180px; color: #222; }
  h1 { margin-bottom: 0.2rem; } .meta { color: #666; margin-top: 0; }
  .kpis { display: flex; gap: 1rem; margin: 1.5rem 0; } .kpi { background: #f4f6f8; border-radius: 8px; padding: 0.8rem 1.2rem; }
  .kpi b { display: block; font-size: 1.5rem; } .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
  section { break-inside: avoid; } h2 { font-size: 1.1rem; border-bottom: 1px solid #ddd; padding-bottom: 0.3rem; }
  table { border-collapse: collapse; width: 100%; font-size: 0.9rem; } th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid #eee; }
  td.num { text-align: right; } svg { max-width: 100%; height: auto; }
</style>
</head>
<body>
<h1>AdminGraph report</h1>
<p class="meta">Generated ${escapeHtml(data.generatedAt)} from the GraphQL API · ${data.people} people</p>
<div class="kpis">
  <div class="kpi">Monthly SaaS spend<b>${money(data.spend.SOFTWARE_VENDOR.total)}</b></div>
  <div class="kpi">Wasted licenses<b>${data.wasteTotal.licenses}</b></div>
  <div class="kpi">Their monthly cost<b>${money(data.wasteTotal.monthlyCost)}</b></div>
  <div class="kpi">Offboarding gaps<b>${data.gaps.length}</b></div>
</div>
<div class="grid">
<section><h2>Spend by software vendor</h2>${vendorSvg}</section>
<section><h2>Spend by application</h2>${appSvg}</section>
<section><h2>Spend by department</h2>${deptSvg}</section>
<section><h2>License waste by reason</h2>${wasteSvg}</section>
<section><h2>Account status across vendors</h2>${statusSvg}</section>
</div>
<section>
<h2>Top offboarding gaps: suspended or deprovisioned in one vendor, access left in another</h2>
<table>
<thead><tr><th>Person</th><th>Department</th><th>Off in</th><th>Access left in</th><th>Monthly cost</th></tr></thead>
<tbody>
${gapRows || '<tr><td colspan="5">None</td></tr>'}
</tbody>
</table>
</section>
</body>
</html>
`;
}

export async function writeReport(options: { target: GatewayTarget; out: string }): Promise<ReportData> {
  const data = await collectReportData(options.target);
  await writeFile(options.out, await renderReport(data));
  return data;
}
