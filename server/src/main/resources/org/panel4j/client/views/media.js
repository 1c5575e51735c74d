// The shared player of Audio and Video: the browser's controls; paused, time, volume and muted go both ways.
import { el, throttle } from './dom.js';

export function createMedia(tag, ctx) {
  const media = el(tag, 'p4j-media p4j-' + tag);
  media.controls = true;
  media.preload = 'metadata';
  const view = { el: media, applying: false };
  const sendTime = throttle(() => ctx.send('time', media.currentTime), 250);
  media.addEventListener('play', () => { if (!view.applying) ctx.send('paused', false); });
  media.addEventListener('pause', () => { if (!view.applying) { sendTime.flush(); ctx.send('paused', true); } });
  media.addEventListener('timeupdate', () => { if (!view.applying) sendTime(); });
  media.addEventListener('seeked', () => { if (!view.applying) ctx.send('time', media.currentTime); });
  media.addEventListener('volumechange', () => {
    if (view.applying) return;
    ctx.send('volume', Math.round(media.volume * 100));
    ctx.send('muted', media.muted);
  });
  return view;
}

/** Runs {@code change} without echoing the events it causes back to the server. */
function quietly(view, change) {
  view.applying = true;
  try { change(); } finally { setTimeout(() => { view.applying = false; }, 0); }
}

export const mediaProps = {
  object: (view, url) => {
    if (url) view.el.src = url;
    else view.el.removeAttribute('src');
  },
  paused: (view, paused) => {
    if (paused && !view.el.paused) quietly(view, () => view.el.pause());
    else if (!paused && view.el.paused) view.el.play().catch(() => {});  // a browser may refuse to autoplay
  },
  time: (view, time) => {
    if (Math.abs(view.el.currentTime - (time ?? 0)) > 0.5) quietly(view, () => { view.el.currentTime = time ?? 0; });
  },
  volume: (view, volume) => quietly(view, () => { view.el.volume = Math.min(1, Math.max(0, (volume ?? 100) / 100)); }),
  muted: (view, muted) => quietly(view, () => { view.el.muted = !!muted; }),
  loop: (view, loop) => { view.el.loop = !!loop; },
};
