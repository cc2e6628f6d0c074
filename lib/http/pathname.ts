import { headers } from "next/headers";
import { PATHNAME_HEADER } from "./pathname-header";

export async function getRequestPathname(): Promise<string> {
  return (await headers()).get(PATHNAME_HEADER) ?? "";
}
