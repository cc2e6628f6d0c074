import { startTransition, type FormEvent } from "react";

/**
 * React resets a form once its action has run, which would wipe what a reader typed when the
 * answer is an error. Submitting through a transition instead keeps the values; without
 * JavaScript the form still posts to its action as usual.
 */
export function submitKeepingValues(dispatch: (data: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
}
