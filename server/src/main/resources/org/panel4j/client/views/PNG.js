// PNG: a PNG image.
import { createImage } from './image.js';

export function create() {
  return createImage();
}
