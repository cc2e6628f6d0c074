/**
 * One save at a time. A save requested while another is in flight does not start a second request
 * (two saves from the same base version would conflict with each other); it queues one follow-up,
 * which runs when the current save succeeds and sends whatever the text is by then.
 * `save` resolves to false when follow-ups should be dropped (a conflict or a failure).
 */
export function createSaveQueue(save: () => Promise<boolean>) {
  let running = false;
  let queued = false;
  async function request(): Promise<void> {
    if (running) {
      queued = true;
      return;
    }
    running = true;
    try {
      let again = true;
      while (again) {
        queued = false;
        again = (await save()) && queued;
      }
    } finally {
      running = false;
      queued = false;
    }
  }
  return { request };
}
