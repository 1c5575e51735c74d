// The shared player of Player and DiscretePlayer: a slider with first/previous/reverse/pause/play/
// next/last buttons and a loop policy choice. The server plays: play and reverse send 'direction' 1 and
// -1, pause 0; the buttons that step, and the slider, send 'value'; the page follows what the server
// sets. A codec maps positions on the slider to wire values: { min(all), max(all), step(all),
// toPos(value, all), fromPos(pos, all), format(value) }.
import { el, uid, setLabel, throttle } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const ICONS = {
  First: 'M2 2h2v12H2z M9 2 4 8l5 6z M15 2l-5 6 5 6z',
  Previous: 'M3 2h2v12H3z M13 2 6 8l7 6z',
  Reverse: 'M12 2 3 8l9 6z',
  Pause: 'M3 2h4v12H3z M9 2h4v12H9z',
  Play: 'M4 2l9 6-9 6z',
  Next: 'M11 2h2v12h-2z M3 2l7 6-7 6z',
  Last: 'M12 2h2v12h-2z M7 2l5 6-5 6z M1 2l5 6-5 6z',
};
const POLICIES = [['once', 'Once'], ['loop', 'Loop'], ['reflect', 'Reflect']];

function iconButton(name) {
  const button = el('button', 'p4j-button p4j-player-button');
  button.type = 'button';
  button.setAttribute('aria-label', name);
  button.title = name;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', ICONS[name]);
  svg.append(path);
  button.append(svg);
  return button;
}

export function createPlayer(props, ctx, codec) {
  const wrapper = el('div', 'p4j-widget p4j-slider p4j-player');
  const head = el('div', 'p4j-slider-head');
  const label = el('label', 'p4j-label');
  const output = el('output', 'p4j-slider-value');
  const input = el('input', 'p4j-range');
  input.type = 'range';
  input.id = uid('player');
  label.htmlFor = input.id;
  head.append(label, output);
  const controls = el('div', 'p4j-player-controls');
  const buttons = Object.fromEntries(Object.keys(ICONS).map((name) => [name, iconButton(name)]));
  const group = el('div', 'p4j-button-group');
  group.append(...Object.values(buttons));
  const loop = el('select', 'p4j-select p4j-player-loop');
  loop.setAttribute('aria-label', 'Loop policy');
  loop.append(...POLICIES.map(([value, text]) => {
    const option = el('option');
    option.value = value;
    option.textContent = text;
    return option;
  }));
  controls.append(group, loop);
  wrapper.append(head, input, controls);
  const view = { el: wrapper, label, output, input, buttons, loop, props };
  const sendPos = (pos) => {
    const clamped = Math.min(codec.max(props), Math.max(codec.min(props), pos));
    ctx.send('value', codec.fromPos(clamped, props));
    view.sync();
  };
  view.sync = () => {
    input.min = String(codec.min(props));
    input.max = String(codec.max(props));
    input.step = String(codec.step(props));
    input.value = String(codec.toPos(props.value, props));
    output.textContent = codec.format(props.value);
    input.setAttribute('aria-valuetext', output.textContent);
    buttons.Play.setAttribute('aria-pressed', String(props.direction === 1));
    buttons.Reverse.setAttribute('aria-pressed', String(props.direction === -1));
    buttons.Pause.setAttribute('aria-pressed', String(props.direction === 0));
  };
  const sendValue = throttle(() => ctx.send('value', codec.fromPos(Number(input.value), props)), 75);
  input.addEventListener('input', () => {
    output.textContent = codec.format(codec.fromPos(Number(input.value), props));
    sendValue();
  });
  input.addEventListener('change', () => sendValue.flush());
  const play = (direction) => {
    ctx.send('direction', direction);
    view.sync();
  };
  buttons.Play.addEventListener('click', () => play(1));
  buttons.Reverse.addEventListener('click', () => play(-1));
  buttons.Pause.addEventListener('click', () => play(0));
  buttons.First.addEventListener('click', () => sendPos(codec.min(props)));
  buttons.Last.addEventListener('click', () => sendPos(codec.max(props)));
  buttons.Previous.addEventListener('click', () => sendPos(Number(input.value) - codec.step(props)));
  buttons.Next.addEventListener('click', () => sendPos(Number(input.value) + codec.step(props)));
  loop.addEventListener('change', () => ctx.send('loopPolicy', loop.value));
  return view;
}

const resync = (view) => view.sync();

export const playerProps = {
  name: (view, name) => {
    setLabel(view.label, name);
    view.input.setAttribute('aria-label', name || 'Player');
  },
  disabled: (view, disabled) => {
    for (const control of [view.input, view.loop, ...Object.values(view.buttons)]) control.disabled = !!disabled;
  },
  interval: (view, interval) => { view.el.dataset.interval = String(interval); },
  loopPolicy: (view, policy) => { view.loop.value = policy; },
  direction: resync,
  value: resync,
};
