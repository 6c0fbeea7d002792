import type { Logger } from './logger';
import { addStoryReads, refreshMostRead } from '../db/mostRead';
import type { ReadCounter } from './readCounter';

/*
 * The "Most read" list's rounds in each server process: the reads counted here handed to the
 * database every few seconds (one write for them all), and the list worked out again every
 * MOST_READ_REFRESH_SECONDS (db/mostRead.ts), which drops the pages showing it only when it changed.
 */

const HAND_OVER_MS = 5_000;

/**
 * Starts the rounds, the list's every `refreshSeconds` (none for 0: other processes work it out);
 * the returned function stops them and hands over what is still counted.
 */
export function startReadCounting(counter: ReadCounter, logger: Logger, refreshSeconds: number): () => Promise<void> {
  let handingOver: Promise<void> = Promise.resolve();
  const handOver = () => {
    handingOver = handingOver.then(async () => {
      for (const [periodStart, reads] of counter.take()) {
        try {
          await addStoryReads(reads, new Date(periodStart));
        } catch (error) {
          // Kept for the next round: an outage delays the counts, it does not lose them.
          counter.giveBack(periodStart, reads);
          logger.warn({ err: error }, 'could not store the reads counted');
        }
      }
    });
    return handingOver;
  };
  const refresh = () => refreshMostRead().catch((error: unknown) => logger.warn({ err: error }, 'could not work out the most read stories'));
  const handOverRound = setInterval(() => void handOver(), HAND_OVER_MS);
  handOverRound.unref();
  const refreshRound = refreshSeconds > 0 ? setInterval(() => void refresh(), refreshSeconds * 1000) : undefined;
  refreshRound?.unref();
  if (refreshRound) void refresh();
  return async () => {
    clearInterval(handOverRound);
    clearInterval(refreshRound);
    await handOver();
  };
}
