// Audio: a <audio> player with the browser's controls (media.js).
import { createMedia, mediaProps } from './media.js';

export function create(props, ctx) {
  return createMedia('audio', ctx);
}

export const props = {
  ...mediaProps,
};
