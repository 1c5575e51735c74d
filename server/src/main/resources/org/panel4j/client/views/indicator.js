// Shared parts of the indicators (Number, Gauge, LinearGauge, Trend): value templates, colour scales, SVG.

const PLACEHOLDER = /\{value(?::(,)?(?:\.(\d))?f)?\}/g;

/** Fills a template like '{value:.1f} %' (validated on the server) with {@code value}. */
export function formatValue(format, value) {
  return String(format ?? '{value}').replace(PLACEHOLDER, (_, group, digits) => {
    if (value == null || !Number.isFinite(value)) return '–';
    if (digits == null && !group) return String(value);
    const options = { useGrouping: !!group };
    if (digits != null) { options.minimumFractionDigits = +digits; options.maximumFractionDigits = +digits; }
    return value.toLocaleString('en-US', options);
  });
}

/** The colour of the first [upTo, color] at or above {@code value}, the last one above them all, or null. */
export function colorAt(scale, value) {
  if (!scale || scale.length === 0 || value == null) return null;
  const step = scale.find(([upTo]) => value <= upTo);
  return (step ?? scale[scale.length - 1])[1];
}

/** A new SVG element with attributes. */
export function svg(tag, attrs = {}) {
  const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

/** The fraction of [min, max] that {@code value} is at, kept within 0..1. */
export function fraction(bounds, value) {
  const [min, max] = bounds ?? [0, 100];
  if (value == null || !(max > min)) return 0;
  return Math.min(1, Math.max(0, (value - min) / (max - min)));
}
