// Props every component has, applied to a view's outer element by core.js. The same shape as a view
// module's props table (docs/components.md): prop -> (view, value, all) => applies it.

export const commonProps = {
  visible: (view, visible) => { view.el.hidden = !visible; },
  loading: (view, loading) => {
    view.el.classList.toggle('p4j-loading', !!loading);
    view.el.setAttribute('aria-busy', loading ? 'true' : 'false');
  },
  width: (view, width) => { view.el.style.width = width == null ? '' : width + 'px'; },
  height: (view, height) => { view.el.style.height = height == null ? '' : height + 'px'; },
  sizingMode: (view, mode) => {
    if (mode == null) delete view.el.dataset.sizing;
    else view.el.dataset.sizing = mode;
  },
  cssClasses: (view, classes) => {
    const el = view.el;
    (el._p4jClasses ?? []).forEach((c) => el.classList.remove(c));
    el._p4jClasses = (classes ?? []).filter((c) => typeof c === 'string' && c.trim() !== '');
    el._p4jClasses.forEach((c) => el.classList.add(c));
  },
};
