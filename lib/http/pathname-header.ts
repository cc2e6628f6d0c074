/** Set by the proxy on every page request, so a not-found page can tell what was asked for. */
export const PATHNAME_HEADER = "x-focus-pathname";
