import { palette } from '../grammar/theme';

/**
 * The files of the site's icon, written into public/ before every build (lib/downloads/favicon.ts
 * draws the PNG and the .ico).
 */
export const FAVICON_SVG = '/favicon.svg';
export const FAVICON_PNG = '/favicon-32.png';
/** Asked for by browsers and tools that read no <link rel="icon">, always at this address. */
export const FAVICON_ICO = '/favicon.ico';
export const FAVICON_PNG_SIZE = 32;

/**
 * The site's icon: three bars on the charts' paper, the last one hatched with a dashed outline as
 * the charts draw a figure the sources leave unknown. Drawn on a 32-unit grid, so that at 32 px
 * every line falls on whole pixels.
 */
export function faviconSvg(): string {
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32">',
    '<defs><pattern id="favicon-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">',
    `<rect width="4" height="4" fill="${palette.paper}"/>`,
    `<line x1="0" y1="0" x2="0" y2="4" stroke="${palette.unknown}" stroke-width="2"/>`,
    '</pattern></defs>',
    `<rect x="0.5" y="0.5" width="31" height="31" rx="5" fill="${palette.paper}" stroke="${palette.rule}"/>`,
    `<rect x="4" y="15" width="7" height="13" fill="${palette.blue}"/>`,
    `<rect x="12.5" y="7" width="7" height="21" fill="${palette.vermillion}"/>`,
    `<rect x="21.5" y="4.5" width="6" height="23" fill="url(#favicon-hatch)" stroke="${palette.unknown}" stroke-width="1" stroke-dasharray="2 1"/>`,
    `<rect x="2" y="28" width="28" height="2" fill="${palette.ink}"/>`,
    '</svg>',
  ].join('');
}
