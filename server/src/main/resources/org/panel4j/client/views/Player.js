// Player: a player over whole numbers from start to end by step (player.js).
import { createPlayer, playerProps } from './player.js';

const codec = {
  min: (all) => all.start,
  max: (all) => all.end,
  step: (all) => all.step,
  toPos: (value) => value,
  fromPos: (pos) => Math.round(pos),
  format: (value) => String(value),
};

export function create(props, ctx) {
  return createPlayer(props, ctx, codec);
}

const resync = (view) => view.sync();

export const props = {
  ...playerProps,
  start: resync,
  end: resync,
  step: resync,
};
