import { describe, expect, it } from "vitest";
import be from "@/messages/be.json";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";

function keysOf(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** Argument names: a "{" in text opens an argument; a "{" inside an argument opens a plural branch, which is text again. */
function placeholdersOf(message: string): string[] {
  const names: string[] = [];
  const open: ("argument" | "text")[] = [];
  for (let index = 0; index < message.length; index++) {
    if (message[index] === "}") open.pop();
    if (message[index] !== "{") continue;
    if (open.at(-1) === "argument") open.push("text");
    else {
      open.push("argument");
      names.push(/^\{\s*(\w+)/.exec(message.slice(index))?.[1] ?? "");
    }
  }
  return names.sort();
}

function valueAt(messages: object, key: string): string {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string;
}

describe("message files", () => {
  const english = keysOf(en).sort();

  it.each([
    ["be", be],
    ["ru", ru],
  ])("%s has exactly the English keys", (_locale, messages) => {
    expect(keysOf(messages).sort()).toEqual(english);
  });

  it.each([
    ["be", be],
    ["ru", ru],
  ])("%s uses the same placeholders as English", (_locale, messages) => {
    for (const key of english) {
      expect(new Set(placeholdersOf(valueAt(messages, key))), key).toEqual(new Set(placeholdersOf(valueAt(en, key))));
    }
  });

  it.each([
    ["be", be],
    ["ru", ru],
  ])("%s plurals have one, few and many forms", (_locale, messages) => {
    for (const key of keysOf(messages)) {
      const message = valueAt(messages, key);
      if (message.includes("plural,")) {
        for (const form of ["one {", "few {", "many {", "other {"]) expect(message, key).toContain(form);
      }
    }
  });

  it("has no empty strings", () => {
    for (const messages of [en, be, ru]) {
      for (const key of keysOf(messages)) expect(valueAt(messages, key).trim(), key).not.toBe("");
    }
  });
});
