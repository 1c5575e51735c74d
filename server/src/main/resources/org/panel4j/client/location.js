// The page's URL query kept in step with synced component values (docs/decisions/0019-url-state.md).
// The server lists the synced parameters in each init: {"n": {"id": "c…", "prop": "value"}}.

/** A change within this long of the previous one amends the current history entry (a drag, typing). */
export const GESTURE_MS = 700;

/** URL text of a wire value: a string that would not read back as JSON stays as it is; all else is JSON. */
export function encodeValue(value) {
  if (typeof value === 'string') {
    try {
      JSON.parse(value);
    } catch {
      return value;
    }
  }
  return JSON.stringify(value);
}

/** The wire value of URL text, as the server reads it: JSON if it is JSON, else the text. */
export function decodeValue(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export class LocationSync {
  /**
   * @param read  (id, prop) => the value the page holds now, or undefined
   * @param set   (id, prop, value) => shows and sends a value, as if the user had set it
   */
  constructor(read, set) {
    this.read = read;
    this.set = set;
    this.synced = {};
    this.last = -Infinity;      // when the URL last changed
    this.restoring = false;
    this.counts = { push: 0, replace: 0, pop: 0 };
    window.addEventListener('popstate', () => this.popped());
  }

  /** After each init: takes the declarations and makes the current entry's URL show the page's values. */
  init(synced) {
    this.synced = synced ?? {};
    this.write(false);
    this.last = -Infinity;      // the next change by the user starts a new entry
  }

  /** After a value of {@code id}'s {@code prop} changed on the page (input or server). */
  changed(id, prop) {
    if (this.restoring) return;
    for (const s of Object.values(this.synced)) {
      if (s.id === id && s.prop === prop) {
        const now = performance.now();
        this.write(now - this.last >= GESTURE_MS);
        return;
      }
    }
  }

  write(push) {
    const url = new URL(location.href);
    let any = false;
    for (const [name, s] of Object.entries(this.synced)) {
      const value = this.read(s.id, s.prop);
      if (value === undefined) continue;
      url.searchParams.set(name, encodeValue(value));
      any = true;
    }
    if (!any || url.href === location.href) return;
    this.last = performance.now();
    if (push) {
      history.pushState(null, '', url);
      this.counts.push++;
    } else {
      history.replaceState(history.state, '', url);
      this.counts.replace++;
    }
  }

  /** Back or Forward: each synced value the URL holds is set again, as if the user had set it. */
  popped() {
    this.counts.pop++;
    const params = new URL(location.href).searchParams;
    this.restoring = true;
    try {
      for (const [name, s] of Object.entries(this.synced)) {
        if (!params.has(name)) continue;
        const value = decodeValue(params.get(name));
        const now = this.read(s.id, s.prop);
        if (now !== undefined && JSON.stringify(now) !== JSON.stringify(value)) this.set(s.id, s.prop, value);
      }
    } finally {
      this.restoring = false;
    }
  }
}

/** The query the first socket hands the server ({@code location} on the socket URL), bounded like the server. */
export function initialQuery() {
  const query = location.search.startsWith('?') ? location.search.slice(1) : location.search;
  return query.length > 0 && query.length <= 2048 ? query : null;
}
