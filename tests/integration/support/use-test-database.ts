import { inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseEmbedded: boolean;
  }
}

// db/client.ts reads these on first use, exactly as in the app.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_EMBEDDED = inject("databaseEmbedded") ? "1" : "0";
