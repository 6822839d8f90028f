import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** A Vega-Lite spec rendered to an SVG string in Node (headless view, no canvas, no browser). */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

const font = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';
const config = {
  font,
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 12, labelLimit: 220 },
  legend: { labelFontSize: 11, titleFontSize: 12 },
};

/** Horizontal bars in the order given (callers sort; an "others" bar stays last). */
export function barChart(options: {
  values: { label: string; value: number }[];
  valueTitle: string;
  color?: string;
  width?: number;
}): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    width: options.width ?? 520,
    height: { step: 20 },
    config,
    data: { values: options.values.map((v, order) => ({ ...v, order })) },
    mark: { type: 'bar', color: options.color ?? '#4c78a8' },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: { field: 'order', order: 'ascending' }, title: null },
      x: { field: 'value', type: 'quantitative', title: options.valueTitle, axis: { format: ',.0f' } },
      tooltip: [{ field: 'label' }, { field: 'value', format: ',.2f' }],
    },
  };
}

/** Accounts per vendor, stacked by status. */
export function statusChart(values: { vendor: string; status: string; accounts: number }[]): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    width: 520,
    height: { step: 28 },
    config,
    data: { values },
    mark: 'bar',
    encoding: {
      y: { field: 'vendor', type: 'nominal', title: null },
      x: { field: 'accounts', type: 'quantitative', stack: 'zero', title: 'Accounts' },
      color: {
        field: 'status',
        type: 'nominal',
        title: 'Status',
        scale: { domain: ['ACTIVE', 'SUSPENDED', 'DEPROVISIONED'], range: ['#54a24b', '#f58518', '#e45756'] },
      },
    },
  };
}
