// The ratios chart: an HTML page with an inline SVG, screenshotted in the same Chromium.

const COLORS = { naive: '#b42318', markRegExp: '#dc6803', splitWrap: '#1570ef', floor: '#079455', inPageSync: '#7a5af8' };

/**
 * @param {{ page: string, approach: string, ratio: number | null, lowerBound?: boolean }[]} rows
 *   ratio = approach CPU time / extension CPU time (>1: the extension is faster)
 */
export function ratiosChartHtml(rows, { title, subtitle }) {
  const pages = [...new Set(rows.map((r) => r.page))];
  const approaches = [...new Set(rows.map((r) => r.approach))];
  const barH = 16;
  const groupH = approaches.length * (barH + 4) + 24;
  const left = 170;
  const width = 900;
  const plotW = width - left - 90;
  const values = rows.filter((r) => r.ratio > 0).map((r) => Math.log10(r.ratio));
  const min = Math.min(-1, Math.floor(Math.min(...values, 0)));
  const max = Math.max(1, Math.ceil(Math.max(...values, 0)));
  const x = (v) => left + ((v - min) / (max - min)) * plotW;
  const height = 90 + pages.length * groupH + 40;
  const parts = [];
  for (let d = min; d <= max; d++) {
    parts.push(`<line x1="${x(d)}" x2="${x(d)}" y1="70" y2="${height - 40}" stroke="${d === 0 ? '#111' : '#ddd'}" stroke-width="${d === 0 ? 2 : 1}"/>`);
    parts.push(`<text x="${x(d)}" y="${height - 22}" text-anchor="middle" font-size="12">${10 ** d >= 1 ? `${10 ** d}×` : `1/${10 ** -d}`}</text>`);
  }
  pages.forEach((page, gi) => {
    const y0 = 80 + gi * groupH;
    parts.push(`<text x="10" y="${y0 + 12}" font-size="14" font-weight="700">${page}</text>`);
    approaches.forEach((approach, ai) => {
      const row = rows.find((r) => r.page === page && r.approach === approach);
      const y = y0 + 18 + ai * (barH + 4);
      parts.push(`<text x="${left - 8}" y="${y + 12}" font-size="12" text-anchor="end">${approach}</text>`);
      if (!row || !(row.ratio > 0)) {
        parts.push(`<text x="${x(0) + 6}" y="${y + 12}" font-size="12" fill="#888">n/a</text>`);
        return;
      }
      const v = Math.log10(row.ratio);
      const [a, b] = v >= 0 ? [x(0), x(v)] : [x(v), x(0)];
      parts.push(`<rect x="${a}" y="${y}" width="${Math.max(1, b - a)}" height="${barH}" fill="${COLORS[approach] ?? '#667085'}"/>`);
      const label = `${row.lowerBound ? '> ' : ''}${row.ratio >= 10 ? row.ratio.toFixed(0) : row.ratio.toFixed(2)}×`;
      parts.push(`<text x="${v >= 0 ? b + 4 : a - 4}" y="${y + 12}" font-size="12" text-anchor="${v >= 0 ? 'start' : 'end'}">${label}</text>`);
    });
  });
  return `<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0;font-family:system-ui,'DejaVu Sans',sans-serif;background:#fff}</style></head>
<body><svg id="chart" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="system-ui, 'DejaVu Sans', sans-serif">
<rect width="100%" height="100%" fill="#fff"/>
<text x="10" y="28" font-size="18" font-weight="700">${title}</text>
<text x="10" y="50" font-size="12" fill="#475467">${subtitle}</text>
${parts.join('\n')}
</svg></body></html>`;
}
