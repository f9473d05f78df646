/**
 * A worker thread for exploration: receives the compiled story once, then tasks, and sends
 * back each task's progress as it goes and its result at the end. Started by explore-pool.ts.
 */
import { parentPort, workerData } from "node:worker_threads";
import { type ExploreSetsTask, runExploreSets } from "../../core/explore/task";
import { loadCompiledStory } from "../../core/story/load-story";
import type { WorkerMessage } from "./explore-pool";

const story = loadCompiledStory(workerData as string);
const send = (message: WorkerMessage) => parentPort?.postMessage(message);
parentPort?.on(
  "message",
  (message: { index: number; task: ExploreSetsTask; progress: boolean }) => {
    const { index, task } = message;
    const result = runExploreSets(
      story,
      task,
      message.progress ? (progress) => send({ index, progress }) : undefined,
    );
    send({ index, result });
  },
);
