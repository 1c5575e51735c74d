// DiscretePlayer: a player over the options' labels (player.js).
import { createPlayer, playerProps } from './player.js';

const codec = {
  min: () => 0,
  max: (all) => Math.max(0, (all.options ?? []).length - 1),
  step: () => 1,
  toPos: (value, all) => Math.max(0, (all.options ?? []).indexOf(value)),
  fromPos: (pos, all) => all.options[Math.round(pos)],
  format: (value) => String(value ?? ''),
};

export function create(props, ctx) {
  return createPlayer(props, ctx, codec);
}

export const props = {
  ...playerProps,
  options: (view) => view.sync(),
};
