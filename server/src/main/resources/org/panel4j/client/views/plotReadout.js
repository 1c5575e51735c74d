// The hover readout of a Figure: a small box next to the cursor with x and each glyph's y there.
import { el } from './dom.js';

const number = new Intl.NumberFormat(undefined, { maximumSignificantDigits: 6 });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** A uPlot plugin drawing the readout; x values are epoch milliseconds when {@code datetime}. */
export function readout(datetime, glyphs) {
  let box = null;
  const format = (v) => (v == null || Number.isNaN(v) ? '–' : number.format(v));
  return {
    hooks: {
      init: (u) => {
        box = el('div', 'p4j-readout');
        box.hidden = true;
        box.setAttribute('role', 'status');
        u.over.append(box);
        u.over.addEventListener('mouseleave', () => { box.hidden = true; });
      },
      setCursor: (u) => {
        const { left, top, idx } = u.cursor;
        if (idx == null || left < 0) { box.hidden = true; return; }
        const x = u.data[0][idx];
        const rows = [[datetime ? date.format(new Date(x)) : 'x ' + format(x), null]];
        glyphs.forEach((g, i) => {
          if (u.series[i + 1].show) rows.push([`${g.legend ?? g.y} ${format(u.data[i + 1][idx])}`, g.color]);
        });
        box.replaceChildren(...rows.map(([text, color]) => {
          const row = el('div', color ? 'p4j-readout-row' : 'p4j-readout-x');
          if (color) {
            const swatch = el('span', 'p4j-readout-swatch');
            swatch.style.background = color;
            row.append(swatch);
          }
          row.append(document.createTextNode(text));
          return row;
        }));
        box.hidden = false;
        const right = left > u.over.clientWidth / 2;
        box.style.left = right ? '' : left + 12 + 'px';
        box.style.right = right ? u.over.clientWidth - left + 12 + 'px' : '';
        box.style.top = Math.max(0, top - 8) + 'px';
      },
    },
  };
}
