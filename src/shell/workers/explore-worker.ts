/**
 * A worker thread for exploration: receives the compiled story once, then tasks, and sends
 * back each task's section. Started by explore-pool.ts.
 */
import { parentPort, workerData } from "node:worker_threads";
import { type ExploreTask, runExploreTask } from "../../core/explore/task";
import { loadCompiledStory } from "../../core/story/load-story";

const story = loadCompiledStory(workerData as string);
parentPort?.on("message", (message: { index: number; task: ExploreTask }) => {
  parentPort?.postMessage({ index: message.index, section: runExploreTask(story, message.task) });
});
