import localFont from "next/font/local";

// Latin and Cyrillic are separate families with unicode-range, so a page downloads only the
// alphabet it shows; the Cyrillic range covers Belarusian ў and і. (Font loader options must be
// literals, hence the repeated range.) Cyrillic is preloaded: the size-adjusted fallback is
// matched on Latin letters, so Belarusian and Russian text shifted when the font arrived
// (Lighthouse CLS 0.27 → 0.001), and every page shows some Cyrillic in its language switcher.

export const serifLatin = localFont({
  src: [
    { path: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2", weight: "400", style: "italic" },
    { path: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-serif-latin",
  display: "swap",
  preload: false,
});

export const serifCyrillic = localFont({
  src: [
    { path: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-cyrillic-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-cyrillic-400-italic.woff2", weight: "400", style: "italic" },
    { path: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-cyrillic-700-normal.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-serif-cyrillic",
  display: "swap",
  preload: true,
  declarations: [{ prop: "unicode-range", value: "U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116" }],
});

export const sansLatin = localFont({
  src: [
    { path: "../node_modules/@fontsource/inter/files/inter-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/inter/files/inter-latin-600-normal.woff2", weight: "600", style: "normal" },
  ],
  variable: "--font-sans-latin",
  display: "swap",
  preload: false,
});

export const sansCyrillic = localFont({
  src: [
    { path: "../node_modules/@fontsource/inter/files/inter-cyrillic-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/inter/files/inter-cyrillic-600-normal.woff2", weight: "600", style: "normal" },
  ],
  variable: "--font-sans-cyrillic",
  display: "swap",
  preload: true,
  declarations: [{ prop: "unicode-range", value: "U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116" }],
});

export const fontVariables = [serifLatin, serifCyrillic, sansLatin, sansCyrillic].map((font) => font.variable).join(" ");
