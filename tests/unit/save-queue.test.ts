import { describe, expect, it } from "vitest";
import { createSaveQueue } from "@/components/dashboard/editor/save-queue";

function deferredSaves(outcome = true) {
  const pending: (() => void)[] = [];
  let started = 0;
  const save = () => {
    started++;
    return new Promise<boolean>((resolve) => pending.push(() => resolve(outcome)));
  };
  const finishNext = async () => {
    pending.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { save, finishNext, started: () => started };
}

describe("the save queue", () => {
  it("never runs two saves at once, and runs one follow-up for any number of requests meanwhile", async () => {
    const saves = deferredSaves();
    const queue = createSaveQueue(saves.save);
    const first = queue.request();
    void queue.request();
    void queue.request();
    expect(saves.started()).toBe(1);
    await saves.finishNext();
    expect(saves.started()).toBe(2);
    await saves.finishNext();
    await first;
    expect(saves.started()).toBe(2);
  });

  it("drops the follow-up when the save in flight fails or conflicts", async () => {
    const saves = deferredSaves(false);
    const queue = createSaveQueue(saves.save);
    const first = queue.request();
    void queue.request();
    await saves.finishNext();
    await first;
    expect(saves.started()).toBe(1);
  });

  it("starts afresh after the queue has gone idle", async () => {
    const saves = deferredSaves();
    const queue = createSaveQueue(saves.save);
    const first = queue.request();
    await saves.finishNext();
    await first;
    void queue.request();
    expect(saves.started()).toBe(2);
  });
});
