// Video: a <video> player with the browser's controls (media.js).
import { createMedia, mediaProps } from './media.js';

export function create(props, ctx) {
  return createMedia('video', ctx);
}

export const props = {
  ...mediaProps,
};
