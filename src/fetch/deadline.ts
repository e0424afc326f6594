/** One signal for a whole request, redirects and body included. */
export interface Deadline {
  signal: AbortSignal;
  /** Whether the signal fired because time ran out (rather than because the caller aborted). */
  timedOut(): boolean;
  /** Stops the timer and lets go of the caller's signal once the request is over. */
  dispose(): void;
}

/**
 * Aborts after `timeoutMs` or when `callerSignal` aborts (daemon shutdown). Built by hand rather
 * than with AbortSignal.any(): on Node 20 every signal combined with a long-lived one stays
 * reachable from it, which in a daemon that fetches for months is a slow leak.
 */
export function startDeadline(timeoutMs: number, callerSignal?: AbortSignal): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const abortWithCaller = (): void => controller.abort();
  if (callerSignal?.aborted) abortWithCaller();
  else callerSignal?.addEventListener('abort', abortWithCaller, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose: () => {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', abortWithCaller);
    },
  };
}
