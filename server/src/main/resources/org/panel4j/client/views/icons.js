// A small fixed set of icons (24×24, 2px strokes in the text colour), drawn from the path data below.
// A name from the server only chooses among them; it never becomes markup. The names are Java's Icons.NAMES;
// '-filled' is the solid form of its outline.

const SVG = 'http://www.w3.org/2000/svg';

const PATHS = {
  heart: ['M19.5 12.6 12 20l-7.5-7.4A4.8 4.8 0 1 1 12 6.3a4.8 4.8 0 1 1 7.5 6.3z'],
  star: ['M12 3.5l2.6 5.4 5.9.8-4.3 4.1 1 5.9L12 16.9l-5.2 2.8 1-5.9-4.3-4.1 5.9-.8z'],
  'thumb-up': ['M7 11v9H4v-9z', 'M7 11l4-8a2 2 0 0 1 2.5 2.5L13 10h5.5a2 2 0 0 1 2 2.3l-1.2 6a2 2 0 0 1-2 1.7H7'],
  bookmark: ['M7 4h10a1 1 0 0 1 1 1v15l-6-4-6 4V5a1 1 0 0 1 1-1z'],
  bell: ['M6 16v-5a6 6 0 0 1 12 0v5l2 2H4z', 'M10 20a2 2 0 0 0 4 0'],
  check: ['M5 12l5 5L20 7'],
  x: ['M6 6l12 12', 'M18 6 6 18'],
  plus: ['M12 5v14', 'M5 12h14'],
  minus: ['M5 12h14'],
  copy: ['M8 8h11v11H8z', 'M16 8V5H5v11h3'],
  download: ['M12 4v11', 'M7 10l5 5 5-5', 'M5 20h14'],
  upload: ['M12 16V5', 'M7 10l5-5 5 5', 'M5 20h14'],
  trash: ['M4 7h16', 'M10 11v6', 'M14 11v6', 'M6 7l1 13h10l1-13', 'M9 7V4h6v3'],
  refresh: ['M20 11a8 8 0 1 0-2 5.3', 'M20 4v7h-7'],
  adjustments: ['M4 6h9', 'M17 6h3', 'M4 12h3', 'M11 12h9', 'M4 18h11', 'M19 18h1',
    'M15 4v4', 'M9 10v4', 'M17 16v4'],
  search: ['M10 4a6 6 0 1 1 0 12 6 6 0 0 1 0-12z', 'M20 20l-5.5-5.5'],
  menu: ['M4 7h16', 'M4 12h16', 'M4 17h16'],
  'chevron-down': ['M6 9l6 6 6-6'],
  'player-play': ['M8 5v14l11-7z'],
  'player-pause': ['M7 5h3v14H7z', 'M14 5h3v14h-3z'],
  eye: ['M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12z', 'M12 9a3 3 0 1 1 0 6 3 3 0 0 1 0-6z'],
  lock: ['M6 11h12v9H6z', 'M8 11V8a4 4 0 0 1 8 0v3'],
};

/** The icon names this page can draw. */
export const ICON_NAMES = Object.freeze([...Object.keys(PATHS),
  ...['heart', 'star', 'thumb-up', 'bookmark', 'bell'].map((n) => `${n}-filled`)]);

/** Whether {@code name} is an icon this page can draw. */
export function hasIcon(name) {
  return typeof name === 'string' && ICON_NAMES.includes(name);
}

/** A new <svg> of icon {@code name} (an unknown name draws nothing), hidden from assistive technology. */
export function icon(name) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'p4j-icon');
  setIcon(svg, name);
  return svg;
}

/** Redraws {@code svg} as icon {@code name}. */
export function setIcon(svg, name) {
  const filled = typeof name === 'string' && name.endsWith('-filled');
  const paths = hasIcon(name) ? PATHS[filled ? name.slice(0, -'-filled'.length) : name] : [];
  svg.replaceChildren(...paths.map((d) => {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    return path;
  }));
  svg.dataset.icon = hasIcon(name) ? name : '';
  svg.classList.toggle('p4j-icon-filled', filled);
}
