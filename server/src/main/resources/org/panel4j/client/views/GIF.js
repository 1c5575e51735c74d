// GIF: a GIF image (animated ones play).
import { createImage, imageProps } from './image.js';

export function create() {
  return createImage();
}

export const props = {
  ...imageProps,
};
