// WebP: a WebP image.
import { createImage, imageProps } from './image.js';

export function create() {
  return createImage();
}

export const props = {
  ...imageProps,
};
