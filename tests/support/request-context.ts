import { AsyncLocalStorage } from "node:async_hooks";

/** The headers of the simulated request a test runs in (see asUser). */
export const requestHeaders = new AsyncLocalStorage<Headers>();
