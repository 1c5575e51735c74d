// Props every component has, applied to a view's outer element by core.js.

export function applyCommon(el, changed) {
  if ('visible' in changed) el.hidden = !changed.visible;
  if ('loading' in changed) {
    el.classList.toggle('p4j-loading', !!changed.loading);
    el.setAttribute('aria-busy', changed.loading ? 'true' : 'false');
  }
  if ('width' in changed) el.style.width = changed.width == null ? '' : changed.width + 'px';
  if ('height' in changed) el.style.height = changed.height == null ? '' : changed.height + 'px';
  if ('sizingMode' in changed) {
    if (changed.sizingMode == null) delete el.dataset.sizing;
    else el.dataset.sizing = changed.sizingMode;
  }
  if ('cssClasses' in changed) {
    (el._p4jClasses ?? []).forEach((c) => el.classList.remove(c));
    el._p4jClasses = (changed.cssClasses ?? []).filter((c) => typeof c === 'string' && c.trim() !== '');
    el._p4jClasses.forEach((c) => el.classList.add(c));
  }
}
