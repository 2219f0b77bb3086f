import { writeFileSync } from 'node:fs';
import { encodePng, type Pixel } from './png';

/**
 * Draws the Teams app icons: a document with a check mark. Colour 192×192 on the GC dark blue;
 * outline 32×32 in white on transparent, as Teams requires. Run: npx tsx scripts/icons.ts
 */
const blue: Pixel = [0x26, 0x37, 0x4a, 255];
const white: Pixel = [255, 255, 255, 255];
const clear: Pixel = [0, 0, 0, 0];

/** The glyph in unit coordinates (0..1): true where the glyph is white. */
function glyph(u: number, v: number, stroke: number): boolean {
  const inPage = u >= 0.25 && u <= 0.75 && v >= 0.15 && v <= 0.85;
  const border =
    inPage && (u < 0.25 + stroke || u > 0.75 - stroke || v < 0.15 + stroke || v > 0.85 - stroke);
  const line = (y: number) => u >= 0.34 && u <= 0.66 && Math.abs(v - y) < stroke / 2;
  // A check mark from (0.36, 0.62) down to (0.46, 0.72) and up to (0.66, 0.5).
  const near = (ax: number, ay: number, bx: number, by: number) => {
    const t = Math.max(
      0,
      Math.min(
        1,
        ((u - ax) * (bx - ax) + (v - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2),
      ),
    );
    return Math.hypot(u - (ax + t * (bx - ax)), v - (ay + t * (by - ay))) < stroke / 1.5;
  };
  return (
    border || line(0.3) || line(0.42) || near(0.36, 0.62, 0.46, 0.72) || near(0.46, 0.72, 0.66, 0.5)
  );
}

writeFileSync(
  'appPackage/color.png',
  encodePng(192, 192, (x, y) => (glyph((x + 0.5) / 192, (y + 0.5) / 192, 0.05) ? white : blue)),
);
writeFileSync(
  'appPackage/outline.png',
  encodePng(32, 32, (x, y) => (glyph((x + 0.5) / 32, (y + 0.5) / 32, 0.09) ? white : clear)),
);
